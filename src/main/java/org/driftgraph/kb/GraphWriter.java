package org.driftgraph.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.driftgraph.schema.Label;
import org.driftgraph.schema.MetaEdge;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.summary.SummaryCounters;

/**
 * Writes a validated dataset with {@code UNWIND $rows ... MERGE}, one statement per label and per (type, subject
 * label, object label), inside the caller's transaction. Labels and types come from the metagraph enums only; values
 * are always parameters. Re-writing the same rows changes nothing; an edited row replaces exactly that node's or
 * relationship's properties.
 */
final class GraphWriter {

	private GraphWriter() {
	}

	/** What a write changed. */
	record Counts(int nodesCreated, int relationshipsCreated, int propertiesSet) {

		Counts plus(SummaryCounters c) {
			return new Counts(nodesCreated + c.nodesCreated(), relationshipsCreated + c.relationshipsCreated(),
					propertiesSet + c.propertiesSet());
		}

	}

	static Counts write(TransactionContext tx, Dataset dataset, Map<String, Label> existing) {
		Counts counts = new Counts(0, 0, 0);
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
			counts = counts.plus(tx.run("UNWIND $rows AS row MERGE (n:" + label.value() + " {key: row.key}) "
					+ "SET n = row.props" + addLabels, Map.of("rows", group.getValue())).consume().counters());
		}
		Map<List<Object>, List<Map<String, Object>>> edgeGroups = new LinkedHashMap<>();
		for (EdgeRecord edge : dataset.edges()) {
			edgeGroups
				.computeIfAbsent(List.of(edge.type(), labels.get(edge.subject()), labels.get(edge.object()),
						edge.id() != null), k -> new ArrayList<>())
				.add(Map.of("s", edge.subject(), "o", edge.object(), "props", edge.properties()));
		}
		for (var group : edgeGroups.entrySet()) {
			MetaEdge type = (MetaEdge) group.getKey().get(0);
			String merge = Boolean.TRUE.equals(group.getKey().get(3)) ? "MERGE (s)-[r:" + type.type() + " {id: row.props.id}]->(o)"
					: "MERGE (s)-[r:" + type.type() + "]->(o)";
			counts = counts.plus(tx.run("UNWIND $rows AS row MATCH (s:" + group.getKey().get(1) + " {key: row.s}) "
					+ "MATCH (o:" + group.getKey().get(2) + " {key: row.o}) " + merge + " SET r = row.props",
					Map.of("rows", group.getValue())).consume().counters());
		}
		return counts;
	}

}
