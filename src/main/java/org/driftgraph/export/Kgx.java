package org.driftgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.driftgraph.format.tsv.TsvWriter;
import org.driftgraph.schema.Biolink;
import org.driftgraph.schema.MetaEdge;
import tools.jackson.databind.json.JsonMapper;

/**
 * KGX nodes and edges (the Biolink Model's knowledge graph exchange format), as TSV or JSON Lines. Node ids are
 * CURIEs, categories and predicates come from {@link Biolink}, and every edge carries its provenance
 * ({@code primary_knowledge_source}, {@code knowledge_level}, {@code agent_type}), its papers as {@code publications}
 * and its DriftGraph type as {@code original_predicate}. Every other property is kept under its own name, and a node
 * with labels beyond its category's (a T-helper subset's {@code ThSubset|Th17}) lists all of them in {@code labels},
 * so that the KGX import gives back the same graph.
 */
final class Kgx {

	static final String NODES_TSV = "nodes.tsv";

	static final String EDGES_TSV = "edges.tsv";

	static final String NODES_JSONL = "nodes.jsonl";

	static final String EDGES_JSONL = "edges.jsonl";

	private static final List<String> NODE_COLUMNS = List.of("id", "category", "labels", "name", "synonym", "xref");

	/** Node properties the columns above already carry. */
	private static final Set<String> NODE_PROPERTIES_USED = Set.of("curie", "name", "synonyms", "xrefs");

	private static final List<String> EDGE_COLUMNS = edgeColumns();

	/** Relationship properties the columns above already carry. */
	private static final Set<String> EDGE_PROPERTIES_USED = Set.of("id", "refs");

	private Kgx() {
	}

	static void writeTsv(GraphSource source, FileSink sink) throws IOException {
		try (TsvWriter nodes = new TsvWriter(sink.open(NODES_TSV),
				columns(NODE_COLUMNS, source.nodePropertyTypes().keySet(), NODE_PROPERTIES_USED))) {
			for (GraphSource.Node node : source.nodes()) {
				nodes.row(node(node));
			}
		}
		try (TsvWriter edges = new TsvWriter(sink.open(EDGES_TSV),
				columns(EDGE_COLUMNS, source.edgePropertyTypes().keySet(), EDGE_PROPERTIES_USED))) {
			for (GraphSource.Edge edge : source.edges()) {
				edges.row(edge(edge));
			}
		}
	}

	static void writeJsonl(GraphSource source, FileSink sink) throws IOException {
		try (OutputStream nodes = sink.open(NODES_JSONL)) {
			for (GraphSource.Node node : source.nodes()) {
				line(nodes, node(node));
			}
		}
		try (OutputStream edges = sink.open(EDGES_JSONL)) {
			for (GraphSource.Edge edge : source.edges()) {
				line(edges, edge(edge));
			}
		}
	}

	private static Map<String, Object> node(GraphSource.Node node) {
		Map<String, Object> record = new LinkedHashMap<>();
		put(record, "id", node.curie());
		put(record, "category", List.of(Biolink.category(node.label())));
		put(record, "labels", node.labels().size() > 1 ? node.labels() : null);
		put(record, "name", node.displayName());
		put(record, "synonym", node.properties().get("synonyms"));
		put(record, "xref", node.properties().get("xrefs"));
		putOthers(record, node.properties(), NODE_PROPERTIES_USED);
		return record;
	}

	private static Map<String, Object> edge(GraphSource.Edge edge) {
		MetaEdge type = MetaEdge.of(edge.type()).orElseThrow();
		Biolink.Predicate predicate = Biolink.predicate(type);
		Map<String, Object> record = new LinkedHashMap<>();
		put(record, "id", Biolink.PREFIX + ":" + edge.id());
		put(record, "subject", edge.subjectCurie());
		put(record, "predicate", predicate.predicate());
		put(record, "object", edge.objectCurie());
		record.putAll(predicate.qualifiers());
		put(record, "original_predicate", Biolink.PREFIX + ":" + type.type());
		put(record, "knowledge_level", Biolink.knowledgeLevel(type.kind()));
		put(record, "agent_type", Biolink.AGENT_TYPE);
		put(record, "primary_knowledge_source", Biolink.KNOWLEDGE_SOURCE);
		put(record, "publications", edge.publications());
		putOthers(record, edge.properties(), EDGE_PROPERTIES_USED);
		return record;
	}

	/** The fixed columns, then every other property in name order. */
	private static List<String> columns(List<String> fixed, Collection<String> properties, Set<String> used) {
		List<String> columns = new ArrayList<>(fixed);
		properties.stream().filter(p -> !used.contains(p) && !fixed.contains(p)).forEach(columns::add);
		return columns;
	}

	private static List<String> edgeColumns() {
		List<String> columns = new ArrayList<>(List.of("id", "subject", "predicate", "object"));
		columns.addAll(Biolink.qualifierSlots());
		columns.addAll(List.of("original_predicate", "knowledge_level", "agent_type", "primary_knowledge_source",
				"publications"));
		return List.copyOf(columns);
	}

	private static void putOthers(Map<String, Object> record, Map<String, Object> properties, Set<String> used) {
		new TreeMap<>(properties).forEach((name, value) -> {
			if (!used.contains(name) && !record.containsKey(name)) {
				put(record, name, value);
			}
		});
	}

	/** Leaves out what is absent, so JSON Lines has no nulls and no empty lists. */
	private static void put(Map<String, Object> record, String name, Object value) {
		if (value != null && !(value instanceof Collection<?> c && c.isEmpty())) {
			record.put(name, value);
		}
	}

	private static void line(OutputStream out, Map<String, Object> record) throws IOException {
		out.write(JsonMapper.shared().writeValueAsBytes(record));
		out.write('\n');
	}

}
