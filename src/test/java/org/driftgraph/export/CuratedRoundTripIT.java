package org.driftgraph.export;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.driftgraph.config.DriftGraphProperties;
import org.driftgraph.kb.KnowledgeBaseLoader;
import org.driftgraph.support.EmptyNeo4j;
import org.driftgraph.support.GraphFingerprint;
import org.driftgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curated export loads into an empty database, through the project's own loader, as
 * the same graph.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CuratedRoundTripIT extends IntegrationTest {

	@Autowired
	GraphExporter exporter;

	@Autowired
	Driver driver;

	@Autowired
	DriftGraphProperties properties;

	@TempDir
	Path store;

	@Test
	void the_curated_export_loads_into_an_empty_database_as_the_same_graph() throws Exception {
		Map<String, byte[]> files = GraphExportIT.export(exporter, ExportFormat.CURATED, ExportScope.wholeGraph());
		assertThat(files.keySet()).containsExactlyElementsOf(ExportFormat.CURATED.files());
		Set<String> source = GraphFingerprint.of(driver);
		try (EmptyNeo4j empty = EmptyNeo4j.start(store)) {
			assertThat(GraphFingerprint.of(empty.driver())).isEmpty();
			KnowledgeBaseLoader.Result loaded = empty.loader(properties).loadRelease(files, "round-trip");
			assertThat(loaded.nodesCreated()).isEqualTo(loaded.nodes()).isGreaterThanOrEqualTo(180);
			assertThat(GraphFingerprint.of(empty.driver())).isEqualTo(source);
		}
	}

}
