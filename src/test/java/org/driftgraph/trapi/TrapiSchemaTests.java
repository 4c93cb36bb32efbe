package org.driftgraph.trapi;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validator the contract tests rely on: it accepts TRAPI's official examples,
 * resolves the workflow schemas offline, and rejects what the schemas forbid, so a
 * passing contract test means something.
 */
class TrapiSchemaTests {

	final TrapiSchema schema = new TrapiSchema();

	static JsonNode json(String text) {
		return JsonMapper.shared().readTree(text);
	}

	static JsonNode example(String name) throws IOException {
		try (InputStream in = TrapiSchemaTests.class.getResourceAsStream("/trapi/" + name)) {
			return JsonMapper.shared().readTree(in);
		}
	}

	@Test
	void the_official_examples_are_valid_where_they_follow_1_5() throws IOException {
		assertThat(schema.problems(example("metaedge_with_qualifiers.json"), "MetaKnowledgeGraph")).isEmpty();
		JsonNode simple = example("simple.json");
		assertThat(
				schema.problems(json("{\"message\": {\"query_graph\": " + simple.get("query_graph") + "}}"), "Query"))
			.isEmpty();
		// its answer predates 1.5, which requires sources on edges, attributes on nodes
		// and analyses on results
		assertThat(schema.problems(simple, "Message")).contains(
				"/knowledge_graph/edges/x17770: required property 'sources' not found",
				"/knowledge_graph/nodes/MONDO:0005737: required property 'attributes' not found",
				"/results/0: required property 'analyses' not found");
	}

	@Test
	void a_workflow_is_checked_against_the_local_copy_of_the_workflow_schema() {
		String query = """
				{"workflow": [{"id": "%s"}], "message": {"query_graph": {"nodes": {"n0": {"ids": ["CL:0000546"]}, "n1": {}},
				 "edges": {"e0": {"subject": "n0", "object": "n1"}}}}}""";
		assertThat(schema.problems(json(query.formatted("lookup")), "Query")).isEmpty();
		assertThat(schema.problems(json(query.formatted("make_coffee")), "Query")).isNotEmpty();
	}

	@Test
	void what_the_schemas_forbid_is_reported() {
		assertThat(schema.problems(json("{\"status\": \"Success\"}"), "Response"))
			.anySatisfy(p -> assertThat(p).contains("message"));
		assertThat(schema.problems(json("""
				{"message": {"query_graph": {"nodes": {"n0": {"ids": []}}, "edges": {}}}}"""), "Query"))
			.anySatisfy(p -> assertThat(p).contains("ids"));
		assertThat(schema.problems(json("""
				{"nodes": {"biolink:Drug": {}}, "edges": []}"""), "MetaKnowledgeGraph"))
			.anySatisfy(p -> assertThat(p).contains("id_prefixes"));
		assertThat(schema.problems(json("""
				{"message": {}, "logs": [{"timestamp": "yesterday", "message": "m"}]}"""), "Response"))
			.anySatisfy(p -> assertThat(p).contains("timestamp"));
	}

}
