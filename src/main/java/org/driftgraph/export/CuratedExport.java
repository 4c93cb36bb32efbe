package org.driftgraph.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.driftgraph.format.tsv.TsvWriter;
import org.driftgraph.schema.EdgeKind;
import org.driftgraph.schema.Label;
import org.driftgraph.schema.MetaEdge;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;

/**
 * The whole graph in the curated format (docs/data-formats.md; read by {@code kb.CuratedFormat}), so
 * that loading the files into an empty database gives the same graph. Every property has a column: one without
 * stops the export instead of being lost.
 */
final class CuratedExport {

	static final List<String> FILES = List.of("nodes.tsv", "papers.tsv", "edges.tsv", "drift_events.tsv");

	private static final List<String> NODE_COLUMNS = List.of("labels", "key", "name", "synonyms", "curie", "xrefs",
			"curie_verified", "in_seed", "unlinked_reason", "note");

	private static final List<String> PAPER_COLUMNS = List.of("key", "first_author", "year", "title", "journal", "doi",
			"pmid", "summary", "cited_by");

	private static final List<String> EDGE_COLUMNS = List.of("id", "subject", "predicate", "object", "refs",
			"checked_refs", "confidence", "confidence_note", "contested", "note", "away_from", "applies_to_members",
			"inherited_from", "via", "review_grouping", "context", "population", "incidence", "onset", "phenotype",
			"direction", "tissue");

	/** The link columns ({@code triggered_by} …) are the drift event's relationship types in lower case. */
	private static final List<String> DRIFT_EVENT_COLUMNS = List.of("key", "name", "triggered_by", "occurs_in",
			"results_in", "shifts_from", "shifts_to", "involves", "managed_by", "refs", "checked_refs", "incidence",
			"onset", "markers", "management", "confidence", "confidence_note", "contested", "notes");

	/** Marks a claim that rests on general knowledge, stored as {@code general_knowledge: true}. */
	private static final String GENERAL_KNOWLEDGE = "GK";

	private CuratedExport() {
	}

	static void write(Transaction tx, FileSink sink) throws IOException {
		List<String> entityLabels = List.of(Label.values())
			.stream()
			.filter(l -> l != Label.PAPER && l != Label.DRIFT_EVENT)
			.map(Label::value)
			.toList();
		file(tx, sink, FILES.get(0), NODE_COLUMNS, """
				MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels)
				RETURN labels(n) AS labels, properties(n) AS properties ORDER BY n.key""",
				Map.of("labels", entityLabels), CuratedExport::node);
		file(tx, sink, FILES.get(1), PAPER_COLUMNS, """
				MATCH (p:Paper)
				RETURN properties(p) AS properties, COLLECT { MATCH (c:Paper)-[:CITES]->(p) RETURN c.key ORDER BY c.key }
				       AS citedBy
				ORDER BY p.key""", Map.of(), CuratedExport::paper);
		List<String> claimTypes = List.of(MetaEdge.values())
			.stream()
			.filter(t -> t.kind() != EdgeKind.EVENT)
			.map(MetaEdge::type)
			.toList();
		file(tx, sink, FILES.get(2), EDGE_COLUMNS, """
				MATCH (s)-[r]->(o) WHERE type(r) IN $types AND NOT s:DriftEvent
				RETURN s.key AS subject, type(r) AS predicate, o.key AS object, properties(r) AS properties
				ORDER BY r.id, subject, predicate, object""", Map.of("types", claimTypes), CuratedExport::claim);
		file(tx, sink, FILES.get(3), DRIFT_EVENT_COLUMNS, """
				MATCH (e:DriftEvent)
				RETURN properties(e) AS properties,
				       COLLECT { MATCH (e)-[r]->(x) RETURN [type(r), x.key, coalesce(r.abstract_checked, false)]
				                 ORDER BY type(r), x.key } AS links
				ORDER BY e.key""", Map.of(), CuratedExport::driftEvent);
	}

	private static void file(Transaction tx, FileSink sink, String file, List<String> columns, String query,
			Map<String, Object> parameters, Function<Record, Map<String, Object>> row) throws IOException {
		try (TsvWriter out = new TsvWriter(sink.open(file), columns)) {
			Result rows = tx.run(query, parameters);
			while (rows.hasNext()) {
				out.row(row.apply(rows.next()));
			}
		}
	}

	private static Map<String, Object> node(Record r) {
		Map<String, Object> cells = properties(r);
		// as nodes.tsv writes them: the metagraph label, then ThSubset, then the subset's own (CellType|ThSubset|Th17)
		cells.put("labels", r.get("labels")
			.asList(Value::asString)
			.stream()
			.sorted(Comparator.comparing((String l) -> Label.of(l).isEmpty())
				.thenComparing(l -> !l.equals(Label.TH_SUBSET_LABEL))
				.thenComparing(l -> l))
			.toList());
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
		cells.put("refs", refs(cells, (List<?>) cells.get("refs")));
		return cells;
	}

	/** The event's relationships become its link columns, and its REPORTED_IN papers its refs and checked_refs. */
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
		cells.put("refs", refs(cells, papers));
		cells.put("checked_refs", checked);
		return cells;
	}

	/** The refs cell: the papers, then {@code GK} where the claim also rests on general knowledge (as curated). */
	private static List<Object> refs(Map<String, Object> cells, List<?> papers) {
		List<Object> refs = new ArrayList<>(papers == null ? List.of() : papers);
		if (Boolean.TRUE.equals(cells.remove("general_knowledge"))) {
			refs.add(GENERAL_KNOWLEDGE);
		}
		return refs;
	}

	private static Map<String, Object> properties(Record r) {
		return new HashMap<>(r.get("properties").asMap());
	}

}
