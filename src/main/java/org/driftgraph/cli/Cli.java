package org.driftgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import org.driftgraph.common.InvalidRequestException;
import picocli.CommandLine;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import org.springframework.beans.BeansException;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs one command and returns its exit code: 0 done, 1 failed (a one-line reason on
 * standard error), 2 wrong usage (the reason and the command's usage).
 * <p>
 * Arguments picocli does not know pass to Spring when they read {@code --name=value} and
 * the name is a property ({@code --driftgraph.embedded.data-dir=DIR}, with a dot) or an
 * environment-style variable ({@code --NEO4J_URI=…}); anything else is an unknown option,
 * so that a misspelt option is never silently ignored.
 */
public final class Cli {

	private static final Pattern SPRING_PROPERTY = Pattern.compile("--([\\w-]+\\.[\\w.\\[\\]-]+|[A-Z][A-Z0-9_]*)=.*",
			Pattern.DOTALL);

	/**
	 * Without {@code --verbose}: warnings only, except the progress lines of long
	 * imports.
	 */
	private static final List<String> QUIET = List.of("--logging.level.root=WARN",
			"--logging.level.org.driftgraph.kb=INFO");

	private final PrintStream out;

	private final PrintStream err;

	public Cli(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/**
	 * @param root the top-level command, whose subcommands are the commands
	 * @param args the program's arguments
	 * @return whether they ask for a command (or for help) rather than the service
	 */
	public static boolean isCommand(Object root, String[] args) {
		return args.length > 0 && (new CommandLine(root).getSubcommands().containsKey(args[0])
				|| Set.of("--help", "-h", "--version", "-V").contains(args[0]));
	}

	/**
	 * @param application the Spring Boot application class to start for a
	 * {@link DatabaseCommand}
	 * @param root the top-level command
	 * @param args the program's arguments
	 * @return the exit code
	 */
	public int run(Class<?> application, Object root, String... args) {
		CommandLine commandLine = new CommandLine(root);
		commandLine.setUnmatchedArgumentsAllowed(true);
		commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
		commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
		commandLine.setParameterExceptionHandler((ex, arguments) -> {
			err.println(prefix(ex.getCommandLine()) + ex.getMessage());
			ex.getCommandLine().usage(err);
			return 2;
		});
		commandLine.setExecutionStrategy(parsed -> {
			try {
				return execute(application, parsed);
			}
			catch (ParameterException | ExecutionException ex) {
				throw ex;
			}
			catch (Exception ex) {
				// a defect rather than bad input: picocli prints the stack trace and
				// exits 1
				throw new ExecutionException(parsed.commandSpec().commandLine(), ex.toString(), ex);
			}
		});
		return commandLine.execute(args);
	}

	private int execute(Class<?> application, ParseResult parsed) throws Exception {
		if (CommandLine.executeHelpRequest(parsed) != null) {
			return 0;
		}
		List<String> springArguments = new ArrayList<>();
		boolean verbose = false;
		ParseResult leaf = parsed;
		while (true) {
			for (String argument : leaf.unmatched()) {
				if (!SPRING_PROPERTY.matcher(argument).matches()) {
					throw new ParameterException(leaf.commandSpec().commandLine(), "unknown option or argument '"
							+ argument + "' (Spring properties pass as --name=value, the name with a dot)");
				}
				springArguments.add(argument);
			}
			verbose |= leaf.hasMatchedOption("--verbose");
			if (!leaf.hasSubcommand()) {
				break;
			}
			leaf = leaf.subcommand();
		}
		CommandLine command = leaf.commandSpec().commandLine();
		try {
			if (command.getCommand() instanceof DatabaseCommand database) {
				springArguments.add("--driftgraph.embedded.http-enabled=false");
				if (!verbose) {
					springArguments.addAll(QUIET);
				}
				ConfigurableApplicationContext context;
				try {
					context = start(application, springArguments);
				}
				catch (RuntimeException ex) {
					// Spring Boot's failure analysis, when it has one, is in the log
					// above
					err.println(prefix(command) + "the application did not start: " + rootCause(ex).getMessage());
					return 1;
				}
				try (context) {
					return database.run(context.getBeanFactory());
				}
			}
			if (command.getCommand() instanceof Callable<?> callable) {
				return (Integer) callable.call();
			}
			command.usage(out);
			return 0;
		}
		catch (IOException | UncheckedIOException | InvalidRequestException ex) {
			err.println(prefix(command) + ex.getMessage());
			return 1;
		}
	}

	private ConfigurableApplicationContext start(Class<?> application, List<String> springArguments) {
		return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			// no web server, so no stranger's query to bound: a command's own
			// transactions (an import of millions of
			// rows) may use the heap up to Neo4j's limit for all transactions together,
			// unless set otherwise
			.properties("driftgraph.embedded.transaction-memory=0")
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(springArguments.toArray(String[]::new));
	}

	/**
	 * @return the first exception below Spring's bean-creation wrappers: the one that
	 * says what is wrong
	 */
	private static Throwable rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause instanceof BeansException && cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause;
	}

	/**
	 * @return {@code "driftgraph import: "}
	 */
	private static String prefix(CommandLine command) {
		return command.getCommandSpec().qualifiedName() + ": ";
	}

}
