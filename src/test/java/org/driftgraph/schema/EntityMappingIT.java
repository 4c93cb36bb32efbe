package org.driftgraph.schema;

import org.driftgraph.drift.DriftEvent;
import org.driftgraph.literature.Paper;
import org.driftgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.neo4j.core.Neo4jTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each Spring Data Neo4j entity reads the curated nodes of its label. Only labels that a
 * feature reads through a repository have one
 * (docs/adr/0008-entities-where-repositories-use-them.md).
 */
@SpringBootTest
class EntityMappingIT extends IntegrationTest {

	@Autowired
	Neo4jTemplate template;

	@Test
	void each_entity_reads_the_curated_nodes_of_its_label() {
		assertThat(template.findById("ref26", Paper.class).orElseThrow().doi()).isEqualTo("10.1111/ced.15052");
		assertThat(template.findById("DE04", DriftEvent.class).orElseThrow().incidence()).contains("5.8% (27/468)");
		assertThat(template.count(Paper.class)).isEqualTo(57);
		assertThat(template.count(DriftEvent.class)).isEqualTo(17);
	}

}
