package org.driftgraph.bench;

import java.nio.file.Path;

import org.driftgraph.config.DriftGraphProperties;
import org.driftgraph.config.EmbeddedNeo4j;

import org.springframework.util.unit.DataSize;

/**
 * The start-up baseline: the embedded Neo4j alone, as DriftGraph configures it, in a JVM
 * of its own.
 */
public final class BareNeo4j {

	private BareNeo4j() {
	}

	/**
	 * @param args data directory, Bolt port, HTTP port; prints READY once Bolt answers,
	 * then stops
	 */
	public static void main(String[] args) {
		DriftGraphProperties.Embedded settings = new DriftGraphProperties.Embedded(Path.of(args[0]), "127.0.0.1",
				Integer.parseInt(args[1]), Integer.parseInt(args[2]), true, false, true, "neo4j", "",
				DataSize.ofMegabytes(64), false, "", DataSize.ofGigabytes(1));
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(settings)) {
			System.out.println("READY " + neo4j.boltUri());
			System.out.flush();
		}
	}

}
