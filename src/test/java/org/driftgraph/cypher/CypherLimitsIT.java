package org.driftgraph.cypher;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.driftgraph.support.GraphFingerprint;
import org.driftgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile user Cypher is bounded: Neo4j's per-transaction memory limit stops a huge
 * collect with a problem detail that names the limit, and a bulkhead of one query at a
 * time answers a second one 429 while other endpoints keep serving.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "driftgraph.cypher.max-concurrent=1", "driftgraph.cypher.timeout=8s" })
class CypherLimitsIT extends IntegrationTest {

	/**
	 * The query of issue 12 that pushed the process to 6 GB before there was a memory
	 * limit, with each element ten times larger, so that it reaches the limit long before
	 * the timeout even on a machine busy with other builds.
	 */
	static final String HUGE_COLLECT = "UNWIND range(1, 120000000) AS x WITH collect([x, x, x, x, x, x, x, x, x, x]) AS xs "
			+ "RETURN size(xs)";

	/** Runs until the timeout stops it, holding the bulkhead's only place meanwhile. */
	static final String SLOW = "UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x)";

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	ResponseEntity<Map<String, Object>> cypher(String query) {
		return RestClient.create("http://127.0.0.1:" + port)
			.post()
			.uri("/api/cypher")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("query", query))
			.retrieve()
			.onStatus(HttpStatusCode::isError, (req, res) -> {
			})
			.toEntity(new ParameterizedTypeReference<>() {
			});
	}

	/** Waits until Neo4j runs a transaction whose query contains the text. */
	void awaitRunning(String queryPart) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (System.nanoTime() < deadline) {
			try (var session = driver.session()) {
				if (session
					.run("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $part RETURN count(*)",
							Map.of("part", queryPart))
					.single()
					.get(0)
					.asLong() > 0) {
					return;
				}
			}
			Thread.sleep(20);
		}
		throw new AssertionError("No transaction runs '" + queryPart + "'");
	}

	@Test
	void a_huge_collect_stops_at_the_memory_limit_with_a_problem_detail_and_changes_nothing() {
		Set<String> before = GraphFingerprint.of(driver);
		ResponseEntity<Map<String, Object>> response = cypher(HUGE_COLLECT);
		assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(422);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(response.getBody()).containsEntry("type", "urn:driftgraph:problem:query-memory-limit")
			.containsEntry("title", "Query needs too much memory");
		assertThat((String) response.getBody().get("detail")).contains("db.memory.transaction.max")
			.contains("nothing was changed");
		assertThat(cypher("RETURN 1 AS one").getBody()).containsEntry("truncated", false);
		assertThat(GraphFingerprint.of(driver)).isEqualTo(before);
	}

	@Test
	void while_the_one_allowed_query_runs_another_gets_429_with_retry_after_and_look_ups_still_answer()
			throws Exception {
		CompletableFuture<ResponseEntity<Map<String, Object>>> slow = CompletableFuture.supplyAsync(() -> cypher(SLOW));
		awaitRunning("x % 7 = 3"); // polling with queries of our own would compete for
									// the one place
		ResponseEntity<Map<String, Object>> refused = cypher("RETURN 1 AS one");
		assertThat(refused.getStatusCode().value()).isEqualTo(429);
		assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
		assertThat(refused.getBody()).containsEntry("type", "urn:driftgraph:problem:too-many-queries");
		assertThat((String) refused.getBody().get("detail")).contains("driftgraph.cypher.max-concurrent");
		ResponseEntity<Map<String, Object>> lookUp = RestClient.create("http://127.0.0.1:" + port)
			.get()
			.uri("/api/entities/secukinumab")
			.retrieve()
			.toEntity(new ParameterizedTypeReference<>() {
			});
		assertThat(lookUp.getBody()).containsEntry("name", "Secukinumab");
		assertThat(slow.isDone()).as("the slow query still holds the place").isFalse();
		assertThat(slow.get(30, TimeUnit.SECONDS).getStatusCode().value()).isEqualTo(504);
		assertThat(cypher("RETURN 1 AS one").getStatusCode().value()).isEqualTo(200);
	}

}
