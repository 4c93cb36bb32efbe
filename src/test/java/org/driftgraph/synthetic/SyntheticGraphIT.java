package org.driftgraph.synthetic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.driftgraph.kb.KnowledgeBaseLoader;
import org.driftgraph.support.GraphFingerprint;
import org.driftgraph.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small smoke run of the generator and the importer: what the benchmark does at a
 * million relationships.
 */
@SpringBootTest
class SyntheticGraphIT extends IntegrationTest {

	@Autowired
	KnowledgeBaseLoader loader;

	@Autowired
	Driver driver;

	@TempDir
	Path dir;

	@AfterEach
	void removeSyntheticData() {
		try (var session = driver.session()) {
			session.run("MATCH (n) WHERE n.key STARTS WITH 'syn_' DETACH DELETE n").consume();
			session.run("MATCH (t:DriftEventTally) WHERE t.culprit STARTS WITH 'syn_' DELETE t").consume();
			session.run("MATCH (c:Change {who: 'synthetic'}) DELETE c").consume();
		}
	}

	@Test
	void a_generated_graph_imports_in_full_next_to_the_curated_one_and_again_changes_nothing() throws IOException {
		Set<String> curated = GraphFingerprint.of(driver);
		SyntheticGraph.Summary summary = new SyntheticGraph(2_000, 42).write(dir, n -> {
		});
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (String name : new String[] { "nodes.tsv", "papers.tsv", "edges.tsv", "drift_events.tsv" }) {
			files.put(name, Files.readAllBytes(dir.resolve(name)));
		}

		KnowledgeBaseLoader.ImportReport first = loader.importFiles(files, false, "synthetic");
		assertThat(first.nodesCreated()).isEqualTo(summary.nodes());
		assertThat(first.relationshipsCreated()).isEqualTo(summary.relationships());
		try (var session = driver.session()) {
			assertThat(session.run("MATCH (n) WHERE n.key STARTS WITH 'syn_' RETURN count(n)").single().get(0).asLong())
				.isEqualTo(summary.nodes());
			assertThat(session.run("MATCH (s)-[r]->() WHERE s.key STARTS WITH 'syn_' RETURN count(r)")
				.single()
				.get(0)
				.asLong()).isEqualTo(summary.relationships());
		}

		KnowledgeBaseLoader.ImportReport again = loader.importFiles(files, false, "synthetic");
		assertThat(again.written()).isFalse();
		assertThat(again.nodesUnchanged()).isEqualTo(summary.nodes());
		assertThat(again.relationshipsUnchanged()).isEqualTo(summary.relationships());

		removeSyntheticData();
		assertThat(GraphFingerprint.of(driver)).isEqualTo(curated);
	}

}
