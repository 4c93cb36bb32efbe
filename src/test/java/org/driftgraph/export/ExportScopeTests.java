package org.driftgraph.export;

import org.driftgraph.common.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ExportScopeTests {

	@ParameterizedTest
	@ValueSource(ints = { 0, -1, ExportScope.MAX_HOPS + 1 })
	void hops_outside_one_to_three_are_refused_naming_the_parameter(int hops) {
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> ExportScope.neighbourhood("th2", hops))
			.satisfies(ex -> assertThat(ex.parameter()).isEqualTo("hops"))
			.withMessageContaining("between 1 and 3, was " + hops);
	}

	@Test
	void the_hop_bound_is_written_into_the_traversal() {
		assertThat(ExportScope.neighbourhood("th2", 2).nodes()).contains("[*0..2]");
		assertThat(ExportScope.neighbourhood("th2", 2).parameters()).containsEntry("focus", "th2");
	}

	@Test
	void a_blank_focus_or_event_is_refused() {
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> ExportScope.neighbourhood(" ", 1))
			.satisfies(ex -> assertThat(ex.parameter()).isEqualTo("focus"));
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> ExportScope.driftEvent(""))
			.satisfies(ex -> assertThat(ex.parameter()).isEqualTo("event"));
	}

	@Test
	void formats_are_named_as_in_requests_and_list_their_files() {
		assertThat(ExportFormat.of("kgx-tsv")).contains(ExportFormat.KGX_TSV);
		assertThat(ExportFormat.of("KGX_TSV")).isEmpty();
		assertThat(ExportFormat.KGX_JSONL.files()).containsExactly("nodes.jsonl", "edges.jsonl");
		assertThat(ExportFormat.CURATED.files()).containsExactly("nodes.tsv", "papers.tsv", "edges.tsv",
				"drift_events.tsv");
	}

}
