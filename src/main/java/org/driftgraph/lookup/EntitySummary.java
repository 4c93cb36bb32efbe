package org.driftgraph.lookup;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A node as a search result: the node as every answer shows it, with what the search
 * matched. In JSON the node's fields stand at the top level, beside {@code synonyms} and
 * {@code score}.
 *
 * @param node the node
 * @param synonyms its synonyms
 * @param score the full-text relevance (1.0 for exact look-ups)
 */
public record EntitySummary(@JsonUnwrapped NodeRef node, List<String> synonyms, double score) {
}
