package org.driftgraph.kb;

import java.util.Map;

import org.driftgraph.config.SchemaMigrations;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * The one way data enters the graph: read the files, validate all of them, then write everything in a single
 * transaction through the driver. Any problem means nothing is written.
 */
@Service
public class KnowledgeBaseLoader {

	private static final Logger log = LoggerFactory.getLogger(KnowledgeBaseLoader.class);

	private final Driver driver;

	/**
	 * @param driver the connection to Neo4j
	 * @param schema taken so that the constraints exist before the first write
	 */
	public KnowledgeBaseLoader(Driver driver, SchemaMigrations schema) {
		this.driver = driver;
	}

	/**
	 * What a load did.
	 * @param checksum SHA-256 of the files' content
	 * @param version the release version recorded
	 * @param alreadyLoaded true when a release with this checksum was in the graph, so nothing was written
	 * @param nodes nodes in the files
	 * @param relationships relationships in the files
	 * @param nodesCreated nodes that did not exist before
	 * @param relationshipsCreated relationships that did not exist before
	 */
	public record Result(String checksum, String version, boolean alreadyLoaded, int nodes, int relationships,
			int nodesCreated, int relationshipsCreated) {
	}

	/**
	 * Loads a self-contained release in the curated format and records it as a {@code :Release} node. A release
	 * whose checksum is already recorded is not written again.
	 * @param files file name → content, the four files of the curated format
	 * @param version the version to record
	 * @return what was done
	 * @throws InvalidDataException when any file, line or field is wrong; the graph is then unchanged
	 */
	public Result loadRelease(Map<String, byte[]> files, String version) {
		long started = System.nanoTime();
		Dataset dataset = CuratedFormat.read(files);
		DatasetValidator.validate(dataset, Map.of());
		try (var session = driver.session()) {
			Result result = session.executeWrite(tx -> {
				boolean loaded = tx.run("MATCH (r:Release {checksum: $checksum}) RETURN count(r) > 0",
						Map.of("checksum", dataset.checksum())).single().get(0).asBoolean();
				if (loaded) {
					return new Result(dataset.checksum(), version, true, dataset.nodes().size(), dataset.edges().size(),
							0, 0);
				}
				GraphWriter.Counts counts = GraphWriter.write(tx, dataset, Map.of());
				tx.run("""
						CREATE (r:Release {checksum: $checksum, version: $version, loaded_at: datetime(),
						                   nodes: $nodes, relationships: $relationships})""",
						Map.of("checksum", dataset.checksum(), "version", version, "nodes", dataset.nodes().size(),
								"relationships", dataset.edges().size()))
					.consume();
				return new Result(dataset.checksum(), version, false, dataset.nodes().size(), dataset.edges().size(),
						counts.nodesCreated(), counts.relationshipsCreated());
			});
			log.info("Curated release {} ({}): {} nodes, {} relationships, {} in {} ms", version,
					result.checksum().substring(0, 12), result.nodes(), result.relationships(),
					result.alreadyLoaded() ? "already loaded, nothing written"
							: result.nodesCreated() + " nodes and " + result.relationshipsCreated() + " relationships created",
					(System.nanoTime() - started) / 1_000_000);
			return result;
		}
	}

}
