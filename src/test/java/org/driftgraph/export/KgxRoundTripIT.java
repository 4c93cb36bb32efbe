package org.driftgraph.export;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.driftgraph.config.DriftGraphProperties;
import org.driftgraph.kb.ImportFormat;
import org.driftgraph.kb.KnowledgeBaseLoader;
import org.driftgraph.support.EmptyNeo4j;
import org.driftgraph.support.GraphFingerprint;
import org.driftgraph.support.IntegrationTest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The KGX export, TSV or JSON Lines, imports into an empty database as the same graph:
 * every node with its labels (T-helper subsets' included) and properties, every
 * relationship with its type, ends, id, refs in order and other properties. A second
 * import of the same files changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KgxRoundTripIT extends IntegrationTest {

	@Autowired
	DriftGraphProperties properties;

	@Autowired
	GraphExporter exporter;

	@Autowired
	Driver driver;

	@TempDir
	Path store;

	@ParameterizedTest
	@EnumSource(names = { "KGX_TSV", "KGX_JSONL" })
	void the_kgx_export_imports_into_an_empty_database_as_the_same_graph(ExportFormat format) throws Exception {
		Map<String, byte[]> files = GraphExportIT.export(exporter, format, ExportScope.wholeGraph());
		assertThat(ImportFormat.detect(files)).isEqualTo(ImportFormat.KGX);
		Set<String> source = GraphFingerprint.of(driver);
		try (EmptyNeo4j empty = EmptyNeo4j.start(store)) {
			KnowledgeBaseLoader loader = empty.loader(properties);
			KnowledgeBaseLoader.ImportReport report = loader.importFiles(files, false, "round-trip");
			assertThat(report.format()).isEqualTo("kgx");
			assertThat(report.nodesCreated()).isGreaterThanOrEqualTo(180);
			assertThat(report.nodesUpdated() + report.nodesUnchanged() + report.relationshipsUpdated()
					+ report.relationshipsUnchanged())
				.isZero();
			assertThat(GraphFingerprint.of(empty.driver())).isEqualTo(source);

			KnowledgeBaseLoader.ImportReport again = loader.importFiles(files, ImportFormat.KGX, false, "round-trip");
			assertThat(again.written()).isFalse();
			assertThat(again.nodesUnchanged()).isEqualTo(report.nodesCreated());
			assertThat(again.relationshipsUnchanged()).isEqualTo(report.relationshipsCreated());
			assertThat(GraphFingerprint.of(empty.driver())).isEqualTo(source);
		}
	}

}
