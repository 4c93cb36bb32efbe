package org.driftgraph.bench;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's arithmetic and report; the benchmark itself runs with
 * {@code ./mvnw -Pbench verify}.
 */
class ResultsTests {

	@Test
	void percentiles_are_nearest_rank() {
		double[] sorted = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
		assertThat(Results.percentile(sorted, 50)).isEqualTo(5);
		assertThat(Results.percentile(sorted, 95)).isEqualTo(10);
		assertThat(Results.percentile(new double[] { 42 }, 95)).isEqualTo(42);
	}

	@Test
	void a_ratio_meets_its_target_from_the_right_side() {
		assertThat(new Results.Ratio("a", 0.9, "min", 0.8, "").met()).isTrue();
		assertThat(new Results.Ratio("b", 1.4, "max", 1.3, "").met()).isFalse();
	}

	@Test
	void the_report_has_every_ratio_timing_and_figure_in_json_and_markdown(@TempDir Path dir) throws Exception {
		Results results = new Results(Map.of("cpus", 2));
		results.time("lookup", new double[] { 3, 1, 2 });
		results.ratio("lookup REST vs raw", 1.5, "max", 1.3, "medians");
		results.figure("heap", "1 GB");
		results.write(dir, "run");
		assertThat(dir.resolve("run.md")).content()
			.contains("| lookup REST vs raw | 1.50× | ≤ 1.3× | **no** | medians |", "| lookup | 3 | 2.0 ms | 3.0 ms |",
					"| heap | 1 GB |", "- cpus: 2");
		assertThat(dir.resolve("run.json")).content().contains("\"target_at_most\" : 1.3", "\"met\" : false");
	}

	@Test
	void a_second_run_of_the_day_keeps_the_first_runs_files(@TempDir Path dir) throws Exception {
		Results first = new Results(Map.of());
		first.figure("run", "first");
		Results second = new Results(Map.of());
		second.figure("run", "second");
		assertThat(first.write(dir, "2026-12-04-queries")).isEqualTo(dir.resolve("2026-12-04-queries"));
		assertThat(second.write(dir, "2026-12-04-queries")).isEqualTo(dir.resolve("2026-12-04-queries-2"));
		assertThat(dir.resolve("2026-12-04-queries.md")).content().contains("| run | first |");
		assertThat(dir.resolve("2026-12-04-queries-2.md")).content().contains("| run | second |");
	}

}
