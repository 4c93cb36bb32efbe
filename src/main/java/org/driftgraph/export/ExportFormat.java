package org.driftgraph.export;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.driftgraph.format.curated.CuratedTable;
import org.driftgraph.format.kgx.KgxFormat;

/** The formats {@link GraphExporter} writes, each with the files it produces. */
public enum ExportFormat {

	/**
	 * KGX as TSV: Biolink categories and predicates, list cells separated by {@code |}.
	 * Also named {@code kgx}, the name the import gives KGX, as KGX's usual
	 * serialisation.
	 */
	KGX_TSV("kgx-tsv", KgxFormat.NODES_TSV, KgxFormat.EDGES_TSV),
	/** KGX as JSON Lines: one node or edge per line. */
	KGX_JSONL("kgx-jsonl", KgxFormat.NODES_JSONL, KgxFormat.EDGES_JSONL),
	/** GraphML with typed attribute keys, for Gephi and Cytoscape. */
	GRAPHML("graphml", GraphMl.FILE),
	/**
	 * Cytoscape.js JSON ({@code elements.nodes}, {@code elements.edges}), also read by
	 * Cytoscape.
	 */
	CYJS("cyjs", CytoscapeJs.FILE),
	/**
	 * The curated format of {@code src/main/resources/kb}: loads back into an empty
	 * database as the same graph.
	 */
	CURATED("curated", CuratedTable.files().toArray(String[]::new));

	private final String id;

	private final List<String> files;

	ExportFormat(String id, String... files) {
		this.id = id;
		this.files = List.of(files);
	}

	/**
	 * @return the format's name in requests ({@code kgx-tsv})
	 */
	public String id() {
		return id;
	}

	/**
	 * @return the names of the files the format produces, in the order they are written
	 */
	public List<String> files() {
		return files;
	}

	/**
	 * @return the names of all formats, as requests spell them
	 */
	public static List<String> ids() {
		return Arrays.stream(values()).map(ExportFormat::id).toList();
	}

	/**
	 * @return the format of this name, if there is one
	 */
	public static Optional<ExportFormat> of(String id) {
		return "kgx".equals(id) ? Optional.of(KGX_TSV)
				: Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
	}

	@Override
	public String toString() {
		return id;
	}

}
