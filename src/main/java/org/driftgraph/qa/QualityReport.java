package org.driftgraph.qa;

import java.util.List;

/**
 * The outcome of all quality checks.
 *
 * @param passed true when every check passed
 * @param checks each check with its violations
 */
public record QualityReport(boolean passed, List<Check> checks) {

	/**
	 * @param name the check's name (its file in {@code cypher/qa})
	 * @param description what it enforces
	 * @param violations how many violations were found
	 * @param examples the first violations, for a human to start with
	 */
	public record Check(String name, String description, int violations, List<String> examples) {

		public boolean passed() {
			return violations == 0;
		}

	}

}
