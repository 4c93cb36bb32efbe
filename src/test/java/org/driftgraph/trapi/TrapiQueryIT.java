package org.driftgraph.trapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.driftgraph.support.GraphFingerprint;
import org.driftgraph.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /trapi/1.5/query} end to end on the curated graph, every request and answer
 * checked against the TRAPI 1.5.0 schemas ({@link TrapiContract}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrapiQueryIT extends IntegrationTest {

	static final String SECUKINUMAB = "DRUGBANK:DB09029", IXEKIZUMAB = "DRUGBANK:DB11569",
			DUPILUMAB = "DRUGBANK:DB12159";

	static final String ECZEMATOUS_ERUPTION = "driftgraph:eczematous_eruption";

	static final String TH2 = "CL:0000546", TH22 = "CL:0001042";

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	TrapiContract trapi;

	@BeforeEach
	void client() {
		trapi = new TrapiContract(port);
	}

	/**
	 * A one-edge query: subject and object as JSON query nodes, the edge's further fields
	 * as JSON members.
	 */
	static String oneHop(String subject, String object, String edge) {
		return """
				{"message": {"query_graph": {"nodes": {"n0": %s, "n1": %s},
				 "edges": {"e0": {"subject": "n0", "object": "n1"%s}}}}}""".formatted(subject, object,
				edge.isEmpty() ? "" : ", " + edge);
	}

	static List<String> bound(TrapiContract.Answer answer, String qnode) {
		List<String> ids = new ArrayList<>();
		answer.results().forEach(r -> r.get("node_bindings").get(qnode).forEach(b -> ids.add(b.get("id").asString())));
		return ids;
	}

	static List<String> edgeIds(JsonNode result, String qedge) {
		List<String> ids = new ArrayList<>();
		result.get("analyses").get(0).get("edge_bindings").get(qedge).forEach(b -> ids.add(b.get("id").asString()));
		return ids;
	}

	static JsonNode attribute(JsonNode edge, String type) {
		for (JsonNode a : edge.get("attributes")) {
			if (a.get("attribute_type_id").asString().equals(type)) {
				return a.get("value");
			}
		}
		return null;
	}

	static List<JsonNode> attributes(JsonNode edge, String type) {
		List<JsonNode> found = new ArrayList<>();
		edge.get("attributes").forEach(a -> {
			if (a.get("attribute_type_id").asString().equals(type)) {
				found.add(a);
			}
		});
		return found;
	}

	static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(v -> values.add(v.asString()));
		return values;
	}

	@Test
	void drugs_causing_the_paradoxical_eczematous_eruption() {
		TrapiContract.Answer answer = trapi.query(oneHop("{\"categories\": [\"biolink:Drug\"]}",
				"{\"ids\": [\"" + ECZEMATOUS_ERUPTION + "\"]}", "\"predicates\": [\"biolink:causes\"]"));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body().get("status").asString()).isEqualTo("Success");
		assertThat(answer.body().get("schema_version").asString()).isEqualTo("1.5.0");
		assertThat(answer.body().get("biolink_version").asString()).isEqualTo("4.4.4");
		// the drugs (not their classes) with an INDUCES claim on the reaction, best
		// evidence first
		assertThat(bound(answer, "n0")).containsExactlyInAnyOrder(SECUKINUMAB, IXEKIZUMAB, "DRUGBANK:DB05679",
				"DRUGBANK:DB00051", "DRUGBANK:DB00065", "DRUGBANK:DB00005", "DRUGBANK:DB11834", "DRUGBANK:DB12828");
		assertThat(bound(answer, "n0").get(0)).isEqualTo(SECUKINUMAB);
		assertThat(bound(answer, "n1")).containsOnly(ECZEMATOUS_ERUPTION);
		List<Double> scores = new ArrayList<>();
		answer.results().forEach(r -> scores.add(r.get("analyses").get(0).get("score").asDouble()));
		assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		// secukinumab has two claims on it (R125, R126): one result binding both edges
		JsonNode secukinumab = answer.results().get(0);
		assertThat(edgeIds(secukinumab, "e0")).containsExactlyInAnyOrder(
				"driftgraph:R125:secukinumab-INDUCES-eczematous_eruption",
				"driftgraph:R126:secukinumab-INDUCES-eczematous_eruption");
		JsonNode edge = answer.edge("driftgraph:R125:secukinumab-INDUCES-eczematous_eruption");
		assertThat(edge.get("subject").asString()).isEqualTo(SECUKINUMAB);
		assertThat(edge.get("predicate").asString()).isEqualTo("biolink:causes");
		assertThat(edge.get("object").asString()).isEqualTo(ECZEMATOUS_ERUPTION);
		assertThat(edge.get("sources")).hasSize(1);
		assertThat(edge.get("sources").get(0).get("resource_id").asString()).isEqualTo("infores:driftgraph");
		assertThat(edge.get("sources").get(0).get("resource_role").asString()).isEqualTo("primary_knowledge_source");
		assertThat(attribute(edge, "biolink:knowledge_level").asString()).isEqualTo("observation");
		assertThat(attribute(edge, "biolink:agent_type").asString()).isEqualTo("manual_agent");
		assertThat(attribute(edge, "driftgraph:claim_id").asString()).isEqualTo("R125");
		assertThat(attribute(edge, "biolink:has_confidence_level").asString()).isEqualTo("high");
		assertThat(attribute(edge, "driftgraph:contested").asBoolean()).isFalse();
		// papers with a PMID or DOI as CURIEs; ref18, which has neither, as a reference
		// in a second attribute
		List<JsonNode> publications = attributes(edge, "biolink:publications");
		assertThat(publications).hasSize(2);
		assertThat(publications.get(0).get("value_type_id").asString()).isEqualTo("linkml:Uriorcurie");
		assertThat(strings(publications.get(0).get("value"))).hasSize(8)
			.allMatch(p -> p.matches("PMID:\\d+|doi:10\\..+"));
		assertThat(publications.get(1).get("value_type_id").asString()).isEqualTo("linkml:String");
		assertThat(strings(publications.get(1).get("value"))).singleElement()
			.asString()
			.startsWith("Yang X (2022) Literature analysis of adverse drug reactions induced by IL-17A inhibitors");
		// bimekizumab's claim is low confidence and contested
		JsonNode bimekizumab = answer.edge("driftgraph:R131:bimekizumab-INDUCES-eczematous_eruption");
		assertThat(attribute(bimekizumab, "driftgraph:contested").asBoolean()).isTrue();
		assertThat(attribute(bimekizumab, "biolink:has_confidence_level").asString()).isEqualTo("low");
		JsonNode node = answer.message().get("knowledge_graph").get("nodes").get(SECUKINUMAB);
		assertThat(node.get("name").asString()).isEqualTo("Secukinumab");
		assertThat(strings(node.get("categories"))).containsExactly("biolink:Drug");
		assertThat(strings(
				answer.message().get("knowledge_graph").get("nodes").get(ECZEMATOUS_ERUPTION).get("categories")))
			.containsExactly("biolink:PhenotypicFeature");
		assertThat(answer.body().get("logs")).isNotEmpty()
			.allSatisfy(l -> assertThat(l.get("timestamp").asString()).endsWith("Z"));
	}

	@Test
	void a_batch_of_three_drugs_is_answered_id_by_id() {
		TrapiContract.Answer answer = trapi
			.query(oneHop("{\"ids\": [\"" + SECUKINUMAB + "\", \"" + IXEKIZUMAB + "\", \"" + DUPILUMAB + "\"]}",
					"{\"ids\": [\"" + ECZEMATOUS_ERUPTION + "\"]}", "\"predicates\": [\"biolink:causes\"]"));

		// dupilumab induces psoriasiform eruptions, not this one
		assertThat(bound(answer, "n0")).containsExactly(SECUKINUMAB, IXEKIZUMAB);
		assertThat(answer.message().get("knowledge_graph").get("edges").properties()).hasSize(3);
	}

	@Test
	void a_node_pinned_by_another_id_than_its_own_is_bound_with_the_query_id() {
		TrapiContract.Answer answer = trapi.query(oneHop("{\"ids\": [\"driftgraph:secukinumab\"]}",
				"{\"ids\": [\"" + ECZEMATOUS_ERUPTION + "\"]}", "\"predicates\": [\"biolink:causes\"]"));

		JsonNode binding = answer.results().get(0).get("node_bindings").get("n0").get(0);
		assertThat(binding.get("id").asString()).isEqualTo(SECUKINUMAB);
		assertThat(binding.get("query_id").asString()).isEqualTo("driftgraph:secukinumab");
	}

	@Test
	void an_object_direction_constraint_keeps_only_the_il17_inhibitor_edges_that_satisfy_it() {
		String increased = qualified("biolink:Cell", "increased");
		TrapiContract.Answer shifts = trapi.query(increased);
		assertThat(bound(shifts, "n1")).containsExactlyInAnyOrder(TH2, TH22);
		shifts.message().get("knowledge_graph").get("edges").forEach(edge -> {
			assertThat(edge.get("predicate").asString()).isEqualTo("biolink:affects");
			assertThat(edge.get("qualifiers")).anySatisfy(q -> {
				assertThat(q.get("qualifier_type_id").asString()).isEqualTo("biolink:object_direction_qualifier");
				assertThat(q.get("qualifier_value").asString()).isEqualTo("increased");
			});
		});

		// the class shifts no cell type downwards
		TrapiContract.Answer none = trapi.query(qualified("biolink:Cell", "decreased"));
		assertThat(none.status()).isEqualTo(200);
		assertThat(none.results()).isEmpty();
		assertThat(none.message().get("knowledge_graph").get("edges").properties()).isEmpty();

		// among proteins, it inhibits IL-17A (decreased activity) and upregulates IL-17C
		// (increased expression)
		assertThat(bound(trapi.query(qualified("biolink:Protein", "decreased")), "n1"))
			.containsExactly("UniProtKB:Q16552");
		assertThat(bound(trapi.query(qualified("biolink:Protein", "increased")), "n1"))
			.containsExactly("UniProtKB:Q9P0M4");
	}

	static String qualified(String category, String direction) {
		return oneHop("{\"ids\": [\"driftgraph:class_il17i\"]}", "{\"categories\": [\"" + category + "\"]}", """
				"predicates": ["biolink:affects"], "qualifier_constraints": [{"qualifier_set": [
				  {"qualifier_type_id": "biolink:object_direction_qualifier", "qualifier_value": "%s"}]}]"""
			.formatted(direction));
	}

	@Test
	void a_qualifier_no_edge_carries_gives_an_empty_answer_with_a_warning() {
		TrapiContract.Answer answer = trapi
			.query(oneHop("{\"ids\": [\"driftgraph:class_il17i\"]}", "{\"categories\": [\"biolink:Cell\"]}", """
					"predicates": ["biolink:affects"], "qualifier_constraints": [{"qualifier_set": [
					  {"qualifier_type_id": "biolink:subject_aspect_qualifier", "qualifier_value": "abundance"}]}]"""));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.results()).isEmpty();
		assertThat(answer.body().get("logs")).anySatisfy(l -> {
			assertThat(l.get("level").asString()).isEqualTo("WARNING");
			assertThat(l.get("code").asString()).isEqualTo("UnsupportedQualifier");
			assertThat(l.get("message").asString()).contains("biolink:subject_aspect_qualifier");
		});
	}

	@Test
	void the_requested_predicate_is_honoured_with_its_descendants_and_inverses() {
		TrapiContract.Answer treats = trapi
			.query(oneHop("{\"ids\": [\"" + SECUKINUMAB + "\"]}", "{}", "\"predicates\": [\"biolink:treats\"]"));
		assertThat(treats.results()).isNotEmpty();
		treats.message().get("knowledge_graph").get("edges").forEach(e -> {
			assertThat(e.get("predicate").asString()).isEqualTo("biolink:treats");
			assertThat(attribute(e, "biolink:original_predicate").asString()).isEqualTo("driftgraph:TREATS");
		});
		assertThat(bound(treats, "n1")).contains("MONDO:0005083");

		// caused_by is the inverse of causes: the reaction is caused by the drugs that
		// induce it
		TrapiContract.Answer causedBy = trapi.query(oneHop("{\"ids\": [\"" + ECZEMATOUS_ERUPTION + "\"]}",
				"{\"categories\": [\"biolink:Drug\"]}", "\"predicates\": [\"biolink:caused_by\"]"));
		assertThat(bound(causedBy, "n1")).contains(SECUKINUMAB, IXEKIZUMAB).doesNotContain(DUPILUMAB);
		causedBy.message().get("knowledge_graph").get("edges").forEach(e -> {
			assertThat(e.get("predicate").asString()).isEqualTo("biolink:caused_by");
			assertThat(e.get("subject").asString()).isEqualTo(ECZEMATOUS_ERUPTION);
		});

		// contributes_to has causes below it
		TrapiContract.Answer contributes = trapi.query(oneHop("{\"categories\": [\"biolink:Drug\"]}",
				"{\"ids\": [\"" + ECZEMATOUS_ERUPTION + "\"]}", "\"predicates\": [\"biolink:contributes_to\"]"));
		assertThat(bound(contributes, "n0")).hasSize(8);
	}

	@Test
	void two_hops_from_a_drug_through_a_cell_type_to_the_reaction() {
		TrapiContract.Answer answer = trapi
			.query("""
					{"message": {"query_graph": {
					  "nodes": {"drug": {"ids": ["%s"]}, "cell": {"categories": ["biolink:Cell"]}, "reaction": {"ids": ["%s"]}},
					  "edges": {"shifts": {"subject": "drug", "object": "cell", "predicates": ["biolink:affects"]},
					            "drives": {"subject": "cell", "object": "reaction", "predicates": ["biolink:contributes_to"]}}}}}"""
				.formatted(SECUKINUMAB, ECZEMATOUS_ERUPTION));

		// secukinumab shifts toward Th2 and Th22 (R102, R103), which drive the eruption
		// (R184, R185)
		assertThat(bound(answer, "cell")).containsExactlyInAnyOrder(TH2, TH22);
		JsonNode th2 = answer.results().get(0);
		assertThat(th2.get("node_bindings").get("cell").get(0).get("id").asString()).isEqualTo(TH2);
		assertThat(edgeIds(th2, "shifts")).containsExactly("driftgraph:R102:secukinumab-SHIFTS_TOWARD-th2");
		assertThat(edgeIds(th2, "drives")).containsExactly("driftgraph:R184:eczematous_eruption-DRIVEN_BY-th2:inverse");
		JsonNode drives = answer.edge("driftgraph:R184:eczematous_eruption-DRIVEN_BY-th2:inverse");
		assertThat(drives.get("subject").asString()).isEqualTo(TH2);
		assertThat(drives.get("predicate").asString()).isEqualTo("biolink:contributes_to");
		assertThat(drives.get("object").asString()).isEqualTo(ECZEMATOUS_ERUPTION);
		assertThat(attribute(drives, "biolink:original_predicate").asString()).isEqualTo("driftgraph:DRIVEN_BY");
	}

	@Test
	void an_inferred_edge_is_supported_by_the_mechanisms_of_the_pathway_engine() {
		TrapiContract.Answer answer = trapi
			.query(oneHop("{\"ids\": [\"" + SECUKINUMAB + "\"]}", "{\"ids\": [\"" + ECZEMATOUS_ERUPTION + "\"]}",
					"\"predicates\": [\"biolink:causes\"], \"knowledge_type\": \"inferred\""));

		assertThat(answer.results()).hasSize(1);
		List<String> bound = edgeIds(answer.results().get(0), "e0");
		assertThat(bound).containsExactly("driftgraph:inferred:secukinumab-causes-eczematous_eruption");
		JsonNode inferred = answer.edge(bound.get(0));
		assertThat(inferred.get("subject").asString()).isEqualTo(SECUKINUMAB);
		assertThat(inferred.get("predicate").asString()).isEqualTo("biolink:causes");
		assertThat(inferred.get("object").asString()).isEqualTo(ECZEMATOUS_ERUPTION);
		assertThat(attribute(inferred, "biolink:knowledge_level").asString()).isEqualTo("prediction");
		assertThat(inferred.get("sources")).hasSize(1);
		List<String> supportGraphs = strings(attribute(inferred, "biolink:support_graphs"));
		assertThat(supportGraphs).isNotEmpty();
		JsonNode auxiliary = answer.message().get("auxiliary_graphs");
		List<List<String>> mechanisms = new ArrayList<>();
		for (String id : supportGraphs) {
			List<String> hops = strings(auxiliary.get(id).get("edges"));
			mechanisms.add(hops);
			for (String hop : hops) {
				JsonNode edge = answer.edge(hop);
				assertThat(edge).as(hop).isNotNull();
				// the observation itself (INDUCES) is never a mechanism's hop
				assertThat(attribute(edge, "biolink:original_predicate").asString()).isNotEqualTo("driftgraph:INDUCES");
				assertThat(attribute(edge, "biolink:knowledge_level").asString()).isNotEqualTo("prediction");
				assertThat(edge.get("sources")).hasSize(1);
				assertThat(attribute(edge, "driftgraph:claim_id")).as(hop).isNotNull();
			}
		}
		// the best mechanism: secukinumab shifts toward Th2 (R102, its own claim and the
		// IL-17 inhibitors' it inherits),
		// which drives the eruption (R184)
		assertThat(mechanisms.get(0)).containsExactly("driftgraph:R102:secukinumab-SHIFTS_TOWARD-th2",
				"driftgraph:R102:class_il17i-SHIFTS_TOWARD-th2", "driftgraph:R184:eczematous_eruption-DRIVEN_BY-th2");
		assertThat(auxiliary.get(supportGraphs.get(0)).get("attributes").get(0).get("value").asString())
			.contains("Th2");
		assertThat(strings(attribute(answer.edge(mechanisms.get(0).get(0)), "biolink:publications"))).isNotEmpty();
		assertThat(answer.results().get(0).get("analyses").get(0).get("score").asDouble()).isPositive();
	}

	@Test
	void an_inferred_query_for_another_predicate_is_not_answered_by_mechanisms() {
		TrapiContract.Answer answer = trapi
			.query(oneHop("{\"ids\": [\"" + SECUKINUMAB + "\"]}", "{\"ids\": [\"" + ECZEMATOUS_ERUPTION + "\"]}",
					"\"predicates\": [\"biolink:treats\"], \"knowledge_type\": \"inferred\""));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.results()).isEmpty();
	}

	@Test
	void refused_queries_answer_400_or_413_with_a_trapi_response_and_leave_the_graph_unchanged() {
		Set<String> before = GraphFingerprint.of(driver);

		assertRefused(trapi.post("this is not JSON"), 400, "InvalidQuery", "not JSON");
		assertRefused(trapi.post(
				"{\"message\": {\"query_graph\": {\"nodes\": {\"n0\": {}}, \"edges\": {\"e0\": {\"object\": \"n0\"}}}}}"),
				400, "InvalidQuery", "required property 'subject' not found");
		assertRefused(
				trapi.post("{\"message\": {\"query_graph\": {\"nodes\": {\"n0\": {\"ids\": []}}, \"edges\": {}}}}"),
				400, "InvalidQuery", "ids");
		assertRefused(trapi.query(oneHop("{\"ids\": [\"NCBIGene:3605\"]}", "{}", "")), 400, "UnsupportedPrefix",
				"NCBIGene:3605");
		assertRefused(trapi.query(oneHop("{\"ids\": [\"DRUGBANK:12\"]}", "{}", "")), 400, "InvalidCurie",
				"DRUGBANK:12");
		String tooMany = IntStream.rangeClosed(1, 101)
			.mapToObj(i -> "\"PMID:" + i + "\"")
			.reduce((a, b) -> a + ", " + b)
			.orElseThrow();
		assertRefused(trapi.query(oneHop("{\"ids\": [" + tooMany + "]}", "{}", "")), 413, "BatchSizeExceeded",
				"101 ids; the batch size limit is 100");
		assertRefused(trapi.query(oneHop("{\"categories\": [\"biolink:Drug\"]}", "{}", "")), 400, "QueryNotTraversable",
				"pin at least one node");
		assertRefused(
				trapi.query(oneHop("{\"ids\": [\"" + SECUKINUMAB + "\"]}",
						"{\"categories\": [\"biolink:PhenotypicFeature\"]}", "\"knowledge_type\": \"inferred\"")),
				400, "QueryNotTraversable", "both have ids");
		assertRefused(
				trapi.query(oneHop("{\"ids\": [\"" + SECUKINUMAB
						+ "\"], \"constraints\": [{\"id\": \"biolink:highest_FDA_approval_status\", "
						+ "\"name\": \"approved\", \"operator\": \"==\", \"value\": \"yes\"}]}", "{}", "")),
				400, "UnsupportedConstraint", "approved");
		assertRefused(
				trapi.query(oneHop("{\"ids\": [\"" + SECUKINUMAB + "\"]}", "{}", "\"knowledge_type\": \"creative\"")),
				400, "InvalidQueryGraph", "creative");
		assertRefused(
				trapi.query("{\"workflow\": [{\"id\": \"score\"}], "
						+ oneHop("{\"ids\": [\"" + SECUKINUMAB + "\"]}", "{}", "").substring(1)),
				400, "UnsupportedOperation", "score");
		String fourEdges = """
				{"message": {"query_graph": {"nodes": {"a": {"ids": ["%s"]}, "b": {}, "c": {}, "d": {}, "e": {}},
				 "edges": {"ab": {"subject": "a", "object": "b"}, "bc": {"subject": "b", "object": "c"},
				           "cd": {"subject": "c", "object": "d"}, "de": {"subject": "d", "object": "e"}}}}}"""
			.formatted(SECUKINUMAB);
		assertRefused(trapi.query(fourEdges), 400, "QueryNotTraversable", "4 edges");

		assertThat(GraphFingerprint.of(driver)).isEqualTo(before);
	}

	static void assertRefused(TrapiContract.Answer answer, int status, String code, String detail) {
		assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
		assertThat(answer.body().get("status").asString()).isEqualTo(code);
		assertThat(answer.body().get("description").asString()).contains(detail);
		JsonNode logs = answer.body().get("logs");
		JsonNode last = logs.get(logs.size() - 1);
		assertThat(last.get("level").asString()).isEqualTo("ERROR");
		assertThat(last.get("code").asString()).isEqualTo(code);
		assertThat(answer.body().get("schema_version").asString()).isEqualTo("1.5.0");
	}

	@Test
	void log_level_chooses_which_entries_are_returned() {
		String query = oneHop("{\"ids\": [\"" + SECUKINUMAB + "\"], \"is_set\": false}", "{}",
				"\"predicates\": [\"biolink:treats\"]");
		TrapiContract.Answer info = trapi.query(query);
		assertThat(info.body().get("logs")).anySatisfy(l -> assertThat(l.get("level").asString()).isEqualTo("INFO"));
		TrapiContract.Answer warnings = trapi.query("{\"log_level\": \"WARNING\", " + query.substring(1));
		assertThat(warnings.body().get("logs")).isNotEmpty().allSatisfy(l -> {
			assertThat(l.get("level").asString()).isEqualTo("WARNING");
			assertThat(l.get("message").asString()).contains("is_set");
		});
	}

}
