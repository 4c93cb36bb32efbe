package org.driftgraph.cypher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;

import org.driftgraph.common.InvalidRequestException;
import org.driftgraph.common.Neo4jErrors;
import org.driftgraph.config.DriftGraphProperties;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

import org.springframework.stereotype.Service;

/**
 * Runs user Cypher without letting it change anything. Three locks: the query is
 * {@code EXPLAIN}ed first and refused unless Neo4j classifies it read-only and its plan
 * loads no CSV; it then runs in a READ-mode transaction, which Neo4j itself refuses to
 * let write; and the transaction has a timeout and the result a row cap. A hostile query
 * is bounded too: Neo4j stops it at the per-transaction memory limit, and at most
 * {@code max-concurrent} run at once.
 */
@Service
public class ReadOnlyCypher {

	static final int MAX_QUERY_LENGTH = 10_000;

	private static final Pattern LOAD_CSV = Pattern.compile("\\bLOAD\\s+CSV\\b", Pattern.CASE_INSENSITIVE);

	private final Driver driver;

	private final Duration timeout;

	private final int maxRows;

	private final int maxConcurrent;

	private final Semaphore running;

	ReadOnlyCypher(Driver driver, DriftGraphProperties properties) {
		this.driver = driver;
		this.timeout = properties.cypher().timeout();
		this.maxRows = properties.cypher().maxRows();
		this.maxConcurrent = properties.cypher().maxConcurrent();
		this.running = new Semaphore(maxConcurrent);
	}

	/**
	 * The rows of a read query.
	 *
	 * @param columns the column names
	 * @param rows the rows, each column's value as JSON-friendly maps and lists
	 * @param truncated whether the row cap cut the result
	 */
	public record Answer(List<String> columns, List<Map<String, Object>> rows, boolean truncated) {
	}

	/** Thrown when as many queries as allowed are running already. */
	public static final class BusyException extends RuntimeException {

		BusyException(int limit) {
			super(limit
					+ " queries are running, the most this endpoint runs at once (driftgraph.cypher.max-concurrent); "
					+ "try again in a moment.");
		}

	}

	/** Thrown when Neo4j stops the query at its memory limit. */
	public static final class MemoryLimitException extends RuntimeException {

		MemoryLimitException(String neo4jMessage) {
			super("The query needed more memory than a transaction may use (Neo4j's db.memory.transaction.max), or than "
					+ "all running transactions together may (db.memory.transaction.total.max, 70% of the heap), and was "
					+ "stopped; nothing was changed. Neo4j: " + neo4jMessage);
		}

	}

	/** Thrown when Neo4j stops the query at the configured timeout. */
	public static final class TimeoutException extends RuntimeException {

		TimeoutException(Duration timeout) {
			super("The query ran past the timeout of " + timeout.toMillis() + " ms (driftgraph.cypher.timeout) and was "
					+ "stopped; nothing was changed.");
		}

	}

	/**
	 * @param query a read-only Cypher query
	 * @param parameters its parameters
	 * @return the rows, at most the configured cap
	 * @throws InvalidRequestException when the query is empty, too long, writes, loads
	 * CSV, or Neo4j refuses it
	 * @throws TimeoutException when it runs past the timeout
	 * @throws MemoryLimitException when it needs more memory than a transaction may use
	 * @throws BusyException when the most queries allowed at once are running
	 */
	public Answer run(String query, Map<String, Object> parameters) {
		if (query == null || query.isBlank()) {
			throw new InvalidRequestException("query", "Field 'query' must not be blank.");
		}
		if (query.length() > MAX_QUERY_LENGTH) {
			throw new InvalidRequestException("query",
					"Field 'query' is longer than " + MAX_QUERY_LENGTH + " characters.");
		}
		if (LOAD_CSV.matcher(query).find()) {
			throw new InvalidRequestException("query", "LOAD CSV is not allowed: this endpoint reads the graph only.");
		}
		Map<String, Object> params = parameters == null ? Map.of() : parameters;
		if (!running.tryAcquire()) {
			throw new BusyException(maxConcurrent);
		}
		try {
			return runReadOnly(query, params);
		}
		finally {
			running.release();
		}
	}

	/**
	 * An explicit transaction, not {@code executeRead}: the driver would retry a query
	 * that Neo4j stopped at its memory limit (a transient error), and run the hostile
	 * query again.
	 */
	private Answer runReadOnly(String query, Map<String, Object> params) {
		try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			checkReadOnly(session, query, params);
			try (Transaction tx = session.beginTransaction(TransactionConfig.builder().withTimeout(timeout).build())) {
				Result result = tx.run(query, params);
				List<String> columns = result.keys();
				List<Map<String, Object>> rows = new ArrayList<>();
				while (result.hasNext() && rows.size() < maxRows) {
					rows.add(row(result.next()));
				}
				return new Answer(columns, rows, result.hasNext());
			}
		}
		catch (ClientException ex) {
			if (ex.code() != null && ex.code().contains("TransactionTimedOut")) {
				throw new TimeoutException(timeout);
			}
			throw new InvalidRequestException("query", "Neo4j refused the query: " + ex.getMessage());
		}
		catch (TransientException ex) {
			if (Neo4jErrors.isMemoryLimit(ex)) {
				throw new MemoryLimitException(ex.getMessage());
			}
			throw ex;
		}
	}

	private static void checkReadOnly(Session session, String query, Map<String, Object> params) {
		ResultSummary summary;
		try {
			summary = session.run("EXPLAIN " + query, params).consume();
		}
		catch (DatabaseException ex) {
			// EXPLAIN only compiles, and Neo4j 5.26's parser fails with an internal error
			// on some malformed queries
			// (just "*"): a query it cannot take, not a fault of the server
			throw new InvalidRequestException("query", "Neo4j could not compile the query: " + ex.getMessage());
		}
		if (summary.queryType() != QueryType.READ_ONLY) {
			throw new InvalidRequestException("query", "The query would change the graph (Neo4j classifies it as "
					+ summary.queryType() + "); this endpoint runs read-only queries only.");
		}
		if (summary.hasPlan() && loadsCsv(summary.plan())) {
			throw new InvalidRequestException("query", "LOAD CSV is not allowed: this endpoint reads the graph only.");
		}
	}

	private static boolean loadsCsv(Plan plan) {
		return plan.operatorType().startsWith("LoadCSV") || plan.children().stream().anyMatch(ReadOnlyCypher::loadsCsv);
	}

	private static Map<String, Object> row(Record record) {
		Map<String, Object> row = new LinkedHashMap<>();
		record.keys().forEach(key -> row.put(key, json(record.get(key))));
		return row;
	}

	/**
	 * Nodes, relationships and paths as maps; lists and maps recursively; everything else
	 * as Java values.
	 */
	static Object json(Value value) {
		return switch (value.type().name()) {
			case "NODE" -> node(value.asNode());
			case "RELATIONSHIP" -> relationship(value.asRelationship());
			case "PATH" -> path(value.asPath());
			case "LIST" -> value.asList(ReadOnlyCypher::json);
			case "MAP" -> {
				Map<String, Object> map = new LinkedHashMap<>();
				value.keys().forEach(k -> map.put(k, json(value.get(k))));
				yield map;
			}
			case "NULL" -> null;
			case "DATE", "TIME", "LOCAL_TIME", "DATE_TIME", "LOCAL_DATE_TIME", "DURATION", "POINT" -> value.toString();
			default -> value.asObject();
		};
	}

	private static Map<String, Object> node(Node node) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("elementId", node.elementId());
		List<String> labels = new ArrayList<>();
		node.labels().forEach(labels::add);
		map.put("labels", labels);
		map.put("properties", properties(node.asMap(Value::asObject)));
		return map;
	}

	private static Map<String, Object> relationship(Relationship rel) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("elementId", rel.elementId());
		map.put("type", rel.type());
		map.put("start", rel.startNodeElementId());
		map.put("end", rel.endNodeElementId());
		map.put("properties", properties(rel.asMap(Value::asObject)));
		return map;
	}

	private static Map<String, Object> path(Path path) {
		List<Object> nodes = new ArrayList<>();
		path.nodes().forEach(n -> nodes.add(node(n)));
		List<Object> relationships = new ArrayList<>();
		path.relationships().forEach(r -> relationships.add(relationship(r)));
		return Map.of("nodes", nodes, "relationships", relationships);
	}

	private static Map<String, Object> properties(Map<String, Object> properties) {
		Map<String, Object> map = new LinkedHashMap<>();
		properties.forEach((k, v) -> map.put(k, v instanceof java.time.temporal.TemporalAccessor ? v.toString() : v));
		return map;
	}

}
