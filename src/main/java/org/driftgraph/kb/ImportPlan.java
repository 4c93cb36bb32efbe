package org.driftgraph.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.driftgraph.format.Dataset;
import org.driftgraph.format.EdgeRecord;
import org.driftgraph.format.NodeRecord;
import org.driftgraph.schema.Label;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

/**
 * What an import would do to the graph as it is: which nodes and relationships it
 * creates, which it updates (new or different property values; existing properties are
 * kept), and which it leaves unchanged. Read before writing, so a dry run and a real
 * import report the same numbers.
 */
record ImportPlan(Map<String, Label> existingLabels, int nodesCreated, int nodesUpdated, int nodesUnchanged,
		int relationshipsCreated, int relationshipsUpdated, int relationshipsUnchanged) {

	boolean changesNothing() {
		return nodesCreated + nodesUpdated + relationshipsCreated + relationshipsUpdated == 0;
	}

	/** Reads the labels of every key the dataset defines or refers to. */
	static Map<String, Label> labelsInGraph(TransactionContext tx, Dataset dataset) {
		Set<String> keys = new HashSet<>();
		dataset.nodes().forEach(n -> keys.add(n.key()));
		for (EdgeRecord edge : dataset.edges()) {
			keys.add(edge.subject());
			keys.add(edge.object());
			edge.refs().forEach(keys::add);
			edge.qualifierKeys().values().forEach(keys::addAll);
		}
		Map<String, Label> labels = new HashMap<>();
		tx.run(nodesWithKeyIn(tx, keys.size()) + " RETURN n.key AS key, labels(n) AS labels",
				Map.of("keys", List.copyOf(keys)))
			.forEachRemaining(r -> Label.primary(r.get("labels").asList(Value::asString))
				.ifPresent(label -> labels.put(r.get("key").asString(), label)));
		return labels;
	}

	/**
	 * Compares the dataset with the graph; the dataset must already be validated against
	 * {@code labels}, the keys that exist in the graph. Only what already exists is read
	 * back, so a load into an empty graph reads nothing.
	 */
	static ImportPlan of(TransactionContext tx, Dataset dataset, Map<String, Label> labels) {
		Map<String, Map<String, Object>> nodeProps = new HashMap<>();
		List<String> existing = dataset.nodes().stream().map(NodeRecord::key).filter(labels::containsKey).toList();
		tx.run(nodesWithKeyIn(tx, existing.size()) + " RETURN n.key AS key, properties(n) AS props",
				Map.of("keys", existing))
			.forEachRemaining(r -> nodeProps.put(r.get("key").asString(), r.get("props").asMap()));
		int[] nodes = new int[3];
		for (NodeRecord node : dataset.nodes()) {
			nodes[classify(nodeProps.get(node.key()), node.properties())]++;
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		for (EdgeRecord edge : dataset.edges()) {
			if (!labels.containsKey(edge.subject()) || !labels.containsKey(edge.object())) {
				continue; // a relationship to a node that does not exist yet cannot exist
							// either
			}
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("s", edge.subject());
			row.put("t", edge.type().type());
			row.put("o", edge.object());
			row.put("id", edge.id());
			rows.add(row);
		}
		Map<List<Object>, Map<String, Object>> edgeProps = new HashMap<>();
		tx.run("""
				UNWIND $rows AS row
				MATCH (s:%1$s {key: row.s})-[r]->(o:%1$s {key: row.o})
				WHERE type(r) = row.t AND (r.id = row.id OR (row.id IS NULL AND r.id IS NULL))
				RETURN row.s AS s, row.t AS t, row.o AS o, row.id AS id, properties(r) AS props""".formatted(Label.ANY),
				Map.of("rows", rows))
			.forEachRemaining(r -> edgeProps.put(List.of(r.get("s").asString(), r.get("t").asString(),
					r.get("o").asString(), String.valueOf(r.get("id").asString(null))), r.get("props").asMap()));
		int[] edges = new int[3];
		for (EdgeRecord edge : dataset.edges()) {
			edges[classify(
					edgeProps
						.get(List.of(edge.subject(), edge.type().type(), edge.object(), String.valueOf(edge.id()))),
					edge.properties())]++;
		}
		return new ImportPlan(labels, nodes[0], nodes[1], nodes[2], edges[0], edges[1], edges[2]);
	}

	/**
	 * Matches the nodes whose key is in {@code $keys}, the cheaper of two ways: index
	 * seeks cost one per label and key ({@link Label#ANY}), a scan one read per node with
	 * the keys in a hash set. A few keys against a big graph seek; a big load (200,000
	 * keys: 19 s of seeks) scans.
	 */
	private static String nodesWithKeyIn(TransactionContext tx, int keys) {
		long nodes = tx.run("MATCH (n) RETURN count(n)").single().get(0).asLong();
		return (long) keys * Label.values().length > nodes ? "MATCH (n) WHERE n.key IN $keys AND NOT n:Release"
				: "MATCH (n:" + Label.ANY + ") WHERE n.key IN $keys";
	}

	/** 0 created, 1 updated, 2 unchanged. */
	private static int classify(Map<String, Object> existing, Map<String, Object> incoming) {
		if (existing == null) {
			return 0;
		}
		for (var entry : incoming.entrySet()) {
			Object normalised = Values.value(entry.getValue()).asObject();
			if (!normalised.equals(existing.get(entry.getKey()))) {
				return 1;
			}
		}
		return 2;
	}

}
