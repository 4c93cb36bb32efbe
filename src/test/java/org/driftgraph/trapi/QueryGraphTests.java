package org.driftgraph.trapi;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What a query graph must be beyond what the TRAPI schema says, before anything is read
 * from the graph.
 */
class QueryGraphTests {

	@Test
	void the_query_graph_is_checked_beyond_the_schema() {
		TrapiLog log = new TrapiLog();
		QueryGraph graph = read("""
				{"nodes": {"n0": {"ids": ["PMID:31997406", "doi:10.1111/jdv.16246", "driftgraph:th2", "CL:0000546"]},
				           "n1": {"categories": ["biolink:Cell"], "unknown_field": 1}},
				 "edges": {"e0": {"subject": "n0", "object": "n1", "knowledge_type": "lookup"}}}""", log);
		assertThat(graph.nodes().get("n0").ids()).hasSize(4);
		assertThat(graph.edges().get("e0").inferred()).isFalse();
		assertThat(log.entries(TrapiLog.Level.WARNING)).singleElement()
			.satisfies(e -> assertThat(e.message()).contains("unknown_field"));

		assertRefused(
				"""
						{"nodes": {"n0": {"ids": ["CL:0000546"]}, "n1": {}}, "edges": {"e0": {"subject": "n0", "object": "n2"}}}""",
				HttpStatus.BAD_REQUEST, "InvalidQueryGraph");
		assertRefused("""
				{"nodes": {"n0": {"ids": ["CL:0000546"]}, "n1": {}, "n2": {}, "n3": {}},
				 "edges": {"e0": {"subject": "n0", "object": "n1"}, "e1": {"subject": "n2", "object": "n3"}}}""",
				HttpStatus.BAD_REQUEST, "QueryNotTraversable");
		assertRefused(
				"""
						{"nodes": {"n0": {"ids": ["CL:0000546", "CL:0000545", "CL:0000899", "CL:0001042", "CL:0000815"]}, "n1": {}},
						 "edges": {"e0": {"subject": "n0", "object": "n1"}}}""",
				HttpStatus.PAYLOAD_TOO_LARGE, "BatchSizeExceeded");
		assertRefused("""
				{"nodes": {"n0": {"ids": ["CL:0000546"], "set_interpretation": "ALL"}, "n1": {}},
				 "edges": {"e0": {"subject": "n0", "object": "n1"}}}""", HttpStatus.BAD_REQUEST,
				"UnsupportedSetInterpretation");
		assertRefused(
				"""
						{"nodes": {"n0": {"ids": ["PMID:abc"]}, "n1": {}}, "edges": {"e0": {"subject": "n0", "object": "n1"}}}""",
				HttpStatus.BAD_REQUEST, "InvalidCurie");
		assertRefused("""
				{"nodes": {"n0": {"ids": ["CL:0000546"]}, "n1": {}}, "edges": {"e0": {"subject": "n0", "object": "n1",
				 "qualifier_constraints": [{"qualifier_set": [
				   {"qualifier_type_id": "biolink:object_direction_qualifier", "qualifier_value": "increased"},
				   {"qualifier_type_id": "biolink:object_direction_qualifier", "qualifier_value": "decreased"}]}]}}}""",
				HttpStatus.BAD_REQUEST, "InvalidQueryGraph");
	}

	static QueryGraph read(String json, TrapiLog log) {
		return QueryGraph.read(TrapiSchemaTests.json(json), 4, MatchingTests.BIOLINK, log);
	}

	static void assertRefused(String json, HttpStatus status, String code) {
		assertThatExceptionOfType(TrapiException.class).isThrownBy(() -> read(json, new TrapiLog())).satisfies(ex -> {
			assertThat(ex.httpStatus()).isEqualTo(status);
			assertThat(ex.code()).isEqualTo(code);
		});
	}

}
