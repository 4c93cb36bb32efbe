package org.driftgraph.curation;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.driftgraph.cli.DatabaseCommand;
import org.driftgraph.kb.ImportFormat;
import org.driftgraph.kb.ImportTooLargeException;
import org.driftgraph.kb.InvalidDataException;
import org.driftgraph.kb.KnowledgeBaseLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.springframework.beans.factory.BeanFactory;

/**
 * {@code driftgraph import}: the curator's import from files, with the same loader as
 * {@code POST /api/import}.
 */
@Command(name = "import", description = "Import curated or KGX files in one transaction: all of them or nothing.")
public final class ImportCommand implements DatabaseCommand {

	@Spec
	CommandSpec spec;

	@Option(names = "--dry-run", description = "Validate and count what would change; write nothing.")
	boolean dryRun;

	@Option(names = "--format", paramLabel = "FORMAT",
			description = "One of ${COMPLETION-CANDIDATES}; detected from the files when left out.",
			completionCandidates = FormatNames.class)
	String format;

	@Parameters(paramLabel = "FILE_OR_DIRECTORY",
			description = "A file, or a directory whose .tsv and .jsonl files are read together.")
	Path path;

	@Override
	public int run(BeanFactory beans) throws IOException {
		ImportFormat chosen = format == null ? null
				: ImportFormat.of(format)
					.orElseThrow(() -> new ParameterException(spec.commandLine(),
							"unknown format '" + format + "'; use one of " + ImportFormat.ids()));
		Map<String, byte[]> files = read(path);
		PrintWriter out = spec.commandLine().getOut();
		KnowledgeBaseLoader.ImportReport report;
		try {
			report = beans.getBean(KnowledgeBaseLoader.class)
				.importFiles(files, chosen != null ? chosen : ImportFormat.detect(files), dryRun,
						System.getProperty("user.name", "cli"));
		}
		catch (InvalidDataException ex) {
			PrintWriter err = spec.commandLine().getErr();
			ex.problems().stream().limit(100).forEach(err::println);
			err.println(
					"driftgraph import: " + ex.problems().size() + " problem(s) in the files; nothing was imported.");
			return 1;
		}
		catch (ImportTooLargeException ex) {
			spec.commandLine().getErr().println("driftgraph import: " + ex.getMessage());
			return 1;
		}
		out.printf(
				"%s %s: nodes %d created, %d updated, %d unchanged; relationships %d created, %d updated, "
						+ "%d unchanged%s%n",
				dryRun ? "dry run of" : "imported", files.keySet(), report.nodesCreated(), report.nodesUpdated(),
				report.nodesUnchanged(), report.relationshipsCreated(), report.relationshipsUpdated(),
				report.relationshipsUnchanged(), report.written() ? " (change " + report.changeId() + ")"
						: report.dryRun() ? "" : " (nothing to write)");
		return 0;
	}

	/**
	 * A file of the curated format or KGX, or a directory holding some (its .tsv and
	 * .jsonl files).
	 */
	private static Map<String, byte[]> read(Path path) throws IOException {
		if (!Files.exists(path)) {
			throw new IOException("no file or directory " + path);
		}
		Map<String, byte[]> files = new LinkedHashMap<>();
		if (Files.isDirectory(path)) {
			try (Stream<Path> children = Files.list(path)) {
				for (Path child : children.filter(ImportCommand::isImportable).sorted().toList()) {
					files.put(child.getFileName().toString(), Files.readAllBytes(child));
				}
			}
			if (files.isEmpty()) {
				throw new IOException("no .tsv or .jsonl file in " + path);
			}
		}
		else {
			files.put(path.getFileName().toString(), Files.readAllBytes(path));
		}
		return files;
	}

	private static boolean isImportable(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(".tsv") || name.endsWith(".jsonl");
	}

	/** The format names, for the usage text. */
	static final class FormatNames implements Iterable<String> {

		@Override
		public java.util.Iterator<String> iterator() {
			return ImportFormat.ids().iterator();
		}

	}

}
