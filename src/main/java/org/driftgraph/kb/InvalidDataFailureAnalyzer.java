package org.driftgraph.kb;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A curated release that fails validation stops start-up with the list of problems, not a
 * stack trace.
 */
final class InvalidDataFailureAnalyzer extends AbstractFailureAnalyzer<InvalidDataException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidDataException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Fix the rows listed above (the files are read from driftgraph.kb.location); the graph was left as it was.",
				cause);
	}

}
