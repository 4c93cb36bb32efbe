package org.driftgraph.format.curated;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.driftgraph.format.tsv.TsvWriter;
import org.driftgraph.schema.Label;

/**
 * Writes one file of the curated format as {@link CuratedFormat} reads it: the table's
 * columns in their declared order, a node's labels as {@code nodes.tsv} has them
 * ({@code CellType|ThSubset|Th17}), and the property {@code general_knowledge} back as
 * {@link CuratedFormat#GENERAL_KNOWLEDGE} after the papers in {@code refs}. A value
 * without a column stops the writing instead of being lost.
 */
public final class CuratedWriter implements Closeable {

	/** The metagraph label, then {@code ThSubset}, then the subset's own. */
	private static final Comparator<String> LABEL_ORDER = Comparator.comparing((String l) -> Label.of(l).isEmpty())
		.thenComparing(l -> !l.equals(Label.TH_SUBSET_LABEL))
		.thenComparing(l -> l);

	private final TsvWriter out;

	/** Opens a file with all the table's columns and writes the header line. */
	public CuratedWriter(OutputStream out, CuratedTable table) throws IOException {
		this(out, table, table.columnNames());
	}

	/**
	 * Opens a file with some of the table's columns, in the table's order, and writes the
	 * header line: for a writer that fills only these.
	 * @throws IllegalArgumentException when a column is not the table's
	 */
	public CuratedWriter(OutputStream out, CuratedTable table, Collection<String> columns) throws IOException {
		List<String> unknown = columns.stream().filter(c -> !table.columnNames().contains(c)).toList();
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException(table.file() + " has no columns " + unknown);
		}
		this.out = new TsvWriter(out, table.columnNames().stream().filter(columns::contains).toList());
	}

	/**
	 * Writes one row.
	 * @param cells column to value (lists for list columns); {@code general_knowledge}
	 * too, where it is true
	 */
	public void row(Map<String, ?> cells) throws IOException {
		Map<String, Object> row = new HashMap<>(cells);
		if (Boolean.TRUE.equals(row.remove(CuratedFormat.GENERAL_KNOWLEDGE_PROPERTY))) {
			List<Object> refs = new ArrayList<>((List<?>) row.getOrDefault("refs", List.of()));
			refs.add(CuratedFormat.GENERAL_KNOWLEDGE);
			row.put("refs", refs);
		}
		if (row.get("labels") instanceof List<?> labels) {
			row.put("labels", labels.stream().map(String::valueOf).sorted(LABEL_ORDER).toList());
		}
		out.row(row);
	}

	@Override
	public void close() throws IOException {
		out.close();
	}

}
