package org.driftgraph.format.tsv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A tab-separated file with a header line: UTF-8, one record per line, no quoting,
 * {@code #} starts a comment line, blank lines are skipped. Problems are collected, not
 * thrown, so that one pass reports all of them.
 */
public final class TsvTable {

	/** Separates the entries of a list cell, in reading and in writing. */
	public static final String LIST_SEPARATOR = "|";

	private final List<Row> rows;

	private TsvTable(List<Row> rows) {
		this.rows = rows;
	}

	/** A data line: its source and its non-empty cells by column name. */
	public record Row(Source source, Map<String, String> cells) {

		/**
		 * @return the trimmed cell, or null when it is empty or the column is absent
		 */
		public String get(String column) {
			return cells.get(column);
		}

		/**
		 * @return the cell split at {@link #LIST_SEPARATOR}, empty entries dropped
		 */
		public List<String> list(String column) {
			String value = cells.get(column);
			if (value == null) {
				return List.of();
			}
			return Arrays.stream(value.split("\\" + LIST_SEPARATOR))
				.map(String::trim)
				.filter(s -> !s.isEmpty())
				.toList();
		}

		/**
		 * @return a problem in this row's {@code column}
		 */
		public Problem problem(String column, String message) {
			return source.problem(column, message);
		}

	}

	/**
	 * @return the data lines, in file order
	 */
	public List<Row> rows() {
		return rows;
	}

	/**
	 * Reads a table. {@code required} columns must be in the header; {@code optional}
	 * ones may be; any other column is a problem.
	 */
	public static TsvTable read(String file, byte[] content, Set<String> required, Set<String> optional,
			List<Problem> problems) {
		return read(file, content, required, Optional.of(optional), problems);
	}

	/**
	 * Reads a table whose header must have the {@code required} columns and may have any
	 * other.
	 */
	public static TsvTable read(String file, byte[] content, Set<String> required, List<Problem> problems) {
		return read(file, content, required, Optional.empty(), problems);
	}

	private static TsvTable read(String file, byte[] content, Set<String> required, Optional<Set<String>> optional,
			List<Problem> problems) {
		List<Row> rows = new ArrayList<>();
		String[] lines = lines(file, content, problems);
		String[] header = null;
		int headerLine = 0;
		for (int i = 0; i < lines.length; i++) {
			if (lines[i] == null) {
				continue; // not UTF-8, already reported
			}
			String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
			int number = i + 1;
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] fields = line.split("\t", -1);
			if (header == null) {
				header = fields;
				headerLine = number;
				checkHeader(file, number, header, required, optional, problems);
				continue;
			}
			if (fields.length != header.length) {
				problems.add(new Problem(file, number, null, "expected " + header.length
						+ " tab-separated fields as in the header, found " + fields.length));
				continue;
			}
			Map<String, String> cells = new LinkedHashMap<>();
			for (int c = 0; c < header.length; c++) {
				String value = fields[c].trim();
				if (!value.isEmpty()) {
					cells.put(header[c].trim(), value);
				}
			}
			rows.add(new Row(new Source(file, number), cells));
		}
		if (header == null) {
			problems.add(new Problem(file, 0, null, "the file is empty (no header line)"));
		}
		else if (rows.isEmpty() && problems.stream().noneMatch(p -> p.file().equals(file))) {
			problems.add(new Problem(file, headerLine, null, "the file has a header but no data lines"));
		}
		return new TsvTable(rows);
	}

	/**
	 * Splits UTF-8 content into lines (a leading byte-order mark dropped), reporting each
	 * line that is not UTF-8 and leaving null in its place.
	 */
	public static String[] lines(String file, byte[] content, List<Problem> problems) {
		List<String> lines = new ArrayList<>();
		int start = 0;
		for (int i = 0; i <= content.length; i++) {
			if (i == content.length || content[i] == '\n') {
				if (i == content.length && start == i) {
					break;
				}
				try {
					lines.add(StandardCharsets.UTF_8.newDecoder()
						.onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT)
						.decode(ByteBuffer.wrap(content, start, i - start))
						.toString());
				}
				catch (CharacterCodingException ex) {
					problems.add(new Problem(file, lines.size() + 1, null, "the line is not valid UTF-8"));
					lines.add(null);
				}
				start = i + 1;
			}
		}
		if (!lines.isEmpty() && lines.get(0) != null && lines.get(0).startsWith("\uFEFF")) {
			lines.set(0, lines.get(0).substring(1));
		}
		return lines.toArray(String[]::new);
	}

	private static void checkHeader(String file, int line, String[] header, Set<String> required,
			Optional<Set<String>> optional, List<Problem> problems) {
		List<String> columns = Arrays.stream(header).map(String::trim).toList();
		for (String column : required) {
			if (!columns.contains(column)) {
				problems.add(new Problem(file, line, column, "missing required column"));
			}
		}
		for (String column : columns) {
			if (!required.contains(column) && optional.isPresent() && !optional.get().contains(column)) {
				problems.add(new Problem(file, line, column,
						"unknown column; allowed are " + required + " and " + optional.get()));
			}
		}
		if (columns.stream().distinct().count() != columns.size()) {
			problems.add(new Problem(file, line, null, "a column appears twice in the header"));
		}
	}

}
