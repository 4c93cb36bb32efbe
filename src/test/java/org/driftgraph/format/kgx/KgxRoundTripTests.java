package org.driftgraph.format.kgx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.driftgraph.format.Dataset;
import org.driftgraph.format.tsv.Problem;
import org.driftgraph.format.tsv.TsvWriter;
import org.driftgraph.schema.Label;
import org.driftgraph.schema.MetaEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * KGX without a database: what {@link KgxWriter} writes, as TSV or JSON Lines,
 * {@link KgxFormat} reads back as the same nodes (labels, keys, typed properties) and
 * relationships (type, ends, properties, papers).
 */
class KgxRoundTripTests {

	record Node(String curie, List<String> labels, Map<String, Object> properties) {
	}

	record Edge(String id, String type, String subject, String object, List<String> publications,
			Map<String, Object> properties) {
	}

	static final List<Node> NODES = List.of(
			new Node("DRUGBANK:DB09029", List.of("Drug"),
					Map.of("key", "secukinumab", "name", "Secukinumab", "curie", "DRUGBANK:DB09029", "synonyms",
							List.of("Cosentyx", "AIN457"), "curie_verified", true)),
			new Node("CL:0000899", List.of("CellType", "ThSubset", "Th17"),
					Map.of("key", "th17", "name", "Th17 cell", "curie", "CL:0000899")),
			new Node("driftgraph:class_il17i", List.of("DrugClass"),
					Map.of("key", "class_il17i", "name", "IL-17 inhibitors")),
			new Node("PMID:30545401", List.of("Paper"),
					Map.of("key", "ref01", "title", "A review", "pmid", "30545401", "year", 2019L)));

	static final List<Edge> EDGES = List.of(
			new Edge("R006", "MEMBER_OF", "DRUGBANK:DB09029", "driftgraph:class_il17i", List.of("PMID:30545401"),
					Map.of("id", "R006", "refs", List.of("ref01"), "confidence", "high", "contested", false,
							"away_from", List.of("th17"))),
			new Edge("R007", "SUBCLASS_OF", "driftgraph:class_il17i", "driftgraph:class_il17i", List.of(),
					Map.of("id", "R007", "refs", List.of(), "general_knowledge", true, "confidence", "medium")));

	@ParameterizedTest
	@ValueSource(strings = { "tsv", "jsonl" })
	void what_is_written_reads_back_as_the_same_graph(String serialisation) throws IOException {
		Map<String, byte[]> files = serialisation.equals("tsv") ? tsv() : jsonl();
		List<Problem> problems = new ArrayList<>();
		KgxFormat kgx = KgxFormat.read(files, problems);
		Dataset dataset = kgx.dataset(Map.of(), problems);
		assertThat(problems).isEmpty();
		assertThat(dataset.nodes()).extracting(n -> List.of(n.label(), n.extraLabels(), n.key(), longs(n.properties())))
			.containsExactly(List.of(Label.DRUG, List.of(), "secukinumab", NODES.get(0).properties()),
					List.of(Label.CELL_TYPE, List.of("ThSubset", "Th17"), "th17", NODES.get(1).properties()),
					List.of(Label.DRUG_CLASS, List.of(), "class_il17i", NODES.get(2).properties()),
					List.of(Label.PAPER, List.of(), "ref01", NODES.get(3).properties()));
		assertThat(dataset.edges()).extracting(e -> List.of(e.type(), e.subject(), e.object(), e.properties()))
			.containsExactly(List.of(MetaEdge.MEMBER_OF, "secukinumab", "class_il17i", EDGES.get(0).properties()),
					List.of(MetaEdge.SUBCLASS_OF, "class_il17i", "class_il17i", EDGES.get(1).properties()));
	}

	/**
	 * Whole numbers as the database stores them: JSON reads 2019 as an int, TSV typing as
	 * a long.
	 */
	private static Map<String, Object> longs(Map<String, Object> properties) {
		Map<String, Object> stored = new LinkedHashMap<>(properties);
		stored.replaceAll((name, value) -> value instanceof Integer i ? Long.valueOf(i) : value);
		return stored;
	}

	@Test
	void the_tsv_header_has_the_fixed_columns_then_the_other_properties_by_name() {
		assertThat(KgxWriter.nodeColumns(List.of("year", "curie", "key", "name"))).containsExactly("id", "category",
				"labels", "name", "synonym", "xref", "key", "year");
	}

	private static Map<String, byte[]> tsv() throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		Set<String> nodeProperties = new TreeSet<>();
		NODES.forEach(n -> nodeProperties.addAll(n.properties().keySet()));
		ByteArrayOutputStream nodes = new ByteArrayOutputStream();
		try (TsvWriter out = new TsvWriter(nodes, KgxWriter.nodeColumns(nodeProperties))) {
			for (Node node : NODES) {
				out.row(node(node));
			}
		}
		Set<String> edgeProperties = new TreeSet<>();
		EDGES.forEach(e -> edgeProperties.addAll(e.properties().keySet()));
		ByteArrayOutputStream edges = new ByteArrayOutputStream();
		try (TsvWriter out = new TsvWriter(edges, KgxWriter.edgeColumns(edgeProperties))) {
			for (Edge edge : EDGES) {
				out.row(edge(edge));
			}
		}
		files.put(KgxFormat.NODES_TSV, nodes.toByteArray());
		files.put(KgxFormat.EDGES_TSV, edges.toByteArray());
		return files;
	}

	private static Map<String, byte[]> jsonl() throws IOException {
		ByteArrayOutputStream nodes = new ByteArrayOutputStream();
		for (Node node : NODES) {
			KgxWriter.jsonLine(nodes, node(node));
		}
		ByteArrayOutputStream edges = new ByteArrayOutputStream();
		for (Edge edge : EDGES) {
			KgxWriter.jsonLine(edges, edge(edge));
		}
		return Map.of(KgxFormat.NODES_JSONL, nodes.toByteArray(), KgxFormat.EDGES_JSONL, edges.toByteArray());
	}

	private static Map<String, Object> node(Node node) {
		Object name = node.properties().getOrDefault("name", node.properties().get("title"));
		return KgxWriter.node(node.curie(), node.labels(), name, node.properties());
	}

	private static Map<String, Object> edge(Edge edge) {
		return KgxWriter.edge(edge.id(), edge.type(), edge.subject(), edge.object(), edge.publications(),
				edge.properties());
	}

}
