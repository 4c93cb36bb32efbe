package org.driftgraph.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.driftgraph.format.curated.CuratedTable;
import org.driftgraph.format.curated.CuratedWriter;
import org.driftgraph.schema.EdgeKind;
import org.driftgraph.schema.Label;
import org.driftgraph.schema.MetaEdge;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;

/**
 * The whole graph in the curated format (docs/data-formats.md), written by
 * {@link CuratedWriter}, so that loading the files into an empty database gives the same
 * graph. Every property has a column: one without stops the export instead of being lost.
 */
final class CuratedExport {

	private CuratedExport() {
	}

	static void write(Transaction tx, FileSink sink) throws IOException {
		List<String> entityLabels = List.of(Label.values())
			.stream()
			.filter(l -> l != Label.PAPER && l != Label.DRIFT_EVENT)
			.map(Label::value)
			.toList();
		file(tx, sink, CuratedTable.NODES, """
				MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels)
				RETURN labels(n) AS labels, properties(n) AS properties ORDER BY n.key""",
				Map.of("labels", entityLabels), CuratedExport::node);
		file(tx, sink, CuratedTable.PAPERS,
				"""
						MATCH (p:Paper)
						RETURN properties(p) AS properties, COLLECT { MATCH (c:Paper)-[:CITES]->(p) RETURN c.key ORDER BY c.key }
						       AS citedBy
						ORDER BY p.key""",
				Map.of(), CuratedExport::paper);
		List<String> claimTypes = List.of(MetaEdge.values())
			.stream()
			.filter(t -> t.kind() != EdgeKind.EVENT)
			.map(MetaEdge::type)
			.toList();
		file(tx, sink, CuratedTable.EDGES, """
				MATCH (s)-[r]->(o) WHERE type(r) IN $types AND NOT s:DriftEvent
				RETURN s.key AS subject, type(r) AS predicate, o.key AS object, properties(r) AS properties
				ORDER BY r.id, subject, predicate, object""", Map.of("types", claimTypes), CuratedExport::claim);
		file(tx, sink, CuratedTable.DRIFT_EVENTS, """
				MATCH (e:DriftEvent)
				RETURN properties(e) AS properties,
				       COLLECT { MATCH (e)-[r]->(x) RETURN [type(r), x.key, coalesce(r.abstract_checked, false)]
				                 ORDER BY type(r), x.key } AS links
				ORDER BY e.key""", Map.of(), CuratedExport::driftEvent);
	}

	private static void file(Transaction tx, FileSink sink, CuratedTable table, String query,
			Map<String, Object> parameters, Function<Record, Map<String, Object>> row) throws IOException {
		try (CuratedWriter out = new CuratedWriter(sink.open(table.file()), table)) {
			Result rows = tx.run(query, parameters);
			while (rows.hasNext()) {
				out.row(row.apply(rows.next()));
			}
		}
	}

	private static Map<String, Object> node(Record r) {
		Map<String, Object> cells = properties(r);
		cells.put("labels", r.get("labels").asList(Value::asString));
		return cells;
	}

	private static Map<String, Object> paper(Record r) {
		Map<String, Object> cells = properties(r);
		cells.put("cited_by", r.get("citedBy").asList(Value::asString));
		return cells;
	}

	private static Map<String, Object> claim(Record r) {
		Map<String, Object> cells = properties(r);
		cells.put("subject", r.get("subject").asString());
		cells.put("predicate", r.get("predicate").asString());
		cells.put("object", r.get("object").asString());
		return cells;
	}

	/**
	 * The event's relationships become its link columns, and its REPORTED_IN papers its
	 * refs and checked_refs.
	 */
	private static Map<String, Object> driftEvent(Record r) {
		Map<String, Object> cells = properties(r);
		Map<String, List<String>> links = new TreeMap<>();
		List<String> papers = new ArrayList<>();
		List<String> checked = new ArrayList<>();
		for (Value link : r.get("links").values()) {
			String type = link.get(0).asString();
			String key = link.get(1).asString();
			if (type.equals(MetaEdge.REPORTED_IN.type())) {
				papers.add(key);
				if (link.get(2).asBoolean()) {
					checked.add(key);
				}
			}
			else {
				links.computeIfAbsent(type.toLowerCase(Locale.ROOT), c -> new ArrayList<>()).add(key);
			}
		}
		cells.putAll(links);
		cells.put("refs", papers);
		cells.put("checked_refs", checked);
		return cells;
	}

	private static Map<String, Object> properties(Record r) {
		return new HashMap<>(r.get("properties").asMap());
	}

}
