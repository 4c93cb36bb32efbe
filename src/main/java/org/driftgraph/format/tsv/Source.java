package org.driftgraph.format.tsv;

/**
 * Where a record came from, for error messages.
 *
 * @param file the file name
 * @param line the 1-based line number
 */
public record Source(String file, int line) {

	/**
	 * @return a problem at this place, in {@code column} (or null for the whole line)
	 */
	public Problem problem(String column, String message) {
		return new Problem(file, line, column, message);
	}

}
