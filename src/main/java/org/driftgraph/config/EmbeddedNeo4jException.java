package org.driftgraph.config;

/**
 * The embedded database could not start. Carries what happened and what to change, which
 * {@link EmbeddedNeo4jFailureAnalyzer} prints instead of a stack trace.
 */
public final class EmbeddedNeo4jException extends RuntimeException {

	private final String action;

	EmbeddedNeo4jException(String description, String action, Throwable cause) {
		super(description, cause);
		this.action = action;
	}

	/**
	 * @return what the user should change
	 */
	public String action() {
		return action;
	}

}
