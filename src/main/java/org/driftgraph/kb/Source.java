package org.driftgraph.kb;

/** Where a record came from, for error messages. */
record Source(String file, int line) {

	Problem problem(String column, String message) {
		return new Problem(file, line, column, message);
	}

}
