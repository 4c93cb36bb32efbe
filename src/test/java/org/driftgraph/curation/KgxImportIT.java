package org.driftgraph.curation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.driftgraph.format.tsv.Problem;
import org.driftgraph.kb.ImportFormat;
import org.driftgraph.kb.InvalidDataException;
import org.driftgraph.kb.KnowledgeBaseLoader;
import org.driftgraph.qa.QualityChecks;
import org.driftgraph.support.GraphFingerprint;
import org.driftgraph.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * KGX files from elsewhere (no keys, no original_predicate, CHEBI and MONDO ids) imported
 * over HTTP and through the loader, linking to the curated nodes: validated against the
 * graph, atomic, idempotent, recorded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "driftgraph.curator.password=" + KgxImportIT.PASSWORD)
class KgxImportIT extends IntegrationTest {

	static final String PASSWORD = "kgx-import-test-password";

	static final Path EXAMPLE = Path.of("docs/import-example-kgx");

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Autowired
	KnowledgeBaseLoader loader;

	@Autowired
	QualityChecks quality;

	@AfterEach
	void removeWhatTheTestsImported() {
		try (var session = driver.session()) {
			session.run("MATCH (n:Drug {key: 'CHEBI_44185'}) DETACH DELETE n").consume();
			session.run("MATCH (c:Change) DELETE c").consume();
		}
	}

	static Map<String, byte[]> example() throws Exception {
		return Map.of("nodes.tsv", Files.readAllBytes(EXAMPLE.resolve("nodes.tsv")), "edges.tsv",
				Files.readAllBytes(EXAMPLE.resolve("edges.tsv")));
	}

	ResponseEntity<Map<String, Object>> upload(Map<String, byte[]> files, String query) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		files.forEach((name, content) -> parts.add(name, new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return name;
			}
		}));
		return RestClient.create("http://127.0.0.1:" + port)
			.post()
			.uri("/api/import" + query)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.headers(h -> h.setBasicAuth("curator", PASSWORD))
			.body(parts)
			.retrieve()
			.onStatus(HttpStatusCode::isError, (q, r) -> {
			})
			.toEntity(new ParameterizedTypeReference<Map<String, Object>>() {
			});
	}

	@Test
	void the_kgx_example_links_to_curated_nodes_dry_run_first_then_once_and_a_reimport_changes_nothing()
			throws Exception {
		Set<String> before = GraphFingerprint.of(driver);
		ResponseEntity<Map<String, Object>> dryRun = upload(example(), "?dryRun=true");
		assertThat(dryRun.getStatusCode().value()).as(String.valueOf(dryRun.getBody())).isEqualTo(200);
		assertThat(dryRun.getBody()).containsEntry("format", "kgx")
			.containsEntry("written", false)
			.containsEntry("nodesCreated", 1)
			.containsEntry("relationshipsCreated", 2)
			.containsEntry("relationshipsUnchanged", 0);
		assertThat(GraphFingerprint.of(driver)).isEqualTo(before);

		ResponseEntity<Map<String, Object>> first = upload(example(), "?format=kgx");
		assertThat(first.getBody()).containsEntry("written", true)
			.containsEntry("nodesCreated", 1)
			.containsEntry("relationshipsCreated", 2);
		try (var session = driver.session()) {
			var drug = session.run("MATCH (d:Drug {key: 'CHEBI_44185'}) RETURN d").single().get("d");
			assertThat(drug.get("curie").asString()).isEqualTo("CHEBI:44185");
			assertThat(drug.get("xrefs").asList()).containsExactly("DRUGBANK:DB00563");
			assertThat(session.run("""
					MATCH (:Drug {key: 'CHEBI_44185'})-[r:TREATS]->(d:Disease)
					RETURN d.key AS disease, r.id AS id, r.general_knowledge AS gk, r.refs AS refs ORDER BY disease""")
				.list(r -> r.get("disease").asString() + " " + r.get("id").asString() + " " + r.get("gk").asBoolean()
						+ " " + r.get("refs").asList()))
				.containsExactly("psoriasis example_mtx_treats_pso true []",
						"rheumatoid_arthritis example_mtx_treats_ra true []");
			assertThat(session
				.run("MATCH (c:Change {id: $id}) RETURN c.format AS format",
						Map.of("id", first.getBody().get("changeId")))
				.single()
				.get("format")
				.asString()).isEqualTo("kgx");
		}
		assertThat(quality.run().passed()).isTrue();
		Set<String> after = GraphFingerprint.of(driver);
		KnowledgeBaseLoader.ImportReport again = loader.importFiles(example(), ImportFormat.KGX, false, "test");
		assertThat(again.written()).isFalse();
		assertThat(again.nodesUnchanged()).isEqualTo(1);
		assertThat(again.relationshipsUnchanged()).isEqualTo(2);
		assertThat(GraphFingerprint.of(driver)).isEqualTo(after);
	}

	@Test
	void a_node_whose_curie_is_in_the_graph_is_that_node_and_publications_resolve_to_its_papers() {
		String nodes = "id\tcategory\tname\nMONDO:0005083\tbiolink:Disease\tPsoriasis (plaque psoriasis)\n";
		String edges = """
				{"id": "example:1", "subject": "DRUGBANK:DB09029", "predicate": "biolink:treats", "object": "MESH:D015535", "publications": ["PMID:30941119", "driftgraph:ref05"], "knowledge_level": "knowledge_assertion"}
				""";
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("nodes.tsv", nodes.getBytes());
		files.put("edges.jsonl", edges.getBytes());
		KnowledgeBaseLoader.ImportReport report = loader.importFiles(files, true, "test");
		assertThat(report.format()).isEqualTo("kgx");
		assertThat(report.nodesCreated()).isZero();
		assertThat(report.nodesUnchanged()).isEqualTo(1);
		assertThat(report.relationshipsCreated()).isEqualTo(1);
	}

	@Test
	void one_json_lines_file_can_be_sent_as_the_request_body() {
		String edges = """
				{"subject": "DRUGBANK:DB09029", "predicate": "biolink:treats", "object": "MESH:D015535", "publications": ["PMID:30941119"]}
				""";
		ResponseEntity<Map<String, Object>> response = RestClient.create("http://127.0.0.1:" + port)
			.post()
			.uri("/api/import?file=edges.jsonl&dryRun=true")
			.headers(h -> h.setBasicAuth("curator", PASSWORD))
			.contentType(MediaType.valueOf("application/x-ndjson"))
			.body(edges.getBytes())
			.retrieve()
			.toEntity(new ParameterizedTypeReference<Map<String, Object>>() {
			});
		assertThat(response.getBody()).containsEntry("format", "kgx").containsEntry("relationshipsCreated", 1);
	}

	@Test
	void every_problem_of_bad_kgx_is_listed_with_its_exact_message_and_nothing_is_written() {
		Set<String> before = GraphFingerprint.of(driver);
		String nodes = """
				id\tcategory\tname
				CHEBI:44185\tbiolink:Drug\tmethotrexate
				CHEBI:1234\tbiolink:Gene\tsome gene
				MONDO:123\tbiolink:Disease\ta disease
				""";
		String edges = """
				id\tsubject\tpredicate\tobject\tpublications\tknowledge_level
				e1\tCHEBI:44185\tbiolink:treats\tMONDO:0005083\tPMID:99999999\tknowledge_assertion
				e2\tMONDO:0005083\tbiolink:treats\tCHEBI:44185\t\tknowledge_assertion
				e3\tUniProtKB:Q16552\tbiolink:directly_physically_interacts_with\tUniProtKB:Q16552\tPMID:30941119\tknowledge_assertion
				e4\tCHEBI:44185\tbiolink:interacts_with\tMONDO:0005083\tPMID:30941119\tknowledge_assertion
				""";
		ResponseEntity<Map<String, Object>> response = upload(
				Map.of("nodes.tsv", nodes.getBytes(), "edges.tsv", edges.getBytes()), "");
		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getBody()).containsEntry("problemCount", 8);
		InvalidDataException invalid = catchThrowableOfType(InvalidDataException.class,
				() -> loader.importFiles(Map.of("nodes.tsv", nodes.getBytes(), "edges.tsv", edges.getBytes()),
						ImportFormat.KGX, false, "test"));
		assertThat(invalid.problems()).extracting(Problem::toString)
			.containsExactly(
					"edges.tsv:2 [publications]: 'PMID:99999999' names no paper in the nodes file or the graph; add it "
							+ "to the nodes with category biolink:Publication",
					"edges.tsv:2 [refs]: a claim needs at least one paper key (or GK on taxonomy)",
					"edges.tsv:3 [predicate]: TREATS cannot connect a Disease (psoriasis) to a Drug (CHEBI_44185); it "
							+ "connects [Drug, DrugClass] to [Disease]",
					"edges.tsv:3 [refs]: a claim needs at least one paper key (or GK on taxonomy)",
					"edges.tsv:4 [predicate]: biolink:directly_physically_interacts_with between a Molecule (il17a) and "
							+ "a Molecule (il17a) is ambiguous: it may be RECEPTOR_FOR or BINDS; add original_predicate "
							+ "(driftgraph:RECEPTOR_FOR or driftgraph:BINDS)",
					"edges.tsv:5 [predicate]: no DriftGraph relationship type is biolink:interacts_with; use a predicate "
							+ "and qualifiers of the Biolink table in docs/data-formats.md, or add original_predicate (driftgraph:<TYPE>)",
					"nodes.tsv:3 [category]: no DriftGraph label has the category biolink:Gene; the categories read are "
							+ "biolink:Drug (Drug), biolink:ChemicalEntity (DrugClass), biolink:Protein (Molecule), "
							+ "biolink:Cell (CellType), biolink:Disease (Disease), biolink:PhenotypicFeature "
							+ "(AdverseReaction), biolink:NamedThing (Factor), biolink:Treatment (Therapy), "
							+ "biolink:Publication (Paper), biolink:PathologicalProcess (DriftEvent)",
					"nodes.tsv:4 [id]: 'MONDO:123' does not match the MONDO pattern \\d{7}");
		assertThat(GraphFingerprint.of(driver)).isEqualTo(before);
	}

	@Test
	void an_unknown_format_is_a_bad_request() throws Exception {
		ResponseEntity<Map<String, Object>> response = upload(example(), "?format=rdf");
		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getBody().get("detail")).isEqualTo(
				"Unknown format 'rdf'; use one of [curated, kgx, kgx-tsv, kgx-jsonl] or leave it out to detect it.");
	}

}
