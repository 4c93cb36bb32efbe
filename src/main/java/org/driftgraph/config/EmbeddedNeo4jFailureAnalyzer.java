package org.driftgraph.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a failed embedded start into Spring Boot's short "what happened / what to do"
 * report.
 */
final class EmbeddedNeo4jFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedNeo4jException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedNeo4jException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}

}
