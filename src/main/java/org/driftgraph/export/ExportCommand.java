package org.driftgraph.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import org.driftgraph.cli.DatabaseCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.springframework.beans.factory.BeanFactory;

/**
 * {@code driftgraph export}: the whole graph in one format, as {@code GET /api/export}
 * writes it.
 */
@Command(name = "export", description = "Write the whole graph in one format into a directory.")
public final class ExportCommand implements DatabaseCommand {

	@Spec
	CommandSpec spec;

	@Option(names = "--format", required = true, paramLabel = "FORMAT",
			description = "One of ${COMPLETION-CANDIDATES}.", completionCandidates = FormatNames.class)
	String format;

	@Parameters(paramLabel = "DIRECTORY", description = "Where the files go (created when missing).")
	Path directory;

	@Override
	public int run(BeanFactory beans) throws IOException {
		ExportFormat chosen = ExportFormat.of(format)
			.orElseThrow(() -> new ParameterException(spec.commandLine(),
					"unknown format '" + format + "'; use one of " + ExportFormat.ids()));
		Path target = Files.createDirectories(directory);
		beans.getBean(GraphExporter.class)
			.export(chosen, ExportScope.wholeGraph(), name -> Files.newOutputStream(target.resolve(name)));
		spec.commandLine().getOut().println("exported " + chosen.files() + " to " + target);
		return 0;
	}

	/** The format names, for the usage text. */
	static final class FormatNames implements Iterable<String> {

		@Override
		public Iterator<String> iterator() {
			return ExportFormat.ids().iterator();
		}

	}

}
