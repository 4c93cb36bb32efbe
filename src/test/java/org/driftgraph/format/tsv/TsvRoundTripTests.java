package org.driftgraph.format.tsv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * What {@link TsvWriter} writes, {@link TsvTable} reads back: text, lists and empty
 * cells, no database needed.
 */
class TsvRoundTripTests {

	@Test
	void rows_written_read_back_the_same() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (TsvWriter writer = new TsvWriter(out, List.of("key", "name", "synonyms", "year"))) {
			writer.row(Map.of("key", "secukinumab", "name", "Secukinumab", "synonyms", List.of("Cosentyx", "AIN457"),
					"year", 2015));
			writer.row(Map.of("key", "th17", "synonyms", List.of()));
		}
		List<Problem> problems = new ArrayList<>();
		TsvTable table = TsvTable.read("t.tsv", out.toByteArray(), Set.of("key"), Set.of("name", "synonyms", "year"),
				problems);
		assertThat(problems).isEmpty();
		assertThat(table.rows()).hasSize(2);
		TsvTable.Row first = table.rows().get(0);
		assertThat(first.get("name")).isEqualTo("Secukinumab");
		assertThat(first.list("synonyms")).containsExactly("Cosentyx", "AIN457");
		assertThat(first.get("year")).isEqualTo("2015");
		TsvTable.Row second = table.rows().get(1);
		assertThat(second.cells()).containsOnlyKeys("key");
		assertThat(second.list("synonyms")).isEmpty();
		assertThat(second.source()).isEqualTo(new Source("t.tsv", 3));
	}

	@Test
	void a_list_entry_holding_the_separator_is_refused_rather_than_split_on_reading() throws IOException {
		try (TsvWriter writer = new TsvWriter(new ByteArrayOutputStream(), List.of("synonyms"))) {
			assertThatIllegalStateException()
				.isThrownBy(() -> writer.row(Map.of("synonyms", List.of("a" + TsvTable.LIST_SEPARATOR + "b"))))
				.withMessageContaining("contains '|'");
		}
	}

}
