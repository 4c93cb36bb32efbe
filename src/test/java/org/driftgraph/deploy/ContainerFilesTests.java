package org.driftgraph.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.driftgraph.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What can be checked of docker-compose.yml and the Dockerfile without Docker: they
 * parse, every image is pinned, ports stay on loopback, the password comes from .env, and
 * the app gets exactly the variables through which every integration test reaches its
 * external Neo4j ({@link TestNeo4j.Connection#environment()}).
 */
class ContainerFilesTests {

	@SuppressWarnings("unchecked")
	static Map<String, Object> compose() throws IOException {
		return new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> service(String name) throws IOException {
		return (Map<String, Object>) ((Map<String, Object>) compose().get("services")).get(name);
	}

	@SuppressWarnings("unchecked")
	static Map<String, String> environment(String service) throws IOException {
		return (Map<String, String>) service(service).get("environment");
	}

	@Test
	void neo4j_is_a_pinned_community_5_26_with_apoc_a_named_volume_and_a_health_check() throws IOException {
		Map<String, Object> neo4j = service("neo4j");
		assertThat((String) neo4j.get("image")).matches("neo4j:5\\.26\\.\\d+-community");
		assertThat(environment("neo4j")).containsEntry("NEO4J_PLUGINS", "[\"apoc\"]")
			.hasEntrySatisfying("NEO4J_AUTH", auth -> assertThat(auth).startsWith("neo4j/${NEO4J_PASSWORD:?"));
		assertThat((List<String>) neo4j.get("volumes")).containsExactly("neo4j-data:/data");
		assertThat((Map<String, Object>) compose().get("volumes")).containsKey("neo4j-data");
		assertThat((Map<String, Object>) neo4j.get("healthcheck")).containsKey("test");
	}

	@Test
	void the_app_is_built_here_waits_for_neo4j_and_gets_exactly_the_integration_tests_variables() throws IOException {
		Map<String, Object> app = service("app");
		assertThat(app.get("build")).isEqualTo(".");
		assertThat((Map<String, Object>) app.get("depends_on")).containsEntry("neo4j",
				Map.of("condition", "service_healthy"));
		Map<String, String> environment = environment("app");
		assertThat(environment.keySet())
			.isEqualTo(new TestNeo4j.Connection("bolt://any:7687", "user", "secret", "any").environment().keySet());
		assertThat(environment).containsEntry("NEO4J_URI", "bolt://neo4j:7687")
			.containsEntry("NEO4J_USERNAME", "neo4j")
			.hasEntrySatisfying("NEO4J_PASSWORD", password -> assertThat(password).startsWith("${NEO4J_PASSWORD:?"));
	}

	@Test
	void every_port_is_bound_to_loopback() throws IOException {
		for (String name : List.of("neo4j", "app")) {
			assertThat((List<String>) service(name).get("ports")).isNotEmpty()
				.allMatch(p -> p.startsWith("127.0.0.1:"));
		}
	}

	@Test
	void browser_in_the_neo4j_container_opens_the_guide_and_style_the_app_serves() throws IOException {
		assertThat(environment("neo4j")).containsEntry("NEO4J_browser_post__connect__cmd",
				"style http://localhost:8080/browser-guide/driftgraph.grass; "
						+ "play http://localhost:8080/browser-guide/guide.html");
		assertThat((List<String>) service("app").get("ports")).contains("127.0.0.1:8080:8080");
	}

	@Test
	void the_dockerfile_builds_on_a_jdk_and_runs_the_jar_on_a_pinned_jre_without_root() throws IOException {
		List<String> lines = Files.readAllLines(Path.of("Dockerfile"));
		List<String> stages = lines.stream().filter(l -> l.startsWith("FROM ")).toList();
		assertThat(stages).hasSize(2)
			.allMatch(from -> from.matches("FROM [\\w./-]+:\\d+\\.\\d+\\.\\d+[\\w.-]*( AS \\w+)?"));
		assertThat(stages.get(1)).contains("-jre");
		List<String> runtime = lines.subList(lines.indexOf(stages.get(1)), lines.size());
		assertThat(runtime).anyMatch(l -> l.startsWith("COPY --from=build "))
			.anyMatch(l -> l.matches("USER (?!root\\b|0\\b)\\w+"))
			.contains("ENTRYPOINT [\"java\", \"-jar\", \"/app/driftgraph.jar\"]");
	}

	@Test
	void the_password_lives_in_an_env_file_that_git_ignores() throws IOException {
		assertThat(Files.readAllLines(Path.of(".gitignore"))).contains(".env");
		assertThat(Files.readAllLines(Path.of(".env.example"))).contains("NEO4J_PASSWORD=change-me-please");
	}

}
