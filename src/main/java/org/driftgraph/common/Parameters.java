package org.driftgraph.common;

import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * The checks of request parameters and their messages, in one place: Bean Validation
 * constraints on the handlers' parameters ({@link Text}, and {@code @Range} with
 * {@link #RANGE}) at the HTTP edge, {@link #requireText} for the Java API, both ending in
 * an {@link InvalidRequestException} that names the parameter.
 */
public final class Parameters {

	/** The longest key, CURIE or search text accepted. */
	public static final int MAX_LENGTH = 200;

	static final String BLANK = "must not be blank";

	static final String TOO_LONG = "is longer than " + MAX_LENGTH + " characters";

	/**
	 * The message of a number outside its range, for
	 * {@code @Range(min = …, max = …, message = RANGE)}.
	 */
	public static final String RANGE = "must be between {min} and {max}, was ${validatedValue}";

	private Parameters() {
	}

	/**
	 * @param parameter the parameter's name, for the message
	 * @param value its value
	 * @return the value, when it is neither blank nor longer than {@value #MAX_LENGTH}
	 * characters
	 * @throws InvalidRequestException naming the parameter otherwise
	 */
	public static String requireText(String parameter, String value) {
		if (value == null || value.isBlank()) {
			throw invalid(parameter, BLANK);
		}
		if (value.length() > MAX_LENGTH) {
			throw invalid(parameter, TOO_LONG);
		}
		return value;
	}

	/**
	 * @param ex Spring MVC's report of a handler's parameters that broke their
	 * constraints
	 * @return the first broken constraint as the exception the error handlers answer
	 */
	public static InvalidRequestException invalid(HandlerMethodValidationException ex) {
		ParameterValidationResult result = ex.getParameterValidationResults().get(0);
		return invalid(result.getMethodParameter().getParameterName(),
				result.getResolvableErrors().get(0).getDefaultMessage());
	}

	private static InvalidRequestException invalid(String parameter, String message) {
		return new InvalidRequestException(parameter, "Parameter '" + parameter + "' " + message + ".");
	}

}
