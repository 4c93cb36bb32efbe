package org.driftgraph.synthetic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SyntheticGraphTests {

	@TempDir
	Path dir;

	@Test
	void the_same_seed_and_size_give_the_same_files_and_another_seed_does_not() throws IOException {
		new SyntheticGraph(5_000, 7).write(dir.resolve("a"), n -> {
		});
		new SyntheticGraph(5_000, 7).write(dir.resolve("b"), n -> {
		});
		new SyntheticGraph(5_000, 8).write(dir.resolve("c"), n -> {
		});
		for (String file : List.of("nodes.tsv", "papers.tsv", "edges.tsv", "drift_events.tsv")) {
			assertThat(dir.resolve("b").resolve(file)).hasSameBinaryContentAs(dir.resolve("a").resolve(file));
		}
		assertThat(Files.readAllBytes(dir.resolve("c").resolve("edges.tsv")))
			.isNotEqualTo(Files.readAllBytes(dir.resolve("a").resolve("edges.tsv")));
	}

	@Test
	void it_makes_about_as_many_relationships_as_asked_and_counts_them_right() throws IOException {
		for (long asked : List.of(1_000L, 50_000L)) {
			Path out = dir.resolve("g" + asked);
			SyntheticGraph.Summary summary = new SyntheticGraph(asked, 42).write(out, n -> {
			});
			assertThat(summary.relationships()).isBetween(asked * 9 / 10, asked * 11 / 10);
			assertThat(summary.relationships()).isEqualTo(relationshipsIn(out));
			assertThat(summary.nodes())
				.isEqualTo(lines(out, "nodes.tsv") + lines(out, "papers.tsv") + lines(out, "drift_events.tsv"));
		}
	}

	@Test
	void a_few_cytokines_are_hubs_and_most_molecules_are_not() throws IOException {
		new SyntheticGraph(50_000, 42).write(dir, n -> {
		});
		Map<String, Integer> degree = new HashMap<>();
		try (Stream<String> lines = Files.lines(dir.resolve("edges.tsv"))) {
			lines.skip(1)
				.map(line -> line.split("\t")[3])
				.filter(o -> o.startsWith("syn_molecule_"))
				.forEach(o -> degree.merge(o, 1, Integer::sum));
		}
		List<Integer> sorted = degree.values().stream().sorted().toList();
		int median = sorted.get(sorted.size() / 2);
		assertThat(sorted.get(sorted.size() - 1)).isGreaterThan(20 * median);
	}

	@Test
	void keys_and_names_say_that_the_data_is_synthetic() throws IOException {
		new SyntheticGraph(1_000, 1).write(dir, n -> {
		});
		try (Stream<String> lines = Files.lines(dir.resolve("nodes.tsv"))) {
			assertThat(lines.skip(1)).allSatisfy(line -> assertThat(line.split("\t")[1]).startsWith("syn_"))
				.allSatisfy(line -> assertThat(line.split("\t")[2]).startsWith("Synthetic "));
		}
	}

	@Test
	void zipf_ranks_stay_in_range_and_favour_the_first() {
		SplittableRandom random = new SplittableRandom(3);
		int[] counts = new int[10];
		for (int i = 0; i < 100_000; i++) {
			counts[SyntheticGraph.zipf(random, 10, 1.1)]++;
		}
		assertThat(counts[0]).isGreaterThan(counts[1]).isGreaterThan(3 * counts[9]);
		assertThat(counts[9]).isPositive();
	}

	@Test
	void a_graph_too_small_to_hold_the_vocabulary_is_refused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SyntheticGraph(99, 1))
			.withMessage("relationships must be at least 100");
	}

	/**
	 * Relationships as the importer makes them: claims, citations, and one per
	 * drift-event link and paper.
	 */
	private static long relationshipsIn(Path dir) throws IOException {
		long claims = lines(dir, "edges.tsv");
		long citations = column(dir, "papers.tsv", 4);
		long eventLinks = 0;
		for (int column = 2; column <= 9; column++) {
			eventLinks += column(dir, "drift_events.tsv", column);
		}
		return claims + citations + eventLinks;
	}

	private static long column(Path dir, String file, int column) throws IOException {
		try (Stream<String> lines = Files.lines(dir.resolve(file))) {
			return lines.skip(1)
				.map(line -> line.split("\t", -1)[column])
				.mapToLong(cell -> cell.isEmpty() ? 0 : cell.split("\\|").length)
				.sum();
		}
	}

	private static long lines(Path dir, String file) throws IOException {
		try (Stream<String> lines = Files.lines(dir.resolve(file))) {
			return lines.count() - 1;
		}
	}

}
