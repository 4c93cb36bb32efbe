package org.driftgraph.export;

import java.io.IOException;
import java.util.Set;

import org.driftgraph.common.InvalidRequestException;
import org.driftgraph.common.NotFoundException;
import org.driftgraph.lookup.EntityLookup;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;

import org.springframework.stereotype.Service;

/**
 * DriftGraph's public Java API for exports: the whole graph or a subgraph, in any
 * {@link ExportFormat}, streamed from one read transaction into the files a
 * {@link FileSink} opens. An unknown focus raises {@link NotFoundException} with
 * suggestions; a focus of the wrong kind, or a subgraph in the curated format, raises
 * {@link InvalidRequestException}.
 */
@Service
public class GraphExporter {

	private final Driver driver;

	private final EntityLookup lookup;

	GraphExporter(Driver driver, EntityLookup lookup) {
		this.driver = driver;
		this.lookup = lookup;
	}

	/**
	 * Checks that the export can be made, before anything is written (the HTTP layer
	 * calls it before it commits to a response).
	 */
	public void check(ExportFormat format, ExportScope scope) {
		String focus = scope.focus();
		if (focus == null) {
			return;
		}
		if (format == ExportFormat.CURATED) {
			throw new InvalidRequestException("format", "The curated format holds the whole graph only (a subgraph's "
					+ "claims cite papers and keys outside it); leave out '" + scope.parameter() + "'.");
		}
		lookup.require(scope.parameter(), focus, scope.focusLabel() == null ? Set.of() : Set.of(scope.focusLabel()));
	}

	/**
	 * Writes the export, file by file in the order of {@link ExportFormat#files()}, row
	 * by row as the database returns them.
	 * @throws IOException when the sink cannot be written
	 */
	public void export(ExportFormat format, ExportScope scope, FileSink sink) throws IOException {
		check(format, scope);
		// An explicit transaction rather than executeRead: a retry after files were
		// written would write them twice.
		try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
				Transaction tx = session.beginTransaction()) {
			GraphSource source = new GraphSource(tx, scope);
			switch (format) {
				case KGX_TSV -> KgxExport.writeTsv(source, sink);
				case KGX_JSONL -> KgxExport.writeJsonl(source, sink);
				case GRAPHML -> GraphMl.write(source, sink);
				case CYJS -> CytoscapeJs.write(source, sink);
				case CURATED -> CuratedExport.write(tx, sink);
			}
		}
	}

}
