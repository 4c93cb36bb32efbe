package org.driftgraph.format.tsv;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a tab-separated file as {@link TsvTable} reads it: UTF-8, a header line, no
 * quoting, list cells joined with {@link TsvTable#LIST_SEPARATOR}. A value that cannot be
 * written so (a tab or line break in it, a {@code |} inside a list entry) stops the
 * export rather than change the data silently.
 */
public final class TsvWriter implements Closeable {

	private final Writer out;

	private final List<String> columns;

	/** Opens the file and writes the header line. */
	public TsvWriter(OutputStream out, List<String> columns) throws IOException {
		this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		this.columns = List.copyOf(columns);
		line(columns);
	}

	/**
	 * Writes one row.
	 * @param values column to value; a column without a value is left empty
	 * @throws IllegalStateException when a value has no column, since it would be lost
	 */
	public void row(Map<String, ?> values) throws IOException {
		for (String name : values.keySet()) {
			if (!columns.contains(name)) {
				throw new IllegalStateException(
						"No column for '" + name + "' = " + values.get(name) + " among " + columns);
			}
		}
		line(columns.stream().map(c -> cell(values.get(c))).toList());
	}

	/**
	 * @return the value as text: lists joined with {@code |}, nothing for null
	 */
	public static String text(Object value) {
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).collect(Collectors.joining(TsvTable.LIST_SEPARATOR));
		}
		return value == null ? "" : String.valueOf(value);
	}

	private static String cell(Object value) {
		if (value instanceof List<?> list
				&& list.stream().anyMatch(v -> String.valueOf(v).contains(TsvTable.LIST_SEPARATOR))) {
			throw new IllegalStateException("A list entry contains '" + TsvTable.LIST_SEPARATOR + "': " + list);
		}
		String text = text(value);
		if (text.contains("\t") || text.contains("\n") || text.contains("\r")) {
			throw new IllegalStateException("A value contains a tab or line break: " + text);
		}
		return text;
	}

	private void line(List<String> cells) throws IOException {
		out.write(String.join("\t", cells));
		out.write('\n');
	}

	@Override
	public void close() throws IOException {
		out.close();
	}

}
