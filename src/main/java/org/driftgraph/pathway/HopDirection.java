package org.driftgraph.pathway;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which way a path crosses a relationship. */
public enum HopDirection {

	/** Subject to object, the way the relationship points. */
	FORWARD,
	/**
	 * Object to subject: {@code th2 <-DRIVEN_BY- eczematous_eruption}, the subset drives
	 * the reaction.
	 */
	REVERSE;

	/**
	 * @return {@code forward} or {@code reverse}, as JSON and Cypher results spell it
	 */
	@JsonValue
	public String value() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
