package org.driftgraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.driftgraph.config.DriftGraphProperties;
import org.driftgraph.config.EmbeddedNeo4j;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.unit.DataSize;

/**
 * The one real Neo4j that all integration tests of a test JVM share: a Testcontainers
 * {@code neo4j:5.26} where Docker is available, otherwise an in-process Neo4j started by
 * the application's own {@link EmbeddedNeo4j}. Either way the application under test sees
 * an external database behind {@code NEO4J_URI} and talks to it over Bolt, so the same
 * tests run in both modes.
 */
public final class TestNeo4j {

	private static final Logger log = LoggerFactory.getLogger(TestNeo4j.class);

	private static final String PASSWORD = "driftgraph-test";

	/**
	 * The memory one transaction may use, as the application configures its embedded
	 * server, in both modes.
	 */
	public static final DataSize TRANSACTION_MEMORY = DataSize.ofMegabytes(512);

	private static Connection connection;

	private TestNeo4j() {
	}

	/** The database's coordinates. */
	public record Connection(String uri, String username, String password, String mode) {

		/**
		 * @return a new driver for this database; the caller closes it
		 */
		public Driver driver() {
			return GraphDatabase.driver(uri, AuthTokens.basic(username, password));
		}

		/**
		 * @return the variables that point the application at this database, as a
		 * container would get them
		 */
		public Map<String, String> environment() {
			return Map.of("NEO4J_URI", uri, "NEO4J_USERNAME", username, "NEO4J_PASSWORD", password);
		}

	}

	/**
	 * The URI scheme the tests connect with: {@code bolt} (direct) by default;
	 * {@code neo4j} (routing, as for a cluster or Aura) when the system property
	 * {@code driftgraph.test.uri-scheme} says so, as the {@code routing} run of Failsafe
	 * does.
	 */
	static final String URI_SCHEME = System.getProperty("driftgraph.test.uri-scheme", "bolt");

	/**
	 * @return the shared database, started on first use
	 */
	public static synchronized Connection connection() {
		if (connection == null) {
			Connection started = DockerClientFactory.instance().isDockerAvailable() ? startContainer()
					: startInProcess();
			connection = new Connection(started.uri().replaceFirst("^bolt:", URI_SCHEME + ":"), started.username(),
					started.password(), started.mode());
			log.info("Integration tests use {} at {}", connection.mode(), connection.uri());
		}
		return connection;
	}

	/** Points the application under test at the shared database. */
	public static void register(DynamicPropertyRegistry registry) {
		connection().environment().forEach((name, value) -> registry.add(name, () -> value));
	}

	@SuppressWarnings("resource") // stopped by Testcontainers' Ryuk when the JVM exits
	private static Connection startContainer() {
		Neo4jContainer container = new Neo4jContainer("neo4j:5.26").withAdminPassword(PASSWORD)
			.withNeo4jConfig("db.memory.transaction.max", TRANSACTION_MEMORY.toMegabytes() + "m");
		container.start();
		return new Connection(container.getBoltUrl(), "neo4j", PASSWORD, "Testcontainers (neo4j:5.26)");
	}

	private static Connection startInProcess() {
		try {
			Path dir = Files.createTempDirectory("driftgraph-test-neo4j");
			DriftGraphProperties.Embedded settings = new DriftGraphProperties.Embedded(dir, "127.0.0.1", freePort(),
					freePort(), true, false, true, "neo4j", PASSWORD, DataSize.ofMegabytes(64), false, "",
					TRANSACTION_MEMORY);
			EmbeddedNeo4j server = EmbeddedNeo4j.start(settings);
			Runtime.getRuntime().addShutdownHook(new Thread(server::close, "test-neo4j-shutdown"));
			return new Connection(server.boltUri(), "neo4j", PASSWORD,
					"in-process Neo4j " + EmbeddedNeo4j.neo4jVersion() + " (no Docker here)");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @return a port that was free a moment ago
	 */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
