package org.driftgraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The application in a JVM of its own, started as {@code spring-boot:run} or
 * {@code java -jar} would start it (embedded Neo4j, no {@code NEO4J_URI}), for what only
 * a real process shows: exit codes, signals, ports, store locks, and what a web browser
 * gets.
 */
public final class AppProcess implements AutoCloseable {

	/**
	 * How long a start may take: on a machine busy with other builds, a first start has
	 * taken over 2 minutes.
	 */
	private static final Duration PATIENCE = Duration.ofMinutes(4);

	private final Process process;

	private final Path output;

	private final int httpPort;

	private AppProcess(Process process, Path output, int httpPort) {
		this.process = process;
		this.output = output;
		this.httpPort = httpPort;
	}

	/**
	 * Starts the application from the test class path, as {@code spring-boot:run} does,
	 * with the given data directory and ports, plus extra {@code --key=value} arguments.
	 */
	public static AppProcess start(Path dataDir, int httpPort, int boltPort, int neo4jHttpPort, String... args) {
		return launch(List.of("-cp", System.getProperty("java.class.path"), "org.driftgraph.DriftGraphApplication"),
				dataDir, httpPort, boltPort, neo4jHttpPort, args);
	}

	/**
	 * Runs one command of the command line ({@code import ...}) with the given data
	 * directory and ports.
	 */
	public static AppProcess command(Path dataDir, int boltPort, int neo4jHttpPort, String... command) {
		List<String> application = new ArrayList<>(
				List.of("-cp", System.getProperty("java.class.path"), "org.driftgraph.DriftGraphApplication"));
		application.addAll(List.of(command));
		return launch(application, dataDir, 0, boltPort, neo4jHttpPort);
	}

	/**
	 * Starts the executable jar that {@code package} built, as {@code java -jar} does;
	 * otherwise like {@link #start}.
	 */
	public static AppProcess startExecutableJar(Path dataDir, int httpPort, int boltPort, int neo4jHttpPort,
			String... args) {
		Path jar = Path.of("target", "driftgraph.jar");
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar.toAbsolutePath() + " is missing; ./mvnw verify builds it before the "
					+ "integration tests run");
		}
		return launch(List.of("-jar", jar.toString()), dataDir, httpPort, boltPort, neo4jHttpPort, args);
	}

	private static AppProcess launch(List<String> application, Path dataDir, int httpPort, int boltPort,
			int neo4jHttpPort, String... args) {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
		command.addAll(application);
		command.addAll(List.of("--server.port=" + httpPort, "--driftgraph.embedded.data-dir=" + dataDir,
				"--driftgraph.embedded.bolt-port=" + boltPort, "--driftgraph.embedded.http-port=" + neo4jHttpPort,
				"--driftgraph.embedded.page-cache=64MB"));
		command.addAll(List.of(args));
		try {
			Path output = Files.createTempFile("driftgraph-app", ".log");
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(output.toFile());
			builder.environment().remove("NEO4J_URI");
			return new AppProcess(builder.start(), output, httpPort);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Waits until {@code /actuator/health} answers UP; fails with the process output if
	 * it never does.
	 */
	public AppProcess awaitHealthy() {
		HttpClient client = HttpClient.newHttpClient();
		Instant deadline = Instant.now().plus(PATIENCE);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new AssertionError("The application exited with " + process.exitValue() + ":\n" + output());
			}
			try {
				HttpResponse<String> response = client.send(
						HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.body().contains("\"status\":\"UP\"")) {
					return this;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
			sleep(100);
		}
		throw new AssertionError("The application did not become healthy:\n" + output());
	}

	/**
	 * Waits until the process has printed the text; fails with the output if it ends or
	 * never does.
	 */
	public AppProcess awaitOutput(String text) {
		Instant deadline = Instant.now().plus(PATIENCE);
		while (!output().contains(text)) {
			if (!process.isAlive() || Instant.now().isAfter(deadline)) {
				throw new AssertionError("The process did not print '" + text + "':\n" + output());
			}
			sleep(100);
		}
		return this;
	}

	/**
	 * Kills the process at once (SIGKILL), as a crash or {@code kill -9} would, and waits
	 * for it to be gone.
	 */
	public void kill() {
		process.destroyForcibly();
		awaitExit();
	}

	/** Waits for the process to end by itself and returns its exit code. */
	public int awaitExit() {
		try {
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError("The application did not exit:\n" + output());
			}
			return process.exitValue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	/**
	 * Sends SIGTERM (what Ctrl-C or a service manager does) and returns the exit code.
	 */
	public int terminate() {
		process.destroy();
		return awaitExit();
	}

	/**
	 * @return the operating system's id of the process, for what only it can tell (its
	 * resident memory, jcmd)
	 */
	public long pid() {
		return process.pid();
	}

	public boolean isAlive() {
		return process.isAlive();
	}

	/**
	 * @return everything the process printed so far
	 */
	public String output() {
		try {
			return Files.readString(output);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		if (process.isAlive()) {
			process.destroyForcibly();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
