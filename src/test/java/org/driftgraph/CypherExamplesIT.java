package org.driftgraph;

import java.util.stream.Stream;

import org.driftgraph.support.CypherExample;
import org.driftgraph.support.IntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every query in {@code cypher/examples} (those the README and the Neo4j Browser guide
 * show among them) runs on the curated graph, read-only, and returns what its header
 * promises.
 */
@SpringBootTest
class CypherExamplesIT extends IntegrationTest {

	@Autowired
	Driver driver;

	@TestFactory
	Stream<DynamicTest> every_example_returns_what_its_header_expects() {
		assertThat(CypherExample.all()).isNotEmpty();
		return CypherExample.all().stream().map(example -> DynamicTest.dynamicTest(example.name(), () -> {
			try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
				var records = session.executeRead(tx -> tx.run(example.query()).list());
				assertThat(example.violations(CypherExample.Outcome.of(records))).as(example.name()).isEmpty();
			}
		}));
	}

}
