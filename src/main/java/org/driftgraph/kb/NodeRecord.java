package org.driftgraph.kb;

import java.util.List;
import java.util.Map;

import org.driftgraph.format.tsv.Source;
import org.driftgraph.schema.Label;

/**
 * A node to write: its primary label, extra labels, and all its properties (including {@code key}).
 */
record NodeRecord(Label label, List<String> extraLabels, String key, Map<String, Object> properties, Source source) {
}
