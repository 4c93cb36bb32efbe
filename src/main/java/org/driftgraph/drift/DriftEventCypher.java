package org.driftgraph.drift;

/** Cypher shared by every query about the drift events of a drug or class. */
public final class DriftEventCypher {

	/**
	 * Given {@code d}, yields each {@code c} whose drift events count as d's: d itself, its classes, and (for a class)
	 * its member drugs. It starts from d, so it reads d's neighbourhood only, never all drift events.
	 */
	public static final String CULPRITS = """
			CALL (d) {
			  RETURN d AS c
			  UNION
			  MATCH (d)-[:MEMBER_OF]->(c) RETURN c
			  UNION
			  MATCH (c)-[:MEMBER_OF]->(d) RETURN c
			}""";

	private DriftEventCypher() {
	}

}
