package org.driftgraph.format.tsv;

/**
 * One thing wrong with an input file, located precisely enough to fix it.
 *
 * @param file the file name
 * @param line the 1-based line number (0 when the problem concerns the whole file)
 * @param column the column (field) name, or null
 * @param message what is wrong
 */
public record Problem(String file, int line, String column, String message) {

	@Override
	public String toString() {
		return file + (line > 0 ? ":" + line : "") + (column != null ? " [" + column + "]" : "") + ": " + message;
	}

}
