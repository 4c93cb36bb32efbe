package org.driftgraph.config;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The hand-over of the server started early, and the checksum that lets a restart skip
 * the migrations.
 */
class EarlyStartTests {

	private static final DriftGraphProperties.Embedded SETTINGS = new DriftGraphProperties.Embedded(Path.of("db"),
			"127.0.0.1", 7687, 7474, true, false, true, "neo4j", "", DataSize.ofMegabytes(64), false, "", null);

	@Test
	void a_failed_early_start_reaches_the_bean_as_the_same_exception_so_its_one_line_analysis_stays() {
		EmbeddedNeo4jException failure = new EmbeddedNeo4jException("Bolt port 7687 on 127.0.0.1 is already in use.",
				"Stop the process that holds it.", null);
		EmbeddedNeo4jEarlyStart.Starting starting = new EmbeddedNeo4jEarlyStart.Starting(SETTINGS,
				CompletableFuture.failedFuture(failure));
		assertThatThrownBy(() -> starting.claim(SETTINGS)).isSameAs(failure);
		assertThatNoException().isThrownBy(starting::closeUnlessClaimed);
	}

	@Test
	void a_context_that_fails_before_the_server_started_has_nothing_to_shut_down() {
		EmbeddedNeo4jEarlyStart.Starting starting = new EmbeddedNeo4jEarlyStart.Starting(SETTINGS,
				CompletableFuture.failedFuture(new IllegalStateException("no")));
		assertThatNoException().isThrownBy(starting::closeUnlessClaimed);
		// and once released, nothing can claim it
		assertThat(starting.claim(SETTINGS)).isNull();
	}

	@Test
	void the_schema_checksum_changes_with_any_script_and_not_with_the_order_they_are_listed_in(@TempDir Path dir)
			throws IOException {
		URL first = script(dir, "V0001__a.cypher",
				"CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.key IS UNIQUE;");
		URL second = script(dir, "V0002__b.cypher", "CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.name);");
		String checksum = SchemaMigrations.checksum(List.of(first, second));
		assertThat(SchemaMigrations.checksum(List.of(second, first))).isEqualTo(checksum);
		assertThat(SchemaMigrations.checksum(List.of(first))).isNotEqualTo(checksum);
		URL changed = script(dir, "V0002__b.cypher", "CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.key);");
		assertThat(SchemaMigrations.checksum(List.of(first, changed))).isNotEqualTo(checksum);
	}

	private static URL script(Path dir, String name, String content) throws IOException {
		return Files.writeString(dir.resolve(name), content).toUri().toURL();
	}

}
