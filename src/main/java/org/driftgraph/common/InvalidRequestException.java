package org.driftgraph.common;

/** A request parameter that is present but unusable; the message says which and why. */
public final class InvalidRequestException extends RuntimeException {

	private final String parameter;

	public InvalidRequestException(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	public String parameter() {
		return parameter;
	}

}
