package org.driftgraph.format;

import java.util.List;
import java.util.Map;

import org.driftgraph.format.tsv.Source;
import org.driftgraph.schema.Label;

/**
 * A node to write: its primary label, extra labels, and all its properties (including
 * {@code key}).
 *
 * @param label the metagraph label
 * @param extraLabels labels beyond it (a T-helper subset's {@code ThSubset},
 * {@code Th17})
 * @param key the node's key
 * @param properties every property, {@code key} included
 * @param source where the node was read
 */
public record NodeRecord(Label label, List<String> extraLabels, String key, Map<String, Object> properties,
		Source source) {
}
