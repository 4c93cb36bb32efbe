package org.driftgraph.common;

/** The checks every text parameter of the API gets before it is used. */
public final class Parameters {

	/** The longest key, CURIE or search text accepted. */
	public static final int MAX_LENGTH = 200;

	private Parameters() {
	}

	/**
	 * @param parameter the parameter's name, for the message
	 * @param value its value
	 * @return the value, when it is neither blank nor longer than {@value #MAX_LENGTH} characters
	 * @throws InvalidRequestException naming the parameter otherwise
	 */
	public static String requireText(String parameter, String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidRequestException(parameter, "Parameter '" + parameter + "' must not be blank.");
		}
		if (value.length() > MAX_LENGTH) {
			throw new InvalidRequestException(parameter,
					"Parameter '" + parameter + "' is longer than " + MAX_LENGTH + " characters.");
		}
		return value;
	}

}
