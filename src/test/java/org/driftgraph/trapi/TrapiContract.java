package org.driftgraph.trapi;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The TRAPI tests' HTTP client, which is also their contract test: every request it sends
 * is checked against the {@code Query} schema of TRAPI 1.5.0 (unless a test sends a
 * broken one on purpose), every query's answer, refusals included, against
 * {@code Response}, and the meta knowledge graph against {@code MetaKnowledgeGraph}.
 */
final class TrapiContract {

	private static final TrapiSchema SCHEMA = new TrapiSchema();

	private final RestClient http;

	TrapiContract(int port) {
		this.http = RestClient.builder().baseUrl("http://127.0.0.1:" + port + "/trapi/1.5").build();
	}

	/** An answer: the HTTP status and the body. */
	record Answer(int status, JsonNode body) {

		JsonNode message() {
			return body.get("message");
		}

		JsonNode results() {
			return message().get("results");
		}

		JsonNode edge(String id) {
			return message().get("knowledge_graph").get("edges").get(id);
		}

	}

	/** Posts a schema-valid query. */
	Answer query(String query) {
		assertThat(SCHEMA.problems(JsonMapper.shared().readTree(query), "Query")).as("the request is a TRAPI Query")
			.isEmpty();
		return post(query);
	}

	/** Posts any body, valid or not. */
	Answer post(String body) {
		ResponseEntity<String> response = http.post()
			.uri("/query")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.onStatus(HttpStatusCode::isError, (req, res) -> {
			})
			.toEntity(String.class);
		JsonNode json = JsonMapper.shared().readTree(response.getBody());
		assertThat(SCHEMA.problems(json, "Response")).as("the answer is a TRAPI Response: " + json).isEmpty();
		return new Answer(response.getStatusCode().value(), json);
	}

	JsonNode metaKnowledgeGraph() {
		JsonNode json = get("/meta_knowledge_graph");
		assertThat(SCHEMA.problems(json, "MetaKnowledgeGraph")).as("a TRAPI MetaKnowledgeGraph").isEmpty();
		return json;
	}

	JsonNode get(String path) {
		return JsonMapper.shared().readTree(http.get().uri(path).retrieve().body(String.class));
	}

}
