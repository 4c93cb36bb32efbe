package org.driftgraph.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.driftgraph.common.Neo4jErrors;
import org.driftgraph.config.DriftGraphProperties;
import org.driftgraph.config.SchemaMigrations;
import org.driftgraph.format.Dataset;
import org.driftgraph.format.curated.CuratedFormat;
import org.driftgraph.format.kgx.KgxFormat;
import org.driftgraph.format.tsv.Problem;
import org.driftgraph.schema.Biolink;
import org.driftgraph.schema.Label;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * The one way data enters the graph: read the files, validate all of them, then write
 * everything in a single transaction through the driver. Any problem means nothing is
 * written.
 */
@Service
public class KnowledgeBaseLoader {

	private static final Logger log = LoggerFactory.getLogger(KnowledgeBaseLoader.class);

	private final Driver driver;

	private final int batchSize;

	/**
	 * @param driver the connection to Neo4j
	 * @param schema taken so that the constraints exist before the first write
	 * @param properties where the batch size comes from
	 */
	public KnowledgeBaseLoader(Driver driver, SchemaMigrations schema, DriftGraphProperties properties) {
		this.driver = driver;
		this.batchSize = properties.kb().batchSize();
		if (batchSize < 1) {
			throw new IllegalArgumentException("driftgraph.kb.batch-size must be at least 1, was " + batchSize);
		}
	}

	/**
	 * What a load did.
	 *
	 * @param checksum SHA-256 of the files' content
	 * @param version the release version recorded
	 * @param alreadyLoaded true when a release with this checksum was in the graph, so
	 * nothing was written
	 * @param nodes nodes in the files
	 * @param relationships relationships in the files
	 * @param nodesCreated nodes that did not exist before
	 * @param relationshipsCreated relationships that did not exist before
	 */
	public record Result(String checksum, String version, boolean alreadyLoaded, int nodes, int relationships,
			int nodesCreated, int relationshipsCreated) {
	}

	/**
	 * What an import did, or would do in a dry run.
	 *
	 * @param dryRun whether this was a dry run
	 * @param written whether anything was written (false for a dry run and for a
	 * re-import that changes nothing)
	 * @param changeId the id of the {@code :Change} node recording the import, or null
	 * when nothing was written
	 * @param checksum SHA-256 of the files' content
	 * @param nodesCreated nodes that did not exist
	 * @param nodesUpdated existing nodes that get new or different property values
	 * (others are kept)
	 * @param nodesUnchanged existing nodes that already say what the files say
	 * @param relationshipsCreated relationships that did not exist
	 * @param relationshipsUpdated existing relationships with new or different property
	 * values
	 * @param relationshipsUnchanged existing relationships that already say what the
	 * files say
	 * @param format the format the files were read in ({@code curated} or {@code kgx})
	 */
	public record ImportReport(boolean dryRun, boolean written, String changeId, String checksum, int nodesCreated,
			int nodesUpdated, int nodesUnchanged, int relationshipsCreated, int relationshipsUpdated,
			int relationshipsUnchanged, String format) {
	}

	/**
	 * Imports files in the format {@link ImportFormat#detect} finds.
	 * @see #importFiles(Map, ImportFormat, boolean, String)
	 */
	public ImportReport importFiles(Map<String, byte[]> files, boolean dryRun, String who) {
		return importFiles(files, ImportFormat.detect(files), dryRun, who);
	}

	/**
	 * Imports files in the curated format (any of its four files) or in KGX (nodes, edges
	 * or both) on top of the graph: rows may refer to keys (KGX: CURIEs) already in the
	 * graph; existing nodes and relationships keep properties the files do not mention,
	 * and nothing is ever deleted. Everything is validated before anything is written,
	 * and the whole import is one transaction. Concurrent imports run one after the
	 * other. A real import that changes something is recorded as a {@code :Change} node
	 * (who, when, format, files, checksum, counts).
	 * @param files file name → content
	 * @param format the format of the files
	 * @param dryRun report what would change, write nothing
	 * @param who the user on whose behalf the import runs
	 * @return what was (or would be) created, updated and left unchanged
	 * @throws InvalidDataException with every problem found; the graph is then unchanged
	 */
	public ImportReport importFiles(Map<String, byte[]> files, ImportFormat format, boolean dryRun, String who) {
		Phases phases = new Phases();
		List<Problem> fieldProblems = new ArrayList<>();
		Reading reading = switch (format) {
			case CURATED -> {
				Dataset dataset = CuratedFormat.read(files, fieldProblems);
				yield (tx, problems) -> dataset;
			}
			case KGX -> {
				KgxFormat kgx = KgxFormat.read(files, fieldProblems);
				yield (tx, problems) -> kgx.dataset(nodesNamedBy(tx, kgx.idsToLookUp()), problems);
			}
		};
		phases.end("read");
		try (var session = driver.session()) {
			ImportReport report = session.executeWrite(tx -> {
				try {
					tx.run("MERGE (lock:ImportLock {id: 1}) SET lock.taken_at = datetime()").consume();
					phases.end("locked");
					List<Problem> problems = new ArrayList<>(fieldProblems);
					Dataset dataset = reading.dataset(tx, problems);
					Map<String, Label> labels = ImportPlan.labelsInGraph(tx, dataset);
					DatasetValidator.check(dataset, problems, labels);
					phases.end("checked");
					ImportPlan plan = ImportPlan.of(tx, dataset, labels);
					phases.end("planned");
					String changeId = null;
					if (!dryRun && !plan.changesNothing()) {
						GraphWriter.write(tx, dataset, labels, GraphWriter.Properties.MERGE, batchSize);
						phases.end("written");
						changeId = java.util.UUID.randomUUID().toString();
						tx.run("""
								CREATE (:Change {id: $id, who: $who, at: datetime(), format: $format, files: $files,
								                 checksum: $checksum, nodes_created: $nc, nodes_updated: $nu,
								                 relationships_created: $rc, relationships_updated: $ru})""",
								Map.of("id", changeId, "who", who, "format", format.id(), "files",
										List.copyOf(files.keySet()), "checksum", dataset.checksum(), "nc",
										plan.nodesCreated(), "nu", plan.nodesUpdated(), "rc",
										plan.relationshipsCreated(), "ru", plan.relationshipsUpdated()))
							.consume();
					}
					return new ImportReport(dryRun, changeId != null, changeId, dataset.checksum(), plan.nodesCreated(),
							plan.nodesUpdated(), plan.nodesUnchanged(), plan.relationshipsCreated(),
							plan.relationshipsUpdated(), plan.relationshipsUnchanged(), format.id());
				}
				catch (TransientException ex) {
					// a memory limit is no passing condition: retrying would only do the
					// same work again
					if (Neo4jErrors.isMemoryLimit(ex)) {
						throw new ImportTooLargeException(ex);
					}
					throw ex;
				}
			});
			phases.end("committed");
			log.info("Import of {} ({}) by {}: {} ({})", files.keySet(), format, who, report, phases);
			return report;
		}
	}

	/**
	 * Turns the files into a dataset inside the import's transaction: a KGX import
	 * resolves CURIEs against the graph there, after the {@code ImportLock} is taken, so
	 * that it sees the graph it is validated against and written to.
	 */
	@FunctionalInterface
	private interface Reading {

		Dataset dataset(TransactionContext tx, List<Problem> problems);

	}

	/**
	 * @return the nodes of the graph that these CURIEs name: by {@code curie}, a paper's
	 * {@code PMID:} or {@code doi:}, or {@code driftgraph:<key>}
	 */
	private static Map<String, KgxFormat.Known> nodesNamedBy(TransactionContext tx, Set<String> ids) {
		Map<String, KgxFormat.Known> nodes = new HashMap<>();
		if (ids.isEmpty()) {
			return nodes;
		}
		tx.run("""
				MATCH (n)
				WHERE n.key IS NOT NULL AND NOT n:Release
				WITH n, [id IN [n.curie, $own + n.key, 'PMID:' + n.pmid, 'doi:' + n.doi] WHERE id IN $ids] AS names
				WHERE size(names) > 0
				RETURN n.key AS key, labels(n) AS labels, names ORDER BY key""",
				Map.of("ids", List.copyOf(ids), "own", Biolink.PREFIX + ":"))
			.forEachRemaining(r -> Label.primary(r.get("labels").asList(Value::asString))
				.ifPresent(label -> r.get("names")
					.asList(Value::asString)
					.forEach(id -> nodes.putIfAbsent(id, new KgxFormat.Known(r.get("key").asString(), label)))));
		return nodes;
	}

	/**
	 * Loads a self-contained release in the curated format and records it as a
	 * {@code :Release} node. A release whose checksum is already recorded is not written
	 * again; only the drift-event tallies are written, if the graph was loaded before
	 * they existed.
	 * @param files file name → content, the four files of the curated format
	 * @param version the version to record
	 * @return what was done
	 * @throws InvalidDataException when any file, line or field is wrong; the graph is
	 * then unchanged
	 */
	public Result loadRelease(Map<String, byte[]> files, String version) {
		long started = System.nanoTime();
		List<Problem> fieldProblems = new ArrayList<>();
		Dataset dataset = CuratedFormat.read(files, fieldProblems);
		DatasetValidator.check(dataset, fieldProblems, Map.of());
		try (var session = driver.session()) {
			Result result = session.executeWrite(tx -> {
				boolean loaded = tx
					.run("MATCH (r:Release {checksum: $checksum}) RETURN count(r) > 0",
							Map.of("checksum", dataset.checksum()))
					.single()
					.get(0)
					.asBoolean();
				if (loaded) {
					GraphWriter.tallyWhereMissing(tx);
					return new Result(dataset.checksum(), version, true, dataset.nodes().size(), dataset.edges().size(),
							0, 0);
				}
				GraphWriter.Counts counts = GraphWriter.write(tx, dataset, Map.of(), GraphWriter.Properties.REPLACE,
						batchSize);
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
					result.alreadyLoaded() ? "already loaded, nothing written" : result.nodesCreated() + " nodes and "
							+ result.relationshipsCreated() + " relationships created",
					(System.nanoTime() - started) / 1_000_000);
			return result;
		}
	}

	/**
	 * How long each step of an import took, for the log: where the time of a long import
	 * goes.
	 */
	private static final class Phases {

		private final StringBuilder done = new StringBuilder();

		private long last = System.nanoTime();

		void end(String phase) {
			long now = System.nanoTime();
			done.append(done.isEmpty() ? "" : ", ")
				.append(phase)
				.append(' ')
				.append((now - last) / 1_000_000)
				.append(" ms");
			last = now;
		}

		@Override
		public String toString() {
			return done.toString();
		}

	}

}
