package org.driftgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.driftgraph.common.InvalidRequestException;
import org.driftgraph.cypher.ReadOnlyCypher;
import org.driftgraph.export.ExportFormat;
import org.driftgraph.export.ExportScope;
import org.driftgraph.export.GraphExporter;
import org.driftgraph.kb.ImportFormat;
import org.driftgraph.kb.InvalidDataException;
import org.driftgraph.kb.KnowledgeBaseLoader;
import org.driftgraph.qa.QualityChecks;
import org.driftgraph.qa.QualityReport;
import org.driftgraph.synthetic.SyntheticGraph;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar driftgraph.jar <command> [options]}: each command starts the application without its web server,
 * does one thing, prints its result, and exits 0 on success or non-zero with a one-line reason.
 */
public final class CommandLine {

	/** The commands, with their usage lines. */
	static final Map<String, String> USAGE = usage();

	private final PrintStream out;

	private final PrintStream err;

	CommandLine(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** @return whether these arguments ask for a command rather than the service */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && (USAGE.containsKey(args[0]) || Set.of("--help", "-h", "help").contains(args[0]));
	}

	/** Runs a command and exits the JVM with its code. */
	public static void main(Class<?> application, String[] args) {
		System.exit(new CommandLine(System.out, System.err).run(application, args));
	}

	int run(Class<?> application, String[] args) {
		if (!USAGE.containsKey(args[0])) {
			out.println(overview());
			return 0;
		}
		String command = args[0];
		List<String> options = new ArrayList<>();
		List<String> springArgs = new ArrayList<>(List.of("--spring.main.web-application-type=none"));
		for (String arg : List.of(args).subList(1, args.length)) {
			if (arg.startsWith("--") && arg.contains("=") && arg.substring(2, arg.indexOf('=')).matches("[\\w.-]+")
					&& !arg.startsWith("--param")) {
				springArgs.add(arg);
			}
			else {
				options.add(arg);
			}
		}
		if (options.contains("--help") || options.contains("-h")) {
			out.println("usage: " + USAGE.get(command));
			return 0;
		}
		if (command.equals("generate")) {
			return generate(options);
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(springArgs.toArray(String[]::new))) {
			return switch (command) {
				case "import" -> importFiles(context, options);
				case "export" -> export(context, options);
				case "qa" -> qa(context);
				default -> query(context, options);
			};
		}
		catch (UsageException ex) {
			err.println("driftgraph " + command + ": " + ex.getMessage());
			err.println("usage: " + USAGE.get(command));
			return 2;
		}
		catch (InvalidDataException ex) {
			ex.problems().stream().limit(100).forEach(p -> err.println(p));
			err.println("driftgraph " + command + ": " + ex.problems().size()
					+ " problem(s) in the files; nothing was imported.");
			return 1;
		}
		catch (InvalidRequestException | ReadOnlyCypher.TimeoutException | IOException ex) {
			err.println("driftgraph " + command + ": " + ex.getMessage());
			return 1;
		}
	}

	private int importFiles(ConfigurableApplicationContext context, List<String> options) throws IOException {
		boolean dryRun = options.remove("--dry-run");
		String formatId = option(options, "--format");
		ImportFormat format = formatId == null ? null : ImportFormat.of(formatId)
			.orElseThrow(() -> new UsageException("unknown format '" + formatId + "'; use one of " + ImportFormat.ids()));
		if (options.size() != 1) {
			throw new UsageException("give exactly one file or directory");
		}
		Map<String, byte[]> files = read(Path.of(options.get(0)));
		KnowledgeBaseLoader.ImportReport report = context.getBean(KnowledgeBaseLoader.class)
			.importFiles(files, format != null ? format : ImportFormat.detect(files), dryRun,
					System.getProperty("user.name", "cli"));
		out.printf("%s %s: nodes %d created, %d updated, %d unchanged; relationships %d created, %d updated, "
				+ "%d unchanged%s%n", dryRun ? "dry run of" : "imported", files.keySet(), report.nodesCreated(),
				report.nodesUpdated(), report.nodesUnchanged(), report.relationshipsCreated(),
				report.relationshipsUpdated(), report.relationshipsUnchanged(),
				report.written() ? " (change " + report.changeId() + ")" : report.dryRun() ? "" : " (nothing to write)");
		return 0;
	}

	/** Needs no database: writes files only. */
	private int generate(List<String> options) {
		try {
			long relationships = longOption(options, "--relationships", 1_000);
			long seed = longOption(options, "--seed", 42);
			if (options.size() != 1) {
				throw new UsageException("give exactly one output directory");
			}
			Path directory = Path.of(options.get(0));
			long started = System.nanoTime();
			SyntheticGraph.Summary summary = new SyntheticGraph(relationships, seed).write(directory,
					written -> err.printf("generated %,d relationships (%.0f s)%n", written,
							(System.nanoTime() - started) / 1e9));
			out.printf("generated %,d nodes and %,d relationships (seed %d) in %s%n", summary.nodes(),
					summary.relationships(), seed, directory);
			return 0;
		}
		catch (UsageException | IllegalArgumentException ex) {
			err.println("driftgraph generate: " + ex.getMessage());
			err.println("usage: " + USAGE.get("generate"));
			return 2;
		}
		catch (IOException ex) {
			err.println("driftgraph generate: " + ex.getMessage());
			return 1;
		}
	}

	/** Removes {@code --name value} from the options and returns the value, or the default when absent. */
	private static long longOption(List<String> options, String name, long fallback) {
		String value = option(options, name);
		if (value == null) {
			return fallback;
		}
		try {
			return Long.parseLong(value.replace("_", ""));
		}
		catch (NumberFormatException ex) {
			throw new UsageException(name + " takes a whole number, got '" + value + "'");
		}
	}

	private int export(ConfigurableApplicationContext context, List<String> options) throws IOException {
		String id = option(options, "--format");
		if (id == null) {
			throw new UsageException("--format is required: one of " + ExportFormat.ids());
		}
		ExportFormat format = ExportFormat.of(id)
			.orElseThrow(() -> new UsageException("unknown format '" + id + "'; use one of " + ExportFormat.ids()));
		if (options.size() != 1) {
			throw new UsageException("give exactly one output directory");
		}
		Path directory = Files.createDirectories(Path.of(options.get(0)));
		context.getBean(GraphExporter.class)
			.export(format, ExportScope.wholeGraph(), name -> Files.newOutputStream(directory.resolve(name)));
		out.println("exported " + format.files() + " to " + directory);
		return 0;
	}

	private int qa(ConfigurableApplicationContext context) {
		QualityReport report = context.getBean(QualityChecks.class).run();
		for (QualityReport.Check check : report.checks()) {
			out.printf("%-36s %s%n", check.name(), check.passed() ? "ok" : check.violations() + " violation(s)");
			check.examples().forEach(example -> out.println("    " + example));
		}
		if (!report.passed()) {
			err.println("driftgraph qa: " + report.checks().stream().filter(c -> !c.passed()).count()
					+ " check(s) failed.");
			return 1;
		}
		return 0;
	}

	private int query(ConfigurableApplicationContext context, List<String> options) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		List<String> rest = new ArrayList<>();
		for (int i = 0; i < options.size(); i++) {
			String option = options.get(i);
			String pair = option.startsWith("--param=") ? option.substring("--param=".length())
					: option.equals("--param") && i + 1 < options.size() ? options.get(++i) : null;
			if (pair == null) {
				rest.add(option);
			}
			else if (!pair.contains("=")) {
				throw new UsageException("--param takes name=value, got '" + pair + "'");
			}
			else {
				parameters.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
			}
		}
		if (rest.size() != 1) {
			throw new UsageException("give exactly one Cypher query (quote it)");
		}
		ReadOnlyCypher.Answer answer = context.getBean(ReadOnlyCypher.class).run(rest.get(0), parameters);
		JsonMapper json = JsonMapper.builder().build();
		out.println(String.join("\t", answer.columns()));
		for (Map<String, Object> row : answer.rows()) {
			List<String> cells = new ArrayList<>();
			for (Object value : row.values()) {
				cells.add(value instanceof String s ? s : json.writeValueAsString(value));
			}
			out.println(String.join("\t", cells));
		}
		if (answer.truncated()) {
			err.println("driftgraph query: the result was cut at driftgraph.cypher.max-rows rows.");
		}
		return 0;
	}

	/**
	 * Removes an option and its value from the options.
	 * @return the value, or null when the option is absent
	 */
	private static String option(List<String> options, String name) {
		int flag = options.indexOf(name);
		if (flag < 0) {
			return null;
		}
		if (flag + 1 >= options.size()) {
			throw new UsageException(name + " needs a value");
		}
		String value = options.remove(flag + 1);
		options.remove(flag);
		return value;
	}

	/** A file of the curated format or KGX, or a directory holding some (its .tsv and .jsonl files). */
	private static Map<String, byte[]> read(Path path) throws IOException {
		if (!Files.exists(path)) {
			throw new IOException("no file or directory " + path);
		}
		Map<String, byte[]> files = new LinkedHashMap<>();
		if (Files.isDirectory(path)) {
			try (Stream<Path> children = Files.list(path)) {
				for (Path child : children.filter(CommandLine::isImportable).sorted().toList()) {
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

	private static String overview() {
		StringBuilder text = new StringBuilder("usage: java -jar driftgraph.jar <command> [options] [--property=value ...]\n"
				+ "Without a command the service starts. Commands (each takes --help):\n");
		USAGE.values().forEach(line -> text.append("  ").append(line).append('\n'));
		text.append("Against an external Neo4j: --NEO4J_URI=bolt://host:7687 (or the NEO4J_URI variable).");
		return text.toString();
	}

	private static Map<String, String> usage() {
		Map<String, String> usage = new LinkedHashMap<>();
		usage.put("import", "import [--dry-run] [--format " + String.join("|", ImportFormat.ids())
				+ "] <file-or-directory>   import curated or KGX files (atomic; the format is detected when not given)");
		usage.put("export", "export --format <" + String.join("|", ExportFormat.ids())
				+ "> <directory>   write the whole graph");
		usage.put("qa", "qa   run the quality checks; exit 1 when one fails");
		usage.put("query", "query <cypher> [--param name=value ...]   run a read-only query, print tab-separated rows");
		usage.put("generate", "generate [--relationships N] [--seed S] <directory>   write a synthetic graph in the "
				+ "curated format (no database needed; default 1000 relationships, seed 42)");
		return usage;
	}

	private static final class UsageException extends RuntimeException {

		UsageException(String message) {
			super(message);
		}

	}

}
