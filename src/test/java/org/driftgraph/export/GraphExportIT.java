package org.driftgraph.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.driftgraph.schema.Biolink;
import org.driftgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every format written from the real graph: KGX checked against the Biolink Model,
 * GraphML and cyjs parsed back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GraphExportIT extends IntegrationTest {

	static final Pattern CURIE = Pattern.compile("([A-Za-z_][A-Za-z0-9_.-]*):[^\\s|]+");

	static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";

	@Autowired
	GraphExporter exporter;

	@Autowired
	Driver driver;

	/**
	 * @return the exported files by name, in the order they were opened
	 */
	static Map<String, byte[]> export(GraphExporter exporter, ExportFormat format, ExportScope scope)
			throws IOException {
		Map<String, ByteArrayOutputStream> files = new LinkedHashMap<>();
		exporter.export(format, scope, name -> files.computeIfAbsent(name, n -> new ByteArrayOutputStream()));
		Map<String, byte[]> bytes = new LinkedHashMap<>();
		files.forEach((name, out) -> bytes.put(name, out.toByteArray()));
		return bytes;
	}

	/**
	 * @return the rows of a TSV file, each as column name to cell
	 */
	static List<Map<String, String>> tsv(byte[] content) {
		String[] lines = new String(content, StandardCharsets.UTF_8).split("\n");
		String[] header = lines[0].split("\t", -1);
		List<Map<String, String>> rows = new ArrayList<>();
		for (int i = 1; i < lines.length; i++) {
			String[] cells = lines[i].split("\t", -1);
			assertThat(cells).as("line " + (i + 1)).hasSameSizeAs(header);
			Map<String, String> row = new LinkedHashMap<>();
			for (int c = 0; c < header.length; c++) {
				row.put(header[c], cells[c]);
			}
			rows.add(row);
		}
		return rows;
	}

	long count(String query) {
		try (var session = driver.session()) {
			return session.run(query).single().get(0).asLong();
		}
	}

	Set<String> keys(String query) {
		try (var session = driver.session()) {
			return new HashSet<>(session.run(query).single().get(0).asList(Value::asString));
		}
	}

	long graphNodes() {
		return count("MATCH (n) WHERE n.key IS NOT NULL AND NOT n:Release RETURN count(n)");
	}

	long graphRelationships() {
		return count("MATCH (s)-[r]->() WHERE s.key IS NOT NULL AND NOT s:Release RETURN count(r)");
	}

	@Test
	void kgx_tsv_has_the_required_columns_curies_and_only_biolink_categories_and_predicates() throws IOException {
		BiolinkModel model = BiolinkTests.MODEL;
		Map<String, byte[]> files = export(exporter, ExportFormat.KGX_TSV, ExportScope.wholeGraph());
		assertThat(files).containsOnlyKeys("nodes.tsv", "edges.tsv");
		List<Map<String, String>> nodes = tsv(files.get("nodes.tsv"));
		List<Map<String, String>> edges = tsv(files.get("edges.tsv"));
		assertThat(nodes).hasSize((int) graphNodes());
		assertThat(edges).hasSize((int) graphRelationships());
		assertThat(nodes.get(0)).containsKeys("id", "category", "name");
		assertThat(edges.get(0)).containsKeys("id", "subject", "predicate", "object", "knowledge_level", "agent_type",
				"primary_knowledge_source", "publications", "original_predicate");

		Set<String> prefixes = new HashSet<>(model.prefixes());
		prefixes.add(Biolink.PREFIX);
		Set<String> ids = new HashSet<>();
		Set<String> publications = new HashSet<>();
		for (Map<String, String> node : nodes) {
			assertCurie(node.get("id"), prefixes);
			if (node.get("category").equals("biolink:Publication")) {
				publications.add(node.get("id"));
			}
			assertThat(ids.add(node.get("id"))).as("unique " + node.get("id")).isTrue();
			assertThat(model.categories()).contains(node.get("category").split("\\|"));
		}
		for (Map<String, String> edge : edges) {
			assertCurie(edge.get("id"), Set.of(Biolink.PREFIX));
			assertThat(ids).contains(edge.get("subject"), edge.get("object"));
			assertThat(model.predicates()).contains(edge.get("predicate"));
			assertThat(model.enumValues("KnowledgeLevelEnum")).contains(edge.get("knowledge_level"));
			assertThat(model.enumValues("AgentTypeEnum")).contains(edge.get("agent_type"));
			assertThat(edge.get("primary_knowledge_source")).isEqualTo("infores:driftgraph");
			if (!edge.get("qualified_predicate").isEmpty()) {
				assertThat(model.predicates()).contains(edge.get("qualified_predicate"));
			}
			if (!edge.get("publications").isEmpty()) {
				assertThat(publications).as(edge.get("id")).contains(edge.get("publications").split("\\|"));
			}
		}
		assertThat(edges.stream().filter(e -> !e.get("publications").isEmpty()))
			.hasSize((int) count("MATCH ()-[r]->() WHERE size(r.refs) > 0 RETURN count(r)"));
		assertThat(publications).contains("PMID:30545401", "doi:10.14218/FIM.2024.00057");
		assertThat(nodes).anySatisfy(n -> assertThat(n).containsEntry("id", "DRUGBANK:DB09029")
			.containsEntry("category", "biolink:Drug")
			.containsEntry("key", "secukinumab"));
		assertThat(edges).anySatisfy(e -> assertThat(e).containsEntry("subject", "DRUGBANK:DB09029")
			.containsEntry("original_predicate", "driftgraph:INHIBITS")
			.containsEntry("predicate", "biolink:affects")
			.containsEntry("object_aspect_qualifier", "activity")
			.containsEntry("object_direction_qualifier", "decreased"));
	}

	@Test
	void kgx_jsonl_holds_the_same_records_with_lists_as_arrays() throws IOException {
		Map<String, byte[]> tsv = export(exporter, ExportFormat.KGX_TSV, ExportScope.wholeGraph());
		Map<String, byte[]> jsonl = export(exporter, ExportFormat.KGX_JSONL, ExportScope.wholeGraph());
		assertThat(jsonl).containsOnlyKeys("nodes.jsonl", "edges.jsonl");
		List<JsonNode> nodes = jsonLines(jsonl.get("nodes.jsonl"));
		List<JsonNode> edges = jsonLines(jsonl.get("edges.jsonl"));
		assertThat(nodes).allSatisfy(n -> assertThat(n.get("category").isArray()).isTrue());
		assertThat(nodes.stream().map(n -> n.get("id").asString()).collect(Collectors.toSet()))
			.isEqualTo(tsv(tsv.get("nodes.tsv")).stream().map(n -> n.get("id")).collect(Collectors.toSet()));
		assertThat(edges.stream().map(e -> e.get("id").asString()).collect(Collectors.toSet()))
			.isEqualTo(tsv(tsv.get("edges.tsv")).stream().map(e -> e.get("id")).collect(Collectors.toSet()));
		assertThat(edges).filteredOn(e -> e.has("publications"))
			.isNotEmpty()
			.allSatisfy(e -> assertThat(e.get("publications").isArray()).isTrue());
	}

	@Test
	void graphml_parses_with_every_node_and_edge_and_declared_typed_keys() throws Exception {
		byte[] graphml = export(exporter, ExportFormat.GRAPHML, ExportScope.wholeGraph()).get("driftgraph.graphml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(graphml));
		assertThat(document.getElementsByTagNameNS(GRAPHML_NS, "node").getLength()).isEqualTo(graphNodes());
		assertThat(document.getElementsByTagNameNS(GRAPHML_NS, "edge").getLength()).isEqualTo(graphRelationships());
		Element graph = (Element) document.getElementsByTagNameNS(GRAPHML_NS, "graph").item(0);
		assertThat(graph.getAttribute("edgedefault")).isEqualTo("directed");
		Map<String, Element> keys = new LinkedHashMap<>();
		NodeList keyElements = document.getElementsByTagNameNS(GRAPHML_NS, "key");
		for (int i = 0; i < keyElements.getLength(); i++) {
			Element key = (Element) keyElements.item(i);
			keys.put(key.getAttribute("id"), key);
		}
		assertThat(keys.get("n_year").getAttribute("attr.type")).isEqualTo("long");
		assertThat(keys.get("e_contested").getAttribute("attr.type")).isEqualTo("boolean");
		assertThat(keys.get("e_type").getAttribute("for")).isEqualTo("edge");
		NodeList data = document.getElementsByTagNameNS(GRAPHML_NS, "data");
		for (int i = 0; i < data.getLength(); i++) {
			assertThat(keys).containsKey(((Element) data.item(i)).getAttribute("key"));
		}
		Element th2 = node(document, "th2");
		assertThat(dataOf(th2, "n_labels")).isEqualTo("CellType|ThSubset|Th2");
		assertThat(dataOf(th2, "n_label")).isEqualTo("Th2 cell");
	}

	@Test
	void cyjs_parses_with_every_node_and_edge() throws IOException {
		JsonNode cyjs = JsonMapper.shared()
			.readTree(export(exporter, ExportFormat.CYJS, ExportScope.wholeGraph()).get("driftgraph.cyjs.json"));
		JsonNode elements = cyjs.get("elements");
		assertThat(elements.get("nodes").size()).isEqualTo(graphNodes());
		assertThat(elements.get("edges").size()).isEqualTo(graphRelationships());
		JsonNode secukinumab = nodeData(elements, "secukinumab");
		assertThat(secukinumab.get("label").asString()).isEqualTo("Secukinumab");
		assertThat(secukinumab.get("synonyms").isArray()).isTrue();
		assertThat(elements.get("edges").get(0).get("data").has("source")).isTrue();
	}

	@Test
	void a_neighbourhood_holds_the_focus_its_neighbours_and_the_relationships_among_them() throws IOException {
		JsonNode elements = JsonMapper.shared()
			.readTree(export(exporter, ExportFormat.CYJS, ExportScope.neighbourhood("th2", 1))
				.get("driftgraph.cyjs.json"))
			.get("elements");
		Set<String> expected = keys("MATCH ({key: 'th2'})--(n) RETURN collect(DISTINCT n.key) + 'th2'");
		Set<String> exported = ids(elements.get("nodes"));
		assertThat(exported).isEqualTo(expected).contains("th2").hasSizeLessThan((int) graphNodes());
		for (JsonNode edge : elements.get("edges")) {
			assertThat(expected).contains(edge.get("data").get("source").asString(),
					edge.get("data").get("target").asString());
		}
		assertThat(elements.get("edges").size()).isEqualTo(count("""
				MATCH (f {key: 'th2'})--(n) WITH f, collect(DISTINCT n) AS neighbours WITH neighbours + f AS scope
				MATCH (s)-[r]->(o) WHERE s IN scope AND o IN scope RETURN count(r)"""));
		Set<String> twoHops = ids(JsonMapper.shared()
			.readTree(export(exporter, ExportFormat.CYJS, ExportScope.neighbourhood("th2", 2))
				.get("driftgraph.cyjs.json"))
			.get("elements")
			.get("nodes"));
		assertThat(twoHops).containsAll(exported).hasSizeGreaterThan(exported.size());
	}

	@Test
	void a_drift_event_comes_with_what_it_links_and_the_papers_its_claims_cite() throws IOException {
		Set<String> linked = keys("MATCH (:DriftEvent {key: 'DE04'})-->(x) RETURN collect(x.key) + 'DE04'");
		Set<String> cited = keys("""
				MATCH (e:DriftEvent {key: 'DE04'})-->(x) WITH e, collect(x) AS linked WITH linked + e AS core
				MATCH (a)-[r]->(b) WHERE a IN core AND b IN core
				UNWIND r.refs AS ref RETURN collect(DISTINCT ref)""");
		assertThat(cited).anyMatch(paper -> !linked.contains(paper));
		JsonNode elements = JsonMapper.shared()
			.readTree(export(exporter, ExportFormat.CYJS, ExportScope.driftEvent("DE04")).get("driftgraph.cyjs.json"))
			.get("elements");
		Set<String> expected = new HashSet<>(linked);
		expected.addAll(cited);
		assertThat(ids(elements.get("nodes"))).isEqualTo(expected)
			.contains("DE04", "class_il17i", "eczematous_eruption");
	}

	private static void assertCurie(String id, Set<String> prefixes) {
		var matcher = CURIE.matcher(id);
		assertThat(matcher.matches()).as(id).isTrue();
		assertThat(prefixes).as(id).contains(matcher.group(1));
	}

	private static List<JsonNode> jsonLines(byte[] content) {
		return new String(content, StandardCharsets.UTF_8).lines().map(JsonMapper.shared()::readTree).toList();
	}

	private static Set<String> ids(JsonNode elements) {
		Set<String> ids = new HashSet<>();
		elements.forEach(e -> ids.add(e.get("data").get("id").asString()));
		return ids;
	}

	private static JsonNode nodeData(JsonNode elements, String id) {
		for (JsonNode node : elements.get("nodes")) {
			if (node.get("data").get("id").asString().equals(id)) {
				return node.get("data");
			}
		}
		throw new AssertionError("no node " + id);
	}

	private static Element node(Document document, String id) {
		NodeList nodes = document.getElementsByTagNameNS(GRAPHML_NS, "node");
		for (int i = 0; i < nodes.getLength(); i++) {
			if (((Element) nodes.item(i)).getAttribute("id").equals(id)) {
				return (Element) nodes.item(i);
			}
		}
		throw new AssertionError("no node " + id);
	}

	private static String dataOf(Element element, String key) {
		NodeList data = element.getElementsByTagNameNS(GRAPHML_NS, "data");
		for (int i = 0; i < data.getLength(); i++) {
			if (((Element) data.item(i)).getAttribute("key").equals(key)) {
				return data.item(i).getTextContent();
			}
		}
		return null;
	}

}
