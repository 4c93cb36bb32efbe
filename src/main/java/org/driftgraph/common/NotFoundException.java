package org.driftgraph.common;

import java.util.List;

/** A key that names no node; carries the closest names the full-text index found. */
public final class NotFoundException extends RuntimeException {

	private final String parameter;

	private final List<String> suggestions;

	public NotFoundException(String parameter, String key, List<String> suggestions) {
		super("No node has the key '" + key + "' (parameter '" + parameter + "')"
				+ (suggestions.isEmpty() ? "." : "; did you mean " + String.join(", ", suggestions) + "?"));
		this.parameter = parameter;
		this.suggestions = List.copyOf(suggestions);
	}

	public String parameter() {
		return parameter;
	}

	public List<String> suggestions() {
		return suggestions;
	}

}
