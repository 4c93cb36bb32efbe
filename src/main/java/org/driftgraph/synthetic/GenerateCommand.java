package org.driftgraph.synthetic;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code driftgraph generate}: a synthetic graph in the curated format, for load tests
 * and the benchmark.
 */
@Command(name = "generate", description = "Write a synthetic graph in the curated format (no database needed).")
public final class GenerateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--relationships", paramLabel = "N", defaultValue = "1000",
			description = "How many relationships (default ${DEFAULT-VALUE}).")
	long relationships;

	@Option(names = "--seed", paramLabel = "S", defaultValue = "42",
			description = "The random seed; the same seed writes the same files (default ${DEFAULT-VALUE}).")
	long seed;

	@Parameters(paramLabel = "DIRECTORY", description = "Where the files go.")
	Path directory;

	@Override
	public Integer call() throws Exception {
		SyntheticGraph graph;
		try {
			graph = new SyntheticGraph(relationships, seed);
		}
		catch (IllegalArgumentException ex) {
			throw new ParameterException(spec.commandLine(), ex.getMessage());
		}
		long started = System.nanoTime();
		SyntheticGraph.Summary summary = graph.write(directory,
				written -> spec.commandLine()
					.getErr()
					.printf("generated %,d relationships (%.0f s)%n", written, (System.nanoTime() - started) / 1e9));
		spec.commandLine()
			.getOut()
			.printf("generated %,d nodes and %,d relationships (seed %d) in %s%n", summary.nodes(),
					summary.relationships(), seed, directory);
		return 0;
	}

}
