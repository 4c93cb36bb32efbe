package org.driftgraph.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ParametersTests {

	@Test
	void text_must_be_present_and_at_most_200_characters() {
		assertThat(Parameters.requireText("from", "th17")).isEqualTo("th17");
		assertThat(Parameters.requireText("q", "x".repeat(200))).hasSize(200);
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> Parameters.requireText("from", " "))
			.withMessage("Parameter 'from' must not be blank.")
			.satisfies(ex -> assertThat(ex.parameter()).isEqualTo("from"));
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> Parameters.requireText("q", null))
			.withMessage("Parameter 'q' must not be blank.");
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> Parameters.requireText("key", "x".repeat(201)))
			.withMessage("Parameter 'key' is longer than 200 characters.");
	}

}
