package org.driftgraph.support;

import java.nio.file.Path;

import org.driftgraph.config.DriftGraphProperties;
import org.driftgraph.config.EmbeddedNeo4j;
import org.driftgraph.config.SchemaMigrations;
import org.driftgraph.kb.KnowledgeBaseLoader;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.util.unit.DataSize;

/**
 * A second Neo4j, empty, started for one round-trip test: export from the shared
 * database, load here with the project's own loader, compare {@link GraphFingerprint}s.
 */
public final class EmptyNeo4j implements AutoCloseable {

	private final EmbeddedNeo4j server;

	private final Driver driver;

	private EmptyNeo4j(EmbeddedNeo4j server) {
		this.server = server;
		this.driver = GraphDatabase.driver(server.boltUri(), server.authToken());
	}

	/** Starts an empty database in {@code store} (a fresh temporary directory). */
	public static EmptyNeo4j start(Path store) {
		DriftGraphProperties.Embedded settings = new DriftGraphProperties.Embedded(store, "127.0.0.1",
				TestNeo4j.freePort(), TestNeo4j.freePort(), true, false, false, "neo4j", "", DataSize.ofMegabytes(32),
				false, "", DataSize.ofGigabytes(1));
		return new EmptyNeo4j(EmbeddedNeo4j.start(settings));
	}

	public Driver driver() {
		return driver;
	}

	/**
	 * @return the project's loader on this database, its schema applied, with the test's
	 * settings
	 */
	public KnowledgeBaseLoader loader(DriftGraphProperties properties) {
		return new KnowledgeBaseLoader(driver, new SchemaMigrations(driver), properties);
	}

	@Override
	public void close() {
		driver.close();
		server.close();
	}

}
