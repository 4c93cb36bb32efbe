package org.driftgraph.curation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports over HTTP: curator only, validated first, atomic, idempotent, recorded, never
 * deleting.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "driftgraph.curator.password=" + ImportIT.PASSWORD)
class ImportIT extends IntegrationTest {

	static final String PASSWORD = "import-test-password";

	static final Path EXAMPLE = Path.of("docs/import-example");

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
			session.run("MATCH (n:Drug {key: 'brodalumab'}) DETACH DELETE n").consume();
			session.run("MATCH (c:Change) DELETE c").consume();
		}
	}

	ResponseEntity<Map<String, Object>> upload(Map<String, byte[]> files, boolean dryRun, String password) {
		return upload(files, dryRun, password, Map.of());
	}

	/**
	 * Uploads with extra headers, such as the ones a web browser adds to a form post
	 * ({@code Origin}, ...).
	 */
	ResponseEntity<Map<String, Object>> upload(Map<String, byte[]> files, boolean dryRun, String password,
			Map<String, String> browserHeaders) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		files.forEach((name, content) -> parts.add(name, new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return name;
			}
		}));
		RestClient.RequestBodySpec request = RestClient.create("http://127.0.0.1:" + port)
			.post()
			.uri("/api/import?dryRun={dryRun}", dryRun)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.headers(h -> browserHeaders.forEach(h::add));
		if (password != null) {
			request = request.headers(h -> h.setBasicAuth("curator", password));
		}
		return request.body(parts).retrieve().onStatus(HttpStatusCode::isError, (q, r) -> {
		}).toEntity(new ParameterizedTypeReference<Map<String, Object>>() {
		});
	}

	static Map<String, byte[]> example() throws Exception {
		return Map.of("nodes.tsv", Files.readAllBytes(EXAMPLE.resolve("nodes.tsv")), "edges.tsv",
				Files.readAllBytes(EXAMPLE.resolve("edges.tsv")));
	}

	@Test
	void without_or_with_wrong_credentials_an_import_is_refused_with_401() throws Exception {
		Set<String> before = GraphFingerprint.of(driver);
		ResponseEntity<Map<String, Object>> anonymous = upload(example(), false, null);
		assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
		assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
		assertThat(anonymous.getBody()).containsOnlyKeys("type", "title", "status", "detail")
			.containsEntry("type", "urn:driftgraph:problem:unauthenticated")
			.containsEntry("title", "Authentication required")
			.containsEntry("status", 401);
		assertThat(upload(example(), false, "wrong-password").getStatusCode().value()).isEqualTo(401);
		assertThat(GraphFingerprint.of(driver)).isEqualTo(before);
	}

	/**
	 * A browser attaches the curator's cached Basic credentials to a form post from any
	 * web page; the request still says where it came from, and a foreign origin is
	 * refused before the credentials are even looked at.
	 */
	@Test
	void a_cross_site_post_with_the_curators_cached_credentials_is_refused_and_changes_nothing() throws Exception {
		Set<String> before = GraphFingerprint.of(driver);
		for (Map<String, String> foreign : List.of(Map.of("Origin", "http://evil.example"),
				Map.of("Sec-Fetch-Site", "cross-site"), Map.of("Origin", "null"),
				Map.of("Origin", "http://127.0.0.1:" + (port + 1), "Sec-Fetch-Site", "same-site"))) {
			ResponseEntity<Map<String, Object>> refused = upload(example(), false, PASSWORD, foreign);
			assertThat(refused.getStatusCode().value()).as(foreign.toString()).isEqualTo(403);
			assertThat(refused.getBody()).containsEntry("type", "urn:driftgraph:problem:cross-site-request")
				.containsEntry("title", "Cross-site request refused");
			assertThat((String) refused.getBody().get("detail")).contains("POST /api/import")
				.contains("may not change the graph");
		}
		assertThat(GraphFingerprint.of(driver)).isEqualTo(before);
		ResponseEntity<Map<String, Object>> ownPage = upload(example(), true, PASSWORD,
				Map.of("Origin", "http://127.0.0.1:" + port, "Sec-Fetch-Site", "same-origin"));
		assertThat(ownPage.getStatusCode().value()).isEqualTo(200);
	}

	@Test
	void a_dry_run_reports_what_would_change_and_writes_nothing() throws Exception {
		Set<String> before = GraphFingerprint.of(driver);
		ResponseEntity<Map<String, Object>> response = upload(example(), true, PASSWORD);
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(response.getBody()).containsEntry("dryRun", true)
			.containsEntry("written", false)
			.containsEntry("nodesCreated", 1)
			.containsEntry("relationshipsCreated", 1)
			.containsEntry("changeId", null);
		assertThat(GraphFingerprint.of(driver)).isEqualTo(before);
	}

	@Test
	void the_example_imports_once_is_recorded_and_a_reimport_changes_nothing() throws Exception {
		ResponseEntity<Map<String, Object>> first = upload(example(), false, PASSWORD);
		assertThat(first.getStatusCode().value()).as(String.valueOf(first.getBody())).isEqualTo(200);
		assertThat(first.getBody()).containsEntry("written", true)
			.containsEntry("nodesCreated", 1)
			.containsEntry("relationshipsCreated", 1);
		try (var session = driver.session()) {
			var change = session
				.run("MATCH (c:Change {id: $id}) RETURN c", Map.of("id", first.getBody().get("changeId")))
				.single()
				.get("c");
			assertThat(change.get("who").asString()).isEqualTo("curator");
			assertThat(change.get("files").asList()).containsExactlyInAnyOrder("nodes.tsv", "edges.tsv");
			assertThat(session
				.run("MATCH (:Drug {key: 'brodalumab'})-[r:INHIBITS]->(:Molecule {key: 'il17ra'}) "
						+ "RETURN r.general_knowledge AS gk")
				.single()
				.get("gk")
				.asBoolean()).isTrue();
		}
		assertThat(quality.run().passed()).isTrue();
		Set<String> after = GraphFingerprint.of(driver);
		ResponseEntity<Map<String, Object>> again = upload(example(), false, PASSWORD);
		assertThat(again.getBody()).containsEntry("written", false)
			.containsEntry("nodesUnchanged", 1)
			.containsEntry("relationshipsUnchanged", 1);
		assertThat(GraphFingerprint.of(driver)).isEqualTo(after);
	}

	@Test
	void an_import_keeps_the_curated_properties_it_does_not_mention() {
		Set<String> before = GraphFingerprint.of(driver);
		try {
			KnowledgeBaseLoader.ImportReport report = loader.importFiles(
					Map.of("nodes.tsv", "labels\tkey\tname\nDrug\tsecukinumab\tSecukinumab (renamed)\n".getBytes()),
					false, "test");
			assertThat(report.nodesUpdated()).isEqualTo(1);
			try (var session = driver.session()) {
				var drug = session.run("MATCH (d:Drug {key: 'secukinumab'}) RETURN d").single().get("d");
				assertThat(drug.get("name").asString()).isEqualTo("Secukinumab (renamed)");
				assertThat(drug.get("curie").asString()).isEqualTo("DRUGBANK:DB09029");
				assertThat(drug.get("synonyms").asList()).contains("Cosentyx");
			}
		}
		finally {
			loader.importFiles(Map.of("nodes.tsv", "labels\tkey\tname\nDrug\tsecukinumab\tSecukinumab\n".getBytes()),
					false, "test");
			removeWhatTheTestsImported();
		}
		assertThat(GraphFingerprint.of(driver)).isEqualTo(before);
	}

	@Test
	void every_problem_of_a_bad_file_is_listed_and_nothing_is_written() {
		Set<String> before = GraphFingerprint.of(driver);
		String edges = """
				id\tsubject\tpredicate\tobject\trefs\tconfidence
				X001\tbrodalumab\tINHIBITS\til17ra\tGK\thigh
				X002\tsecukinumab\tINDUCES\teczematous_eruption\tGK\thigh
				X003\tsecukinumab\tMEMBER_OF\tth2\tref26\thigh
				X004\tsecukinumab\tINHIBITS\til17a\tref99\tcertain
				""";
		ResponseEntity<Map<String, Object>> response = upload(Map.of("edges.tsv", edges.getBytes()), false, PASSWORD);
		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(response.getBody().get("problems").toString()).contains("line=2, column=subject",
				"unknown key 'brodalumab'", "line=3, column=refs", "GK (general knowledge) is allowed only on taxonomy",
				"line=5, column=confidence");
		assertThat(GraphFingerprint.of(driver)).isEqualTo(before);
		ResponseEntity<Map<String, Object>> unknownFile = upload(Map.of("claims.csv", "a,b".getBytes()), false,
				PASSWORD);
		assertThat(unknownFile.getBody().get("problems").toString()).contains("unknown file");
	}

	@Test
	void ten_thousand_errors_are_counted_but_only_the_first_hundred_listed() {
		StringBuilder edges = new StringBuilder("id\tsubject\tpredicate\tobject\trefs\tconfidence\n");
		for (int i = 0; i < 10_000; i++) {
			edges.append("Y").append(i).append("\tno_such_drug\tINHIBITS\til17a\tref26\thigh\n");
		}
		ResponseEntity<Map<String, Object>> response = upload(Map.of("edges.tsv", edges.toString().getBytes()), false,
				PASSWORD);
		assertThat(response.getBody()).containsEntry("problemCount", 10_000);
		assertThat((List<?>) response.getBody().get("problems")).hasSize(ImportController.SHOWN_PROBLEMS);
	}

	@Test
	void concurrent_imports_of_the_same_file_create_it_once() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<KnowledgeBaseLoader.ImportReport>> imports = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				imports.add(() -> loader.importFiles(example(), false, "concurrent"));
			}
			int written = 0;
			for (Future<KnowledgeBaseLoader.ImportReport> result : pool.invokeAll(imports)) {
				written += result.get().written() ? 1 : 0;
			}
			assertThat(written).isEqualTo(1);
		}
		finally {
			pool.shutdown();
		}
		try (var session = driver.session()) {
			assertThat(session.run("MATCH (:Drug {key: 'brodalumab'})-[r:INHIBITS]->() RETURN count(r) AS c")
				.single()
				.get("c")
				.asLong()).isEqualTo(1);
			assertThat(
					session.run("MATCH (d:Drug {key: 'brodalumab'}) RETURN count(d) AS c").single().get("c").asLong())
				.isEqualTo(1);
		}
	}

	@Test
	void one_file_can_be_sent_as_the_request_body() throws Exception {
		ResponseEntity<Map<String, Object>> response = RestClient.create("http://127.0.0.1:" + port)
			.post()
			.uri("/api/import?file=nodes.tsv&dryRun=true")
			.headers(h -> h.setBasicAuth("curator", PASSWORD))
			.contentType(MediaType.valueOf("text/tab-separated-values"))
			.body(Files.readAllBytes(EXAMPLE.resolve("nodes.tsv")))
			.retrieve()
			.toEntity(new ParameterizedTypeReference<Map<String, Object>>() {
			});
		assertThat(response.getBody()).containsEntry("nodesCreated", 1).containsEntry("dryRun", true);
	}

}
