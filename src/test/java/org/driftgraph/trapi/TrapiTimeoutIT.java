package org.driftgraph.trapi;

import org.driftgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query that runs past {@code driftgraph.trapi.timeout} is stopped and answered with a
 * TRAPI response.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "driftgraph.trapi.timeout=1ns")
class TrapiTimeoutIT extends IntegrationTest {

	@LocalServerPort
	int port;

	@Test
	void a_query_past_the_timeout_answers_500_with_the_reason() {
		TrapiContract.Answer answer = new TrapiContract(port)
			.query(TrapiQueryIT.oneHop("{\"ids\": [\"" + TrapiQueryIT.SECUKINUMAB + "\"]}", "{}", ""));

		TrapiQueryIT.assertRefused(answer, 500, "QueryTimedOut",
				"ran past the timeout of 0 ms (driftgraph.trapi.timeout)");
	}

}
