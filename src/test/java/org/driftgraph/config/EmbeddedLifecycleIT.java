package org.driftgraph.config;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.driftgraph.support.AppProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.driftgraph.support.TestNeo4j.freePort;

/**
 * The embedded database as a user meets it through {@code ./mvnw spring-boot:run}: one
 * process, its data directory, its ports, Neo4j Browser, a second instance, SIGTERM and a
 * read-only restart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedLifecycleIT {

	Path dataDir;

	final int httpPort = freePort();

	final int boltPort = freePort();

	final int neo4jHttpPort = freePort();

	final String probe = UUID.randomUUID().toString();

	AppProcess first;

	@BeforeAll
	void startFirstInstance() throws IOException {
		dataDir = Files.createTempDirectory("driftgraph-lifecycle");
		first = AppProcess.start(dataDir, httpPort, boltPort, neo4jHttpPort).awaitHealthy();
	}

	@AfterAll
	void stop() {
		first.close();
	}

	/**
	 * A client that knows the password: the one generated on the first start, as the
	 * README tells users to read it.
	 */
	Driver outsideDriver() {
		try {
			String password = Files.readString(EmbeddedNeo4j.passwordFile(dataDir)).strip();
			return GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, AuthTokens.basic("neo4j", password));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Test
	@Order(1)
	void an_outside_driver_reaches_the_embedded_database_over_bolt() {
		try (Driver driver = outsideDriver(); var session = driver.session()) {
			assertThat(session.run("RETURN 1 AS one").single().get("one").asInt()).isEqualTo(1);
			List<String> constraints = session.run("SHOW CONSTRAINTS YIELD name RETURN name")
				.list(r -> r.get(0).asString());
			assertThat(constraints).contains("drug_key", "paper_key", "drift_event_key");
			session.run("CREATE (:RestartProbe {id: $id})", java.util.Map.of("id", probe)).consume();
		}
	}

	@Test
	@Order(2)
	void neo4j_browser_is_served_and_connects_to_this_bolt_port_with_the_guide_and_style_sheet() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String neo4jHttp = "http://127.0.0.1:" + neo4jHttpPort;
		assertThat(get(http, neo4jHttp + "/browser/", Map.of()).body()).contains("<title>Neo4j Browser</title>");
		assertThat(get(http, neo4jHttp + "/", Map.of("Accept", "application/json")).body())
			.contains("\"bolt_direct\":\"bolt://127.0.0.1:" + boltPort + "\"");
		assertThat(get(http, "http://127.0.0.1:" + httpPort + "/actuator/info", Map.of()).body())
			.contains("\"browser\":\"" + neo4jHttp + "/browser/\"");
		String guide = "http://localhost:" + httpPort + "/browser-guide";
		try (Driver driver = outsideDriver(); var session = driver.session()) {
			Map<String, String> client = session.run("CALL dbms.clientConfig() YIELD name, value RETURN name, value")
				.stream()
				.collect(Collectors.toMap(r -> r.get("name").asString(), r -> r.get("value").asString()));
			assertThat(client)
				.containsEntry("browser.post_connect_cmd",
						"style " + guide + "/driftgraph.grass; play " + guide + "/guide.html")
				.containsEntry("client.allow_telemetry", "false");
		}
		HttpResponse<String> fromBrowser = get(http, guide + "/guide.html", Map.of("Origin", neo4jHttp));
		assertThat(fromBrowser.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		assertThat(fromBrowser.body()).contains("<carousel");
	}

	@Test
	@Order(2)
	void the_generated_password_is_readable_by_its_owner_only_and_bolt_refuses_a_client_without_it()
			throws IOException {
		assertThat(Files.getPosixFilePermissions(EmbeddedNeo4j.passwordFile(dataDir)))
			.isEqualTo(PosixFilePermissions.fromString("rw-------"));
		assertThat(first.output()).contains("password in " + EmbeddedNeo4j.passwordFile(dataDir));
		for (AuthToken stranger : List.of(AuthTokens.none(), AuthTokens.basic("neo4j", "neo4j"))) {
			try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, stranger);
					var session = driver.session()) {
				assertThatExceptionOfType(AuthenticationException.class)
					.isThrownBy(() -> session.run("CREATE (:RestartProbe {id: 'stranger'})").consume());
			}
		}
		assertThat(strangerProbes()).isZero();
	}

	/**
	 * What a web page of another origin could try over Neo4j's HTTP server: the
	 * transactional and query endpoints are switched off (Browser is all it serves), and
	 * no CORS header invites a foreign page in.
	 */
	@Test
	@Order(2)
	void a_web_page_of_another_origin_cannot_write_through_neo4js_http_server() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String neo4jHttp = "http://127.0.0.1:" + neo4jHttpPort;
		String statement = "CREATE (:RestartProbe {id: 'stranger'})";
		Map<String, String> writes = Map.of("/db/neo4j/tx/commit",
				"{\"statements\":[{\"statement\":\"" + statement + "\"}]}", "/db/neo4j/tx",
				"{\"statements\":[{\"statement\":\"" + statement + "\"}]}", "/db/neo4j/query/v2",
				"{\"statement\":\"" + statement + "\"}");
		for (Map.Entry<String, String> write : writes.entrySet()) {
			String endpoint = write.getKey();
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(neo4jHttp + endpoint))
				.header("Origin", "http://evil.example")
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(write.getValue()))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(endpoint).isGreaterThanOrEqualTo(400);
			assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as(endpoint)
				.isNotEqualTo(java.util.Optional.of("*"))
				.isNotEqualTo(java.util.Optional.of("http://evil.example"));
		}
		assertThat(strangerProbes()).isZero();
	}

	@Test
	@Order(3)
	void a_second_instance_on_the_same_data_directory_is_refused_and_the_first_is_unharmed() {
		try (AppProcess second = AppProcess.start(dataDir, freePort(), freePort(), freePort())) {
			assertThat(second.awaitExit()).isNotZero();
			assertThat(second.output()).contains("is in use by another DriftGraph or Neo4j process")
				.contains("driftgraph.embedded.data-dir");
		}
		assertThat(first.isAlive()).isTrue();
		assertThat(probeCount()).isEqualTo(1);
	}

	@Test
	@Order(4)
	void sigterm_shuts_the_database_down_cleanly_and_a_read_only_restart_keeps_the_data() {
		try (Driver driver = outsideDriver(); var session = driver.session()) {
			// what kill -9 during the schema migrations leaves behind (the reliability
			// harness found it)
			session.run("CREATE (:__Neo4jMigrationsLock {id: 'stale', name: 'John Doe'})").consume();
		}
		first.terminate();
		assertThat(first.output()).contains("Embedded Neo4j shut down");
		first = AppProcess.start(dataDir, httpPort, boltPort, neo4jHttpPort, "--driftgraph.embedded.read-only=true")
			.awaitHealthy();
		assertThat(first.output()).contains("Removed the schema migration lock that a killed process left behind");
		assertThat(probeCount()).isEqualTo(1);
	}

	@Test
	@Order(5)
	void read_only_refuses_writes_over_bolt_with_neo4js_own_error_once_the_release_is_loaded() {
		assertThat(first.output()).containsSubsequence("already loaded, nothing written",
				"Embedded Neo4j database 'neo4j' is read-only from now on", "Started DriftGraphApplication");
		try (Driver driver = outsideDriver(); var session = driver.session()) {
			assertThatExceptionOfType(ClientException.class)
				.isThrownBy(() -> session.run("CREATE (:RestartProbe {id: 'refused'})").consume())
				.satisfies(
						ex -> assertThat(ex.code()).isEqualTo("Neo.ClientError.General.WriteOnReadOnlyAccessDatabase"));
			assertThat(session.run("MATCH (d:Drug) RETURN count(d)").single().get(0).asLong()).isEqualTo(19);
		}
	}

	@Test
	@Order(6)
	void a_data_error_after_the_database_started_lists_the_row_shuts_down_and_exits_non_zero(@TempDir Path otherDir)
			throws IOException {
		Path kb = otherDir.resolve("kb");
		Files.createDirectories(kb);
		for (String name : List.of("nodes.tsv", "papers.tsv", "drift_events.tsv")) {
			Files.copy(Path.of("src/main/resources/kb", name), kb.resolve(name));
		}
		String edges = Files.readString(Path.of("src/main/resources/kb/edges.tsv"));
		Files.writeString(kb.resolve("edges.tsv"), edges.replace("\tMEMBER_OF\tclass_tnfi\t", "\tMEMBER_OF\tth1\t"));
		int otherBolt = freePort();
		try (AppProcess broken = AppProcess.start(otherDir.resolve("db"), freePort(), otherBolt, freePort(),
				"--driftgraph.kb.location=file:" + kb + "/")) {
			assertThat(broken.awaitExit()).isNotZero();
			assertThat(broken.output()).containsPattern("Embedded Neo4j [0-9.]+ started")
				.containsPattern("edges\\.tsv:\\d+ \\[predicate\\]: MEMBER_OF cannot connect a Drug \\(etanercept\\)")
				.contains("the graph was left as it was")
				.contains("Embedded Neo4j shut down");
		}
		try (ServerSocket socket = new ServerSocket()) {
			socket.bind(new InetSocketAddress("127.0.0.1", otherBolt));
		}
	}

	@Test
	@Order(7)
	void a_taken_bolt_port_stops_start_up_with_one_line_naming_port_and_property(@TempDir Path otherDir)
			throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
				AppProcess app = AppProcess.start(otherDir, freePort(), taken.getLocalPort(), freePort())) {
			assertThat(app.awaitExit()).isNotZero();
			assertThat(app.output()).contains("Bolt port " + taken.getLocalPort() + " on 127.0.0.1 is already in use.")
				.contains("set driftgraph.embedded.bolt-port to a free port")
				.doesNotContain("\tat ");
		}
	}

	@Test
	@Order(8)
	void a_taken_web_port_stops_start_up_before_the_database_starts(@TempDir Path otherDir) throws IOException {
		try (ServerSocket taken = new ServerSocket(0);
				AppProcess app = AppProcess.start(otherDir, taken.getLocalPort(), freePort(), freePort())) {
			assertThat(app.awaitExit()).isNotZero();
			assertThat(app.output()).contains("HTTP port " + taken.getLocalPort() + " on 0.0.0.0 is already in use.")
				.contains("set server.port to a free port")
				.doesNotContainPattern("Embedded Neo4j [0-9.]+ started");
		}
	}

	@Test
	@Order(9)
	void listening_beyond_loopback_without_authentication_is_refused(@TempDir Path otherDir) {
		try (AppProcess app = AppProcess.start(otherDir, freePort(), freePort(), freePort(),
				"--driftgraph.embedded.listen-address=0.0.0.0", "--driftgraph.embedded.auth-enabled=false")) {
			assertThat(app.awaitExit()).isNotZero();
			assertThat(app.output()).contains("which is not loopback, but authentication is off")
				.contains("driftgraph.embedded.auth-enabled=true")
				.doesNotContainPattern("Embedded Neo4j [0-9.]+ started");
		}
	}

	private static HttpResponse<String> get(HttpClient http, String uri, Map<String, String> headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri));
		headers.forEach(request::header);
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(uri).isEqualTo(200);
		return response;
	}

	private long strangerProbes() {
		try (Driver driver = outsideDriver(); var session = driver.session()) {
			return session.run("MATCH (p:RestartProbe {id: 'stranger'}) RETURN count(p)").single().get(0).asLong();
		}
	}

	private long probeCount() {
		try (Driver driver = outsideDriver(); var session = driver.session()) {
			return session.run("MATCH (p:RestartProbe {id: $id}) RETURN count(p)", java.util.Map.of("id", probe))
				.single()
				.get(0)
				.asLong();
		}
	}

}
