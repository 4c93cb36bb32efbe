package org.driftgraph.export;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.driftgraph.config.DriftGraphProperties;
import org.driftgraph.config.EmbeddedNeo4j;
import org.driftgraph.config.SchemaMigrations;
import org.driftgraph.kb.KnowledgeBaseLoader;
import org.driftgraph.support.GraphFingerprint;
import org.driftgraph.support.IntegrationTest;
import org.driftgraph.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** The curated export loads into an empty database, through the project's own loader, as the same graph. */
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
		DriftGraphProperties.Embedded settings = new DriftGraphProperties.Embedded(store, "127.0.0.1",
				TestNeo4j.freePort(), TestNeo4j.freePort(), false, "neo4j", "", DataSize.ofMegabytes(32), false, "");
		try (EmbeddedNeo4j empty = EmbeddedNeo4j.start(settings);
				Driver target = GraphDatabase.driver(empty.boltUri(), AuthTokens.none())) {
			assertThat(GraphFingerprint.of(target)).isEmpty();
			KnowledgeBaseLoader.Result loaded = new KnowledgeBaseLoader(target, new SchemaMigrations(target), properties)
				.loadRelease(files, "round-trip");
			assertThat(loaded.nodesCreated()).isEqualTo(loaded.nodes()).isGreaterThanOrEqualTo(180);
			assertThat(GraphFingerprint.of(target)).isEqualTo(source);
		}
	}

}
