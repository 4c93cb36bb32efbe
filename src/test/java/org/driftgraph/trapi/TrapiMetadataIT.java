package org.driftgraph.trapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.driftgraph.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What DriftGraph says about itself over TRAPI: the meta knowledge graph (checked against
 * the schema, and held to listing only what a query returns), the test edges of
 * {@code sri_testing_data}, and {@code openapi.json}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrapiMetadataIT extends IntegrationTest {

	static final BiolinkHierarchy BIOLINK = BiolinkHierarchy.load();

	@LocalServerPort
	int port;

	TrapiContract trapi;

	@BeforeEach
	void client() {
		trapi = new TrapiContract(port);
	}

	static JsonNode metaEdge(JsonNode metaKnowledgeGraph, String subject, String predicate, String object) {
		for (JsonNode edge : metaKnowledgeGraph.get("edges")) {
			if (edge.get("subject").asString().equals(subject) && edge.get("predicate").asString().equals(predicate)
					&& edge.get("object").asString().equals(object)) {
				return edge;
			}
		}
		return null;
	}

	@Test
	void the_meta_knowledge_graph_states_the_graph_in_biolink() {
		JsonNode mkg = trapi.metaKnowledgeGraph();

		assertThat(TrapiQueryIT.strings(mkg.get("nodes").get("biolink:Drug").get("id_prefixes")))
			.containsExactly("DRUGBANK");
		assertThat(TrapiQueryIT.strings(mkg.get("nodes").get("biolink:Cell").get("id_prefixes"))).containsExactly("CL");
		assertThat(TrapiQueryIT.strings(mkg.get("nodes").get("biolink:Publication").get("id_prefixes")))
			.containsExactly("PMID", "doi", "driftgraph");
		// INDUCES: looked up, and inferred by the pathway engine
		assertThat(TrapiQueryIT.strings(
				metaEdge(mkg, "biolink:Drug", "biolink:causes", "biolink:PhenotypicFeature").get("knowledge_types")))
			.containsExactly("inferred", "lookup");
		// DRIVEN_BY (contribution_from) also answers its inverse, contributes_to
		assertThat(metaEdge(mkg, "biolink:PhenotypicFeature", "biolink:contribution_from", "biolink:Cell")).isNotNull();
		assertThat(TrapiQueryIT
			.strings(metaEdge(mkg, "biolink:Cell", "biolink:contributes_to", "biolink:PhenotypicFeature")
				.get("knowledge_types")))
			.containsExactly("lookup");
		// the qualifiers of the drugs' signed effects on proteins, with the values the
		// graph has
		JsonNode affects = metaEdge(mkg, "biolink:ChemicalEntity", "biolink:affects", "biolink:Protein");
		List<String> qualifiers = new ArrayList<>();
		affects.get("qualifiers")
			.forEach(q -> qualifiers
				.add(q.get("qualifier_type_id").asString() + "=" + TrapiQueryIT.strings(q.get("applicable_values"))));
		assertThat(qualifiers).containsExactlyInAnyOrder("biolink:qualified_predicate=[biolink:causes]",
				"biolink:object_aspect_qualifier=[activity, expression]",
				"biolink:object_direction_qualifier=[decreased, increased]",
				"biolink:causal_mechanism_qualifier=[inhibition]");
		// nothing the metagraph allows but the graph lacks: no drug treats a reaction
		// directly
		assertThat(metaEdge(mkg, "biolink:Drug", "biolink:treats", "biolink:PhenotypicFeature")).isNull();
	}

	@Test
	void every_lookup_meta_edge_has_a_test_edge_that_a_query_returns() {
		JsonNode mkg = trapi.metaKnowledgeGraph();
		JsonNode data = trapi.get("/sri_testing_data");
		assertThat(data.get("infores").asString()).isEqualTo("infores:driftgraph");
		Set<String> lookups = new HashSet<>();
		mkg.get("edges").forEach(e -> {
			if (TrapiQueryIT.strings(e.get("knowledge_types")).contains("lookup")) {
				lookups.add(e.get("subject").asString() + " " + e.get("predicate").asString() + " "
						+ e.get("object").asString());
			}
		});
		Set<String> tested = new HashSet<>();
		for (JsonNode test : data.get("edges")) {
			String subject = test.get("subject_category").asString();
			String predicate = test.get("predicate").asString();
			String object = test.get("object_category").asString();
			tested.add(subject + " " + predicate + " " + object);
			String constraints = test.has("qualifiers")
					? ", \"qualifier_constraints\": [{\"qualifier_set\": " + test.get("qualifiers") + "}]" : "";
			TrapiContract.Answer answer = trapi.query(TrapiQueryIT.oneHop(
					"{\"ids\": [\"" + test.get("subject_id").asString() + "\"], \"categories\": [\"" + subject + "\"]}",
					"{\"categories\": [\"" + object + "\"]}", "\"predicates\": [\"" + predicate + "\"]" + constraints));
			assertThat(TrapiQueryIT.bound(answer, "n1")).as(test.toString()).contains(test.get("object_id").asString());
			// only edges of that predicate (or a descendant), or qualified by it (TRAPI's
			// "causes" example)
			answer.message().get("knowledge_graph").get("edges").forEach(e -> {
				List<String> stated = new ArrayList<>(List.of(e.get("predicate").asString()));
				e.get("qualifiers").forEach(q -> stated.add(q.get("qualifier_value").asString()));
				assertThat(stated).as(test.toString()).anyMatch(p -> BIOLINK.isA(p, predicate));
			});
		}
		assertThat(tested).isEqualTo(lookups);
	}

	@Test
	void openapi_json_describes_driftgraph_as_a_trapi_1_5_knowledge_provider() {
		JsonNode openApi = trapi.get("/openapi.json");

		JsonNode translator = openApi.get("info").get("x-translator");
		assertThat(translator.get("component").asString()).isEqualTo("KP");
		assertThat(translator.get("infores").asString()).isEqualTo("infores:driftgraph");
		assertThat(translator.get("biolink-version").asString()).isEqualTo("4.4.4");
		JsonNode x = openApi.get("info").get("x-trapi");
		assertThat(x.get("version").asString()).isEqualTo("1.5.0");
		assertThat(TrapiQueryIT.strings(x.get("operations"))).containsExactly("lookup");
		assertThat(x.get("batch_size_limit").asInt()).isEqualTo(100);
		assertThat(x.get("asyncquery").asBoolean()).isFalse();
		assertThat(x.get("multicuriequery").asBoolean()).isFalse();
		assertThat(x.get("pathfinderquery").asBoolean()).isFalse();
		assertThat(x.has("rate_limit")).isFalse();
		assertThat(x.get("test_data_location").asString())
			.isEqualTo("http://127.0.0.1:" + port + "/trapi/1.5/sri_testing_data");
		assertThat(openApi.get("servers")).singleElement().satisfies(server -> {
			assertThat(server.get("url").asString()).isEqualTo("http://127.0.0.1:" + port + "/trapi/1.5");
			assertThat(server.get("x-maturity").asString()).isEqualTo("development");
		});
		assertThat(openApi.get("components").get("schemas").has("Response")).isTrue();
		assertThat(openApi.toString()).doesNotContain("INSERT-", "REPLACE-WITH", "ADD-BATCH");
	}

}
