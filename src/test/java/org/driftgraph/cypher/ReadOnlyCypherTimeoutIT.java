package org.driftgraph.cypher;

import java.time.Duration;
import java.util.Map;

import org.driftgraph.config.DriftGraphProperties;
import org.driftgraph.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A query that runs past the timeout is stopped with a clear message, and the next query
 * is served.
 */
class ReadOnlyCypherTimeoutIT {

	@Test
	void a_query_past_the_timeout_is_stopped_and_the_service_keeps_serving() {
		try (Driver driver = TestNeo4j.connection().driver()) {
			ReadOnlyCypher cypher = new ReadOnlyCypher(driver, new DriftGraphProperties(null, null,
					new DriftGraphProperties.Cypher(Duration.ofMillis(300), 5, 1), null, null));
			assertThatExceptionOfType(ReadOnlyCypher.TimeoutException.class)
				.isThrownBy(() -> cypher.run("UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x)",
						Map.of()))
				.withMessageContaining("ran past the timeout of 300 ms (driftgraph.cypher.timeout)");
			ReadOnlyCypher.Answer answer = cypher.run("UNWIND range(1, 10) AS x RETURN x", Map.of());
			assertThat(answer.rows()).hasSize(5);
			assertThat(answer.truncated()).isTrue();
		}
	}

}
