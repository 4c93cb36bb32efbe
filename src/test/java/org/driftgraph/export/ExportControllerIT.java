package org.driftgraph.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.driftgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/export} end to end: media types, zips, and problem details for every kind
 * of bad parameter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExportControllerIT extends IntegrationTest {

	@LocalServerPort
	int port;

	ResponseEntity<byte[]> get(String uri, Object... variables) {
		return RestClient.builder()
			.baseUrl("http://127.0.0.1:" + port)
			.build()
			.get()
			.uri(uri, variables)
			.retrieve()
			.onStatus(HttpStatusCode::isError, (req, res) -> {
			})
			.toEntity(byte[].class);
	}

	@Test
	void a_single_file_format_comes_as_its_own_media_type_and_file_name() throws Exception {
		ResponseEntity<byte[]> graphml = get("/api/export?format=graphml");
		assertThat(graphml.getStatusCode().value()).isEqualTo(200);
		assertThat(graphml.getHeaders().getContentType()).hasToString("application/graphml+xml");
		assertThat(graphml.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("driftgraph.graphml");
		assertThat(DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(graphml.getBody()))
			.getDocumentElement()
			.getNodeName()).isEqualTo("graphml");
		ResponseEntity<byte[]> cyjs = get("/api/export?format=cyjs&event=DE04");
		assertThat(cyjs.getHeaders().getContentType()).hasToString("application/json");
		assertThat(JsonMapper.shared().readTree(cyjs.getBody()).get("elements").get("nodes").size()).isGreaterThan(1);
	}

	@Test
	void a_format_of_several_files_comes_as_a_zip_of_them() throws IOException {
		ResponseEntity<byte[]> kgx = get("/api/export?format=kgx-tsv&focus=th2&hops=2");
		assertThat(kgx.getHeaders().getContentType()).hasToString("application/zip");
		assertThat(kgx.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("driftgraph-kgx-tsv.zip");
		assertThat(entries(kgx.getBody())).containsExactly("nodes.tsv", "edges.tsv");
		assertThat(entries(get("/api/export?format=curated").getBody()))
			.containsExactlyElementsOf(ExportFormat.CURATED.files());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			value = { "format=nope | 400 | format | Unknown format 'nope'",
					"format=graphml&hops=2 | 400 | hops | needs a 'focus'",
					"format=graphml&focus=th2&hops=4 | 400 | hops | between 1 and 3, was 4",
					"format=graphml&focus=th2&hops=0 | 400 | hops | between 1 and 3, was 0",
					"format=graphml&focus=th2&event=DE04 | 400 | event | at most one",
					"format=cyjs&event=th2 | 400 | event | 'th2' is a CellType; parameter 'event' must be a DriftEvent",
					"format=curated&focus=th2 | 400 | format | whole graph only",
					"format=graphml&focus=secukinumabb | 404 | focus | did you mean secukinumab" })
	void bad_parameters_are_problem_details_naming_the_parameter(String query, int status, String parameter,
			String detail) {
		ResponseEntity<byte[]> response = get("/api/export?" + query);
		assertThat(response.getStatusCode().value()).isEqualTo(status);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
		JsonNode problem = JsonMapper.shared().readTree(response.getBody());
		assertThat(problem.get("parameter").asString()).isEqualTo(parameter);
		assertThat(problem.get("detail").asString()).contains(detail);
	}

	@Test
	void a_missing_format_is_a_problem_detail() {
		ResponseEntity<byte[]> response = get("/api/export");
		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
	}

	private static List<String> entries(byte[] zip) throws IOException {
		List<String> names = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				assertThat(in.readAllBytes()).as(entry.getName()).isNotEmpty();
				names.add(entry.getName());
			}
		}
		return names;
	}

}
