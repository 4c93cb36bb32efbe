package org.driftgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.driftgraph.DriftGraphApplication;
import org.driftgraph.DriftGraphCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parsing and usage errors, which need no database: a wrong command line stops before
 * anything starts.
 */
class CliTests {

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	int run(String... args) {
		out.reset();
		err.reset();
		return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8))
			.run(DriftGraphApplication.class, new DriftGraphCommand(), args);
	}

	String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void options_take_their_value_after_a_space_or_an_equals_sign(@TempDir Path dir) throws Exception {
		assertThat(run("generate", "--seed", "3", dir.resolve("default").toString())).as(err()).isZero();
		String byDefault = out().replace(dir.resolve("default").toString(), "DIR");
		assertThat(run("generate", "--relationships", "5000", "--seed", "3", dir.resolve("a").toString())).as(err())
			.isZero();
		String spaced = out().replace(dir.resolve("a").toString(), "DIR");
		assertThat(run("generate", "--relationships=5000", "--seed=3", dir.resolve("b").toString())).as(err()).isZero();
		assertThat(out().replace(dir.resolve("b").toString(), "DIR")).isEqualTo(spaced).contains("(seed 3)");
		assertThat(spaced).isNotEqualTo(byDefault);
		assertThat(dir.resolve("b/edges.tsv")).hasSameTextualContentAs(dir.resolve("a/edges.tsv"));
	}

	@Test
	void a_misspelt_option_is_refused_not_ignored(@TempDir Path dir) {
		assertThat(run("generate", "--relationshps=5000", dir.toString())).isEqualTo(2);
		assertThat(err()).startsWith("driftgraph generate: unknown option or argument '--relationshps=5000'")
			.contains("Usage: driftgraph generate");
		assertThat(dir).isEmptyDirectory();
		assertThat(run("generate", dir.toString(), "extra")).isEqualTo(2);
		assertThat(err()).contains("unknown option or argument 'extra'");
	}

	@Test
	void missing_arguments_are_usage_errors_found_before_the_database_starts() {
		assertThat(run("import")).isEqualTo(2);
		assertThat(err()).contains("driftgraph import: Missing required parameter: 'FILE_OR_DIRECTORY'");
		assertThat(run("export", "out")).isEqualTo(2);
		assertThat(err()).contains("driftgraph export: Missing required option: '--format=FORMAT'");
		assertThat(run("query", "--param", "nonsense", "RETURN 1")).isEqualTo(2);
		assertThat(err()).contains("should be in KEY=VALUE format but was nonsense");
		assertThat(run("generate", "--relationships", "3", "out")).isEqualTo(2);
		assertThat(err()).contains("driftgraph generate: relationships must be at least");
	}

	@Test
	void help_names_every_command_and_the_exit_codes() {
		assertThat(run("--help")).isZero();
		assertThat(out()).contains("Usage: driftgraph", "import", "export", "qa", "query", "generate", "--verbose",
				"Exit codes: 0 done, 1 failed, 2 wrong usage.");
		assertThat(run("generate", "-h")).isZero();
		assertThat(out()).contains("Usage: driftgraph generate", "--relationships=N", "default 1000");
	}

}
