package org.driftgraph.common;

import org.neo4j.driver.exceptions.Neo4jException;

/** What Neo4j's error codes mean to DriftGraph, decided in one place. */
public final class Neo4jErrors {

	private Neo4jErrors() {
	}

	/**
	 * @return whether Neo4j stopped the transaction at a memory limit: its own
	 * ({@code db.memory.transaction.max}) or that of all transactions together
	 * ({@code db.memory.transaction.total.max}). Neo4j calls these transient, but the
	 * same work would meet the same limit again, so they are not to be retried.
	 */
	public static boolean isMemoryLimit(Neo4jException ex) {
		return ex.code() != null && ex.code().contains("Memory");
	}

}
