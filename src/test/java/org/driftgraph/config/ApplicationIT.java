package org.driftgraph.config;

import java.util.List;
import java.util.Map;

import org.driftgraph.support.IntegrationTest;
import org.driftgraph.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplicationIT extends IntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	RestClient http() {
		return RestClient.create("http://127.0.0.1:" + port);
	}

	@Test
	void health_is_up_with_neo4j() {
		Map<?, ?> health = http().get().uri("/actuator/health").retrieve().body(Map.class);
		assertThat(health.get("status")).isEqualTo("UP");
		assertThat(((Map<?, ?>) health.get("components")).get("neo4j")).asString().contains("UP");
	}

	@Test
	void info_names_version_mode_and_bolt_address() {
		Map<?, ?> info = http().get().uri("/actuator/info").retrieve().body(Map.class);
		Map<?, ?> neo4j = (Map<?, ?>) info.get("neo4j");
		assertThat(neo4j.get("mode")).isEqualTo("external");
		assertThat(neo4j.get("uri")).isEqualTo(TestNeo4j.connection().uri());
		assertThat((String) neo4j.get("version")).startsWith("5.26");
		assertThat(neo4j.get("schemaVersion")).isEqualTo("0005");
		assertThat(((Map<?, ?>) info.get("build")).get("artifact")).isEqualTo("driftgraph");
	}

	@Test
	void schema_has_a_key_constraint_for_every_label_and_the_name_index() {
		try (var session = driver.session()) {
			List<String> constrained = session
				.run("SHOW CONSTRAINTS YIELD labelsOrTypes, properties WHERE properties = ['key'] "
						+ "RETURN labelsOrTypes[0] AS label ORDER BY label")
				.list(r -> r.get("label").asString());
			assertThat(constrained).containsExactly("AdverseReaction", "CellType", "Disease", "DriftEvent", "Drug",
					"DrugClass", "Factor", "Molecule", "Paper", "Therapy");
			String fulltext = session
				.run("SHOW FULLTEXT INDEXES YIELD name, state WHERE name = 'entity_names' RETURN state")
				.single()
				.get(0)
				.asString();
			assertThat(fulltext).isEqualTo("ONLINE");
		}
	}

}
