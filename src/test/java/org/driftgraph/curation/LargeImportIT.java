package org.driftgraph.curation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.driftgraph.kb.KnowledgeBaseLoader;
import org.driftgraph.support.AppProcess;
import org.driftgraph.support.BulkFactors;
import org.driftgraph.support.GraphFingerprint;
import org.driftgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.driftgraph.support.TestNeo4j.freePort;

/**
 * Imports of tens of megabytes: checked in full, and all or nothing even when the process
 * is killed midway.
 */
@SpringBootTest
class LargeImportIT extends IntegrationTest {

	@Autowired
	KnowledgeBaseLoader loader;

	@Autowired
	Driver driver;

	@Test
	void a_50_mb_file_is_read_and_checked_in_full_in_a_dry_run() {
		byte[] content = BulkFactors.nodesTsv(50);
		assertThat(content.length).isGreaterThanOrEqualTo(50_000_000);
		java.util.Set<String> before = GraphFingerprint.of(driver);
		KnowledgeBaseLoader.ImportReport report = loader.importFiles(Map.of("nodes.tsv", content), true, "test");
		assertThat(report.nodesCreated()).isGreaterThan(200_000);
		assertThat(report.written()).isFalse();
		assertThat(GraphFingerprint.of(driver)).isEqualTo(before);
	}

	@Test
	void an_import_past_the_transaction_memory_is_refused_at_once_in_one_line_saying_what_to_change(@TempDir Path dir)
			throws IOException {
		Path file = dir.resolve("nodes.tsv");
		Files.write(file, BulkFactors.nodesTsv(5));
		Path store = dir.resolve("db");
		int bolt = freePort();
		int http = freePort();
		try (AppProcess importing = AppProcess.command(store, bolt, http, "import", file.toString(),
				"--driftgraph.embedded.transaction-memory=4MB")) {
			assertThat(importing.awaitExit()).as(importing.output()).isOne();
			assertThat(importing.output())
				.contains("driftgraph import: The import needs more memory than one "
						+ "transaction may use, so nothing was imported. Raise driftgraph.embedded.transaction-memory")
				.doesNotContain("imported [nodes.tsv]", "\tat ", "retried");
		}
		try (AppProcess query = AppProcess.command(store, bolt, http, "query",
				"MATCH (f:Factor) WHERE f.key STARTS WITH 'bulk_' RETURN count(f) AS bulk")) {
			assertThat(query.awaitExit()).as(query.output()).isZero();
			assertThat(query.output()).contains("bulk\n0\n");
		}
	}

	@Test
	void an_import_killed_midway_leaves_the_graph_as_it_was(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("nodes.tsv");
		Files.write(file, BulkFactors.nodesTsv(15));
		Path store = dir.resolve("db");
		int bolt = freePort();
		int http = freePort();
		try (AppProcess importing = AppProcess.command(store, bolt, http, "import", file.toString())) {
			importing.awaitOutput("Written ");
			importing.kill();
			assertThat(importing.output()).doesNotContain("imported [nodes.tsv]");
		}
		try (AppProcess query = AppProcess.command(store, bolt, http, "query",
				"MATCH (f:Factor) WHERE f.key STARTS WITH 'bulk_' RETURN count(f) AS bulk")) {
			assertThat(query.awaitExit()).as(query.output()).isZero();
			assertThat(query.output()).contains("bulk\n0\n");
		}
	}

}
