package org.driftgraph.lookup;

import java.util.List;

import org.driftgraph.schema.Label;

/**
 * A node as every answer shows it: a search hit, either end of a hop, a claim's subject,
 * a culprit, a rescue option. Queries read it with {@link #cypher}, so a look-up and a
 * path name a node alike.
 *
 * @param key its key
 * @param name its display name (a paper's title)
 * @param labels its labels
 * @param curie its CURIE, or null
 */
public record NodeRef(String key, String name, List<String> labels, String curie) {

	/**
	 * @param n a Cypher expression for the node
	 * @return a map projection of the node shaped like this record
	 */
	public static String cypher(String n) {
		return "{key: %1$s.key, name: coalesce(%1$s.name, %1$s.title), labels: labels(%1$s), curie: %1$s.curie}"
			.formatted(n);
	}

	/**
	 * @return the metagraph label among its labels
	 */
	public Label label() {
		return Label.primary(labels).orElseThrow();
	}

}
