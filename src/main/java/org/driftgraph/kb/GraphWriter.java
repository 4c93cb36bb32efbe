package org.driftgraph.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.driftgraph.drift.DriftEventCypher;
import org.driftgraph.format.Dataset;
import org.driftgraph.format.EdgeRecord;
import org.driftgraph.format.NodeRecord;
import org.driftgraph.schema.Label;
import org.driftgraph.schema.MetaEdge;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.summary.SummaryCounters;

/**
 * Writes a validated dataset with {@code UNWIND $rows ... MERGE}, one statement per label
 * and per (type, subject label, object label), in batches of the configured size
 * ({@code driftgraph.kb.batch-size}), all inside the caller's transaction, then recounts
 * the drift-event tallies ({@link DriftEventCypher}) of the culprits whose events it
 * linked, in the same transaction. Labels and types come from the metagraph enums only;
 * values are always parameters. Re-writing the same rows changes nothing.
 */
final class GraphWriter {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(GraphWriter.class);

	private GraphWriter() {
	}

	/** What happens to the properties of a node or relationship that already exists. */
	enum Properties {

		/**
		 * The row's properties replace all of them: a curated release states everything
		 * about its facts.
		 */
		REPLACE("="),
		/**
		 * The row's properties are added or overwritten, the others kept: an import never
		 * deletes curated facts.
		 */
		MERGE("+=");

		private final String operator;

		Properties(String operator) {
			this.operator = operator;
		}

	}

	/** What a write changed. */
	record Counts(int nodesCreated, int relationshipsCreated) {

		Counts plus(SummaryCounters c) {
			return new Counts(nodesCreated + c.nodesCreated(), relationshipsCreated + c.relationshipsCreated());
		}

	}

	static Counts write(TransactionContext tx, Dataset dataset, Map<String, Label> existing, Properties mode,
			int batchSize) {
		Progress progress = new Progress(dataset.nodes().size() + dataset.edges().size(), batchSize);
		Counts counts = new Counts(0, 0);
		Map<String, Label> labels = new HashMap<>(existing);
		Map<List<Object>, List<Map<String, Object>>> nodeGroups = new LinkedHashMap<>();
		for (NodeRecord node : dataset.nodes()) {
			labels.put(node.key(), node.label());
			nodeGroups.computeIfAbsent(List.of(node.label(), node.extraLabels()), k -> new ArrayList<>())
				.add(Map.of("key", node.key(), "props", node.properties()));
		}
		for (var group : nodeGroups.entrySet()) {
			Label label = (Label) group.getKey().get(0);
			@SuppressWarnings("unchecked")
			List<String> extra = (List<String>) group.getKey().get(1);
			String addLabels = extra.stream().map(l -> " SET n:" + l).collect(Collectors.joining());
			String cypher = "UNWIND $rows AS row MERGE (n:" + label.value() + " {key: row.key}) SET n " + mode.operator
					+ " row.props" + addLabels;
			counts = run(tx, cypher, group.getValue(), batchSize, counts, progress);
		}
		Map<List<Object>, List<Map<String, Object>>> edgeGroups = new LinkedHashMap<>();
		for (EdgeRecord edge : dataset.edges()) {
			edgeGroups
				.computeIfAbsent(
						List.of(edge.type(), labels.get(edge.subject()), labels.get(edge.object()), edge.id() != null),
						k -> new ArrayList<>())
				.add(Map.of("s", edge.subject(), "o", edge.object(), "props", edge.properties()));
		}
		for (var group : edgeGroups.entrySet()) {
			MetaEdge type = (MetaEdge) group.getKey().get(0);
			String merge = Boolean.TRUE.equals(group.getKey().get(3))
					? "MERGE (s)-[r:" + type.type() + " {id: row.props.id}]->(o)"
					: "MERGE (s)-[r:" + type.type() + "]->(o)";
			String cypher = "UNWIND $rows AS row MATCH (s:" + group.getKey().get(1) + " {key: row.s}) MATCH (o:"
					+ group.getKey().get(2) + " {key: row.o}) " + merge + " SET r " + mode.operator + " row.props";
			counts = run(tx, cypher, group.getValue(), batchSize, counts, progress);
		}
		List<String> events = dataset.edges()
			.stream()
			.filter(e -> e.type() == MetaEdge.TRIGGERED_BY || e.type() == MetaEdge.RESULTS_IN)
			.map(EdgeRecord::subject)
			.distinct()
			.toList();
		if (!events.isEmpty()) {
			tally(tx, "UNWIND $events AS key MATCH (:DriftEvent {key: key})-[:TRIGGERED_BY]->(c) WITH DISTINCT c",
					Map.of("events", events));
		}
		return counts;
	}

	/**
	 * Writes the drift-event tallies of a graph whose events were written before tallies
	 * existed, when it has drift events but no tally; a graph the importer wrote is left
	 * as it is.
	 */
	static void tallyWhereMissing(TransactionContext tx) {
		boolean missing = tx.run("RETURN EXISTS { (:DriftEvent) } AND NOT EXISTS { (:DriftEventTally) }")
			.single()
			.get(0)
			.asBoolean();
		if (missing) {
			tally(tx, "MATCH (:DriftEvent)-[:TRIGGERED_BY]->(c) WITH DISTINCT c", Map.of());
			log.info("Drift-event tallies written for the drift events already in the graph");
		}
	}

	/**
	 * Recounts the tallies of the culprits {@code c} that {@code culprits} yields; the
	 * tallies' own writes are not counted as created nodes, which report curated data
	 * only.
	 */
	private static void tally(TransactionContext tx, String culprits, Map<String, Object> parameters) {
		Map<String, Object> all = new HashMap<>(parameters);
		all.put("tallied", DriftEventCypher.TALLIED);
		tx.run(culprits + "\n" + DriftEventCypher.RECOUNT, all).consume();
	}

	private static Counts run(TransactionContext tx, String cypher, List<Map<String, Object>> rows, int batchSize,
			Counts counts, Progress progress) {
		for (int from = 0; from < rows.size(); from += batchSize) {
			List<Map<String, Object>> batch = rows.subList(from, Math.min(from + batchSize, rows.size()));
			counts = counts.plus(tx.run(cypher, Map.of("rows", batch)).consume().counters());
			progress.advance(batch.size());
		}
		return counts;
	}

	/** Logs rows written, rate and time left, for writes large enough to wait for. */
	private static final class Progress {

		private final int total;

		private final int batchSize;

		private final long started = System.nanoTime();

		private int done;

		private int reported;

		Progress(int total, int batchSize) {
			this.total = total;
			this.batchSize = batchSize;
		}

		/**
		 * Logs at most once per batch's worth of rows, however small the groups written
		 * in between.
		 */
		void advance(int rows) {
			done += rows;
			if (total < batchSize || done - reported < batchSize && done < total) {
				return;
			}
			reported = done;
			double seconds = Math.max((System.nanoTime() - started) / 1e9, 1e-3);
			double rate = done / seconds;
			log.info("Written {}/{} rows ({} rows/s, about {} s left)", done, total, Math.round(rate),
					Math.round((total - done) / rate));
		}

	}

}
