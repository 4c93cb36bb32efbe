package org.driftgraph.qa;

import java.util.Map;

import org.driftgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks catch what they promise to catch, and the report is served at /actuator/qa.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QualityChecksIT extends IntegrationTest {

	@Autowired
	QualityChecks quality;

	@Autowired
	Driver driver;

	@LocalServerPort
	int port;

	@Test
	void each_broken_invariant_is_reported_with_an_example() {
		try (var session = driver.session()) {
			session.run("""
					CREATE (:Factor {key: 'qa_probe_orphan', name: 'orphan', curie: 'HP:12'})
					CREATE (:DriftEventTally {culprit: 'qa_probe_orphan', reaction: 'eczematous_eruption', events: 3,
					                          first: ['DE04']})
					WITH 1 AS one
					MATCH (d:Drug {key: 'secukinumab'}), (r:AdverseReaction {key: 'eczematous_eruption'})
					CREATE (d)-[:INDUCES {id: 'QA1', refs: ['ref99'], confidence: 'low'}]->(r)
					CREATE (d)-[:INDUCES {id: 'QA2', refs: [], general_knowledge: true, confidence: 'low'}]->(r)
					""").consume();
		}
		try {
			QualityReport report = quality.run();
			assertThat(report.passed()).isFalse();
			Map<String, QualityReport.Check> byName = new java.util.HashMap<>();
			report.checks().forEach(c -> byName.put(c.name(), c));
			assertThat(byName.get("orphan_nodes").examples()).containsExactly("Factor qa_probe_orphan");
			assertThat(byName.get("refs_without_paper_node").examples()).containsExactly("QA1 cites ref99");
			assertThat(byName.get("claims_without_paper").examples())
				.containsExactly("QA2 secukinumab -INDUCES-> eczematous_eruption");
			assertThat(byName.get("general_knowledge_outside_taxonomy").examples())
				.containsExactly("QA2 secukinumab -INDUCES-> eczematous_eruption");
			assertThat(byName.get("curies").examples()).singleElement()
				.asString()
				.startsWith("qa_probe_orphan: 'HP:12'");
			assertThat(byName.get("counts_match_release").violations()).isEqualTo(1);
			assertThat(byName.get("duplicate_keys").passed()).isTrue();
			assertThat(byName.get("drift_event_tallies").examples())
				.containsExactly("qa_probe_orphan -> eczematous_eruption: 0 drift events, tallied 3");
		}
		finally {
			try (var session = driver.session()) {
				session.run("MATCH (n {key: 'qa_probe_orphan'}) DELETE n").consume();
				session.run("MATCH (t:DriftEventTally {culprit: 'qa_probe_orphan'}) DELETE t").consume();
				session.run("MATCH ()-[r:INDUCES]->() WHERE r.id IN ['QA1', 'QA2'] DELETE r").consume();
			}
		}
		assertThat(quality.run().passed()).isTrue();
	}

	@Test
	void the_report_is_served_over_http() {
		Map<?, ?> report = RestClient.create("http://127.0.0.1:" + port)
			.get()
			.uri("/actuator/qa")
			.retrieve()
			.body(Map.class);
		assertThat(report.get("passed")).isEqualTo(true);
		assertThat((java.util.List<?>) report.get("checks")).hasSize(QualityChecks.CHECKS.size());
	}

}
