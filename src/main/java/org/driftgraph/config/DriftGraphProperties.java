package org.driftgraph.config;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * DriftGraph's own settings. Defaults live in {@code application.yml} and are listed in
 * the README.
 *
 * @param embedded the embedded Neo4j server, used when {@code NEO4J_URI} is not set
 * @param kb the curated knowledge base loaded at start-up
 * @param cypher the read-only Cypher endpoint
 * @param curator the account allowed to write over HTTP
 * @param trapi the Translator Reasoner API endpoint
 */
@ConfigurationProperties("driftgraph")
public record DriftGraphProperties(Embedded embedded, Kb kb, Cypher cypher, Curator curator, Trapi trapi) {

	/**
	 * @param timeout how long a TRAPI query may take before it is stopped
	 * @param batchSizeLimit how many ids a query node may have
	 * @param maturity the server's {@code x-maturity} in the OpenAPI description
	 * (production, staging, testing, development)
	 */
	public record Trapi(java.time.Duration timeout, int batchSizeLimit, String maturity) {
	}

	/**
	 * @param username the curator's user name
	 * @param password the curator's password; empty disables writes over HTTP
	 */
	public record Curator(String username, String password) {
	}

	/**
	 * @param timeout how long a query may run before Neo4j stops it
	 * @param maxRows how many rows an answer holds at most
	 * @param maxConcurrent how many user queries run at once; further ones are refused
	 * with 429 until one ends
	 */
	public record Cypher(java.time.Duration timeout, int maxRows, int maxConcurrent) {
	}

	/**
	 * @param location where the curated files are (a Spring resource prefix ending in
	 * {@code /})
	 * @param batchSize rows per {@code UNWIND} statement when loading and importing (the
	 * benchmark tunes it)
	 */
	public record Kb(String location, int batchSize) {
	}

	/**
	 * @param dataDir where the embedded database keeps its store (persistent across
	 * restarts)
	 * @param listenAddress the address Bolt and HTTP listen on; loopback unless
	 * authentication is on
	 * @param boltPort the Bolt port for drivers, Neo4j Browser and cypher-shell
	 * @param httpPort the port of Neo4j's own HTTP server
	 * @param httpEnabled whether Neo4j's HTTP server (and with it Neo4j Browser) runs;
	 * the command line switches it off
	 * @param httpQueryApi whether Neo4j's HTTP server also serves its query API
	 * ({@code /db/neo4j/query/v2}, with the same credentials as Bolt); off by default, so
	 * that a web page of another origin finds nothing to post Cypher to; the benchmark
	 * turns it on to compare DriftGraph's API with it
	 * @param authEnabled whether clients must authenticate (on by default; required for a
	 * non-loopback listen address)
	 * @param username the user clients authenticate as when authentication is on
	 * @param password that user's password (at least 8 characters) when authentication is
	 * on; empty to have one generated on the first start and kept in
	 * {@code <data-dir>/neo4j-password}
	 * @param pageCache memory for Neo4j's page cache
	 * @param readOnly whether the database refuses writes once the curated release is
	 * loaded (a shared installation)
	 * @param browserGuideUrl where a web browser fetches DriftGraph's Neo4j Browser guide
	 * and style sheet from (this service's {@code /browser-guide}); Neo4j Browser opens
	 * both on connect; empty for neither
	 * @param transactionMemory the memory one transaction may use
	 * ({@code db.memory.transaction.max}); a query that needs more fails instead of
	 * exhausting the heap; unset: 15% of the heap; 0: no limit of its own, only Neo4j's
	 * for all transactions together (70% of the heap), the default of the command line,
	 * which serves no strangers
	 */
	public record Embedded(Path dataDir, String listenAddress, int boltPort, int httpPort, boolean httpEnabled,
			boolean httpQueryApi, boolean authEnabled, String username, String password, DataSize pageCache,
			boolean readOnly, String browserGuideUrl, DataSize transactionMemory) {
	}

}
