package org.driftgraph.lookup;

import java.util.List;

/**
 * A node as a search result.
 *
 * @param key its key
 * @param labels its labels, primary first
 * @param name its display name
 * @param curie its CURIE, or null
 * @param synonyms its synonyms
 * @param score the full-text relevance (1.0 for exact look-ups)
 */
public record EntitySummary(String key, List<String> labels, String name, String curie, List<String> synonyms,
		double score) {
}
