package org.driftgraph.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.driftgraph.config.EmbeddedNeo4j;
import org.driftgraph.support.AppProcess;
import org.driftgraph.support.BulkFactors;
import org.driftgraph.support.GraphFingerprint;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import static org.driftgraph.support.TestNeo4j.freePort;

/**
 * How much load, hostile input and crashing the service survives, measured on the
 * executable jar as users run it (a JVM of its own with 512 MB of heap, the embedded
 * Neo4j, a fresh data directory). Run by {@code ./mvnw -Preliability verify} (add
 * {@code -Dreliability.args=quick} for a smoke run); prints its figures and writes them
 * to {@code bench/results/reliability.md}. The fuzz figures come from
 * {@code EndpointFuzzIT}, which the profile runs first with many more cases than
 * {@code ./mvnw verify} does.
 */
public final class Reliability {

	static final int CLIENTS = 16;

	static final int HOSTILE_CLIENTS = 8;

	private static final Path RESULTS = Path.of("bench", "results", "reliability.md");

	private final boolean quick;

	private final StringBuilder report = new StringBuilder();

	private Set<String> releaseFingerprint;

	private Reliability(boolean quick) {
		this.quick = quick;
	}

	public static void main(String[] args) throws Exception {
		boolean quick = args.length > 0 && args[0].equals("quick");
		Reliability run = new Reliability(quick);
		run.report.append(String.format(Locale.ROOT,
				"# Reliability (%s run, %s)%n%nThe executable jar with -Xmx512m and its embedded Neo4j on a fresh data "
						+ "directory; %d cores, Java %s. Produced by `./mvnw -Preliability verify`.%n",
				quick ? "quick" : "full", Instant.now().toString().substring(0, 10),
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
		// written after each scenario, so that a failure in a later one keeps the figures
		// of the earlier ones
		for (Scenario scenario : List.<Scenario>of(run::loads, run::firstStartKills, run::importKills,
				run::startUpErrors)) {
			scenario.run();
			Files.createDirectories(RESULTS.getParent());
			Files.writeString(RESULTS, run.report);
		}
		say("Written %s", RESULTS);
	}

	private interface Scenario {

		void run() throws Exception;

	}

	static void say(String format, Object... args) {
		System.out.println("[reliability] " + String.format(Locale.ROOT, format, args));
		System.out.flush();
	}

	/** Normal load, then normal and hostile load together, on one running service. */
	private void loads() throws Exception {
		Duration length = quick ? Duration.ofSeconds(20) : Duration.ofMinutes(3);
		Path dataDir = Files.createTempDirectory("driftgraph-reliability");
		int httpPort = freePort();
		try (AppProcess app = AppProcess.startExecutableJar(dataDir, httpPort, freePort(), freePort()).awaitHealthy()) {
			String base = "http://127.0.0.1:" + httpPort;
			releaseFingerprint = fingerprint(app, dataDir);
			say("Warm-up: %d clients for %d s, not counted", CLIENTS, length.toSeconds() / 4);
			runClients(base, length.dividedBy(4), new Workload.Tally(), null);
			Memory before = Memory.of(app);
			say("Load: %d clients for %d s", CLIENTS, length.toSeconds());
			Workload.Tally normal = new Workload.Tally();
			Sampler sampler = Sampler.start(app);
			runClients(base, length, normal, null);
			Memory after = Memory.of(app);
			report.append(String.format(Locale.ROOT,
					"%n## Load%n%nAfter a warm-up of a quarter of the time, %d clients for %d s, mixed reads: **%d requests, %d errors** (%.0f requests/s). "
							+ "Heap after a full GC %s → %s; resident memory %s → %s (peak %s).%n%n",
					CLIENTS, length.toSeconds(), normal.requests(), normal.errors(),
					normal.requests() / (double) length.toSeconds(), mb(before.heapAfterGc()), mb(after.heapAfterGc()),
					mb(before.rss()), mb(after.rss()), mb(sampler.stop())));
			endpointTable(normal);
			errorSamples(normal);

			say("Hostile load: %d normal and %d hostile clients for %d s", CLIENTS, HOSTILE_CLIENTS,
					length.toSeconds());
			Workload.Tally calm = new Workload.Tally();
			Workload.Tally hostile = new Workload.Tally();
			sampler = Sampler.start(app);
			runClients(base, length, calm, hostile);
			long peak = sampler.stop();
			boolean alive = app.isAlive();
			Set<String> fingerprintAfter = fingerprint(app, dataDir);
			report.append(String.format(Locale.ROOT,
					"%n## Hostile load%n%n%d normal clients as above while %d clients send hostile requests, for %d s. "
							+ "Normal clients: **%d requests, %d errors, p99 %.0f ms** (p50 %.0f ms). Peak resident memory "
							+ "**%s**. Service alive afterwards: %s; graph unchanged: %s.%n%n",
					CLIENTS, HOSTILE_CLIENTS, length.toSeconds(), calm.requests(), calm.errors(),
					calm.percentileOfAll(99), calm.percentileOfAll(50), mb(peak), alive ? "yes" : "**no**",
					fingerprintAfter.equals(releaseFingerprint) ? "yes" : "**no**"));
			report.append("| hostile request | sent | answers (status × count) | p50 ms |\n|---|---|---|---|\n");
			for (Workload.Request request : Workload.hostile()) {
				if (hostile.millis.containsKey(request.name())) {
					report.append(String.format(Locale.ROOT, "| %s | %d | %s | %.0f |%n", request.name(),
							hostile.millis.get(request.name()).size(), hostile.statuses(request.name()),
							hostile.percentile(request.name(), 50)));
				}
			}
			report.append('\n');
			endpointTable(calm);
			errorSamples(calm);
			errorSamples(hostile);
		}
	}

	/**
	 * Runs the normal clients, and the hostile ones when a tally is given for them, until
	 * the time is up.
	 */
	private static void runClients(String base, Duration length, Workload.Tally normal, Workload.Tally hostile)
			throws Exception {
		ExecutorService pool = Executors.newCachedThreadPool();
		try {
			long deadline = System.nanoTime() + length.toNanos();
			List<Future<?>> clients = new ArrayList<>(Workload.start(pool, base, Workload.READS, CLIENTS, deadline,
					status -> status >= 200 && status < 300, false, normal));
			if (hostile != null) {
				// a hostile request is answered well when it gets an answer, a 4xx
				// refusal, or 504 from the timeout
				clients.addAll(Workload.start(pool, base, Workload.hostile(), HOSTILE_CLIENTS, deadline,
						status -> status < 500 || status == 504, true, hostile));
			}
			for (Future<?> client : clients) {
				client.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private void endpointTable(Workload.Tally tally) {
		report.append("| request | count | errors | p50 ms | p99 ms |\n|---|---|---|---|---|\n");
		for (Workload.Request request : Workload.READS) {
			if (tally.millis.containsKey(request.name())) {
				report.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f |%n", request.name(),
						tally.millis.get(request.name()).size(), tally.errors.get(request.name()).get(),
						tally.percentile(request.name(), 50), tally.percentile(request.name(), 99)));
			}
		}
	}

	private void errorSamples(Workload.Tally tally) {
		if (tally.errors() > 0) {
			report.append("\nFirst errors:\n\n");
			tally.errorSamples.forEach(
					sample -> report.append("- `").append(sample.replace('`', '\'').replace('\n', ' ')).append("`\n"));
		}
	}

	/** A moment to kill at: this long after the process printed that line. */
	record KillPoint(String moment, String line, int delayMillis) {
	}

	/**
	 * {@code kill -9} at several moments of a first start, while migrations run and the
	 * curated release loads; a restart must then hold exactly the fully loaded graph,
	 * every time.
	 */
	private void firstStartKills() throws Exception {
		List<KillPoint> points = List.of(new KillPoint("Neo4j started, nothing migrated", "Embedded Neo4j 5", 0),
				new KillPoint("during the schema migrations", "Applied migration 0001", 0),
				new KillPoint("loading the release, 1 s in", "Database schema is at version", 1000),
				new KillPoint("loading the release, 3 s in", "Database schema is at version", 3000),
				new KillPoint("release loaded, web server starting", "Curated release ", 0));
		if (quick) {
			points = List.of(points.get(1), points.get(3));
		}
		report.append(String.format(Locale.ROOT, "%n## Crashes during the first start%n%n`kill -9` at a moment of the "
				+ "first start on a fresh data directory; then a normal start on the same directory.%n%n"
				+ "| killed | release loaded before the kill | restart healthy | graph equals the loaded release |%n"
				+ "|---|---|---|---|%n"));
		int survived = 0;
		for (KillPoint point : points) {
			Path dataDir = Files.createTempDirectory("driftgraph-kill");
			int httpPort = freePort();
			int boltPort = freePort();
			int neo4jHttpPort = freePort();
			boolean loaded;
			try (AppProcess starting = AppProcess.startExecutableJar(dataDir, httpPort, boltPort, neo4jHttpPort)) {
				starting.awaitOutput(point.line());
				Thread.sleep(point.delayMillis());
				starting.kill();
				loaded = starting.output().contains("Curated release ");
			}
			boolean equal;
			try (AppProcess restarted = AppProcess.startExecutableJar(dataDir, httpPort, boltPort, neo4jHttpPort)
				.awaitHealthy()) {
				equal = fingerprint(restarted, dataDir).equals(releaseFingerprint);
				restarted.terminate();
			}
			survived += equal ? 1 : 0;
			say("first start killed %s (release loaded: %s): restart equals the release: %s", point.moment(), loaded,
					equal);
			report.append(String.format(Locale.ROOT, "| %s | %s | yes | %s |%n", point.moment(), loaded ? "yes" : "no",
					equal ? "yes" : "**no**"));
		}
		report.append(String.format(Locale.ROOT, "%n**%d of %d kill points survived.**%n", survived, points.size()));
	}

	/**
	 * {@code kill -9} of a command-line import of a large file at several moments;
	 * afterwards the graph holds either the release alone or the release and the whole
	 * file, never a part.
	 */
	private void importKills() throws Exception {
		List<KillPoint> points = List.of(new KillPoint("reading and checking the file", "Embedded Neo4j 5", 2000),
				new KillPoint("writing, at the first progress line", "Written ", 0),
				new KillPoint("writing, 2 s after the first progress line", "Written ", 2000),
				new KillPoint("import committed", "imported [nodes.tsv]", 0));
		if (quick) {
			points = List.of(points.get(1));
		}
		int megabytes = 15;
		Path file = Files.createTempDirectory("driftgraph-bulk").resolve("nodes.tsv");
		Files.write(file, BulkFactors.nodesTsv(megabytes));
		long rows = Files.lines(file).count() - 1;
		report.append(String.format(Locale.ROOT, "%n## Crashes during a large import%n%n`driftgraph import` of a %d MB "
				+ "nodes.tsv (%d nodes) into a store holding the release, killed with `kill -9` at a moment of the "
				+ "import; then a normal start on the same directory.%n%n"
				+ "| killed | import finished before the kill | imported nodes after restart | rest of the graph "
				+ "equals the release |%n|---|---|---|---|%n", megabytes, rows));
		int survived = 0;
		for (KillPoint point : points) {
			Path dataDir = Files.createTempDirectory("driftgraph-import-kill");
			int httpPort = freePort();
			int boltPort = freePort();
			int neo4jHttpPort = freePort();
			try (AppProcess first = AppProcess.startExecutableJar(dataDir, httpPort, boltPort, neo4jHttpPort)
				.awaitHealthy()) {
				first.terminate();
			}
			boolean finished;
			try (AppProcess importing = AppProcess.command(dataDir, boltPort, neo4jHttpPort, "import", "--verbose",
					file.toString())) {
				importing.awaitOutput(point.line());
				Thread.sleep(point.delayMillis());
				importing.kill();
				finished = importing.output().contains("imported [nodes.tsv]");
			}
			long bulk;
			boolean restEqual;
			try (AppProcess restarted = AppProcess.startExecutableJar(dataDir, httpPort, boltPort, neo4jHttpPort)
				.awaitHealthy()) {
				Set<String> after = fingerprint(restarted, dataDir);
				bulk = after.stream().filter(line -> line.contains("key=" + BulkFactors.KEY_PREFIX)).count();
				after.removeIf(line -> line.contains("key=" + BulkFactors.KEY_PREFIX));
				restEqual = after.equals(releaseFingerprint);
				restarted.terminate();
			}
			boolean allOrNothing = (bulk == 0 || bulk == rows) && restEqual;
			survived += allOrNothing ? 1 : 0;
			say("import killed %s (finished: %s): %d of %d imported, rest equal: %s", point.moment(), finished, bulk,
					rows, restEqual);
			report.append(String.format(Locale.ROOT, "| %s | %s | %d%s | %s |%n", point.moment(),
					finished ? "yes" : "no", bulk, allOrNothing ? "" : " (**partial**)", restEqual ? "yes" : "**no**"));
		}
		report.append(String.format(Locale.ROOT, "%n**%d of %d kill points survived** (all or nothing).%n", survived,
				points.size()));
	}

	/**
	 * An unwritable data directory and a full disk stop start-up with one line saying
	 * what is wrong.
	 */
	private void startUpErrors() throws Exception {
		report.append(String.format(Locale.ROOT,
				"%n## Start-up errors%n%n| case | exit code | what it says |%n" + "|---|---|---|%n"));
		Path file = Files.createTempFile("driftgraph-not-a-directory", ".txt");
		startUpError("data directory inside a regular file", file.resolve("neo4j"));
		Path tiny = Files.createTempDirectory("driftgraph-full-disk");
		Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", tiny.toString())
			.redirectErrorStream(true)
			.start();
		if (mount.waitFor() == 0) {
			try {
				fill(tiny);
				startUpError("full disk (a full 4 MB file system)", tiny.resolve("neo4j"));
			}
			finally {
				new ProcessBuilder("umount", tiny.toString()).start().waitFor();
			}
		}
		else {
			report.append("| full disk | not run | mounting a small tmpfs needs root |\n");
		}
	}

	/** Writes to the file system until it has no byte left. */
	private static void fill(Path dir) throws IOException {
		byte[] block = new byte[4096];
		try (var out = Files.newOutputStream(dir.resolve("filler"))) {
			while (true) {
				out.write(block);
			}
		}
		catch (IOException ex) {
			// full, as intended
		}
	}

	private void startUpError(String name, Path dataDir) {
		try (AppProcess app = AppProcess.startExecutableJar(dataDir, freePort(), freePort(), freePort())) {
			int exit;
			try {
				exit = app.awaitExit();
			}
			catch (AssertionError ex) {
				say("%s: the application did not stop", name);
				report.append(String.format(Locale.ROOT, "| %s | none: **still running after 120 s** | %s |%n", name,
						app.output().strip().lines().reduce((a, b) -> b).orElse("").replace("|", "\\|")));
				return;
			}
			String output = app.output();
			Matcher description = Pattern.compile("Description:\\s*\\n\\s*\\n(.+)").matcher(output);
			String says = description.find() ? description.group(1).strip()
					: "no Description line; last line: " + output.strip().lines().reduce((a, b) -> b).orElse("");
			boolean trace = output.contains("\tat ");
			say("%s: exit %d, %s%s", name, exit, says, trace ? " (with a stack trace)" : "");
			report.append(String.format(Locale.ROOT, "| %s | %d | %s%s |%n", name, exit, says.replace("|", "\\|"),
					trace ? " (and a stack trace)" : ""));
		}
	}

	private static Set<String> fingerprint(AppProcess app, Path dataDir) throws IOException {
		String password = Files.readString(EmbeddedNeo4j.passwordFile(dataDir)).strip();
		String bolt = boltUri(app);
		try (Driver driver = GraphDatabase.driver(bolt, AuthTokens.basic("neo4j", password))) {
			return GraphFingerprint.of(driver);
		}
	}

	private static String boltUri(AppProcess app) {
		Matcher uri = Pattern.compile("started in \\d+ ms at (bolt://\\S+)").matcher(app.output());
		if (!uri.find()) {
			throw new IllegalStateException("No Bolt address in the output:\n" + app.output());
		}
		return uri.group(1);
	}

	private static String mb(long bytes) {
		return String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
	}

	/**
	 * Heap in use after a full GC (what the service holds on to) and resident memory, of
	 * the app's process.
	 */
	record Memory(long heapAfterGc, long rss) {

		static Memory of(AppProcess app) throws IOException, InterruptedException {
			jcmd(app, "GC.run");
			Matcher used = Pattern.compile("used (\\d+)K").matcher(jcmd(app, "GC.heap_info"));
			return new Memory(used.find() ? Long.parseLong(used.group(1)) * 1024 : -1, rss(app.pid(), "VmRSS"));
		}

		private static String jcmd(AppProcess app, String command) throws IOException, InterruptedException {
			Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
					String.valueOf(app.pid()), command)
				.redirectErrorStream(true)
				.start();
			String output = new String(jcmd.getInputStream().readAllBytes());
			jcmd.waitFor();
			return output;
		}

		/**
		 * A field of {@code /proc/<pid>/status} in bytes (VmRSS: resident now; VmHWM: the
		 * peak so far).
		 */
		static long rss(long pid, String field) {
			try {
				for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
					if (line.startsWith(field + ":")) {
						return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
					}
				}
			}
			catch (IOException ex) {
				// the process is gone or this is not Linux
			}
			return -1;
		}

	}

	/** Samples the process's resident memory four times a second, keeping the peak. */
	static final class Sampler {

		private final AtomicLong peak = new AtomicLong();

		private final Thread thread;

		private Sampler(long pid) {
			thread = new Thread(() -> {
				while (!Thread.currentThread().isInterrupted()) {
					peak.accumulateAndGet(Memory.rss(pid, "VmRSS"), Math::max);
					try {
						Thread.sleep(250);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			}, "rss-sampler");
			thread.setDaemon(true);
			thread.start();
		}

		static Sampler start(AppProcess app) {
			return new Sampler(app.pid());
		}

		long stop() throws InterruptedException {
			thread.interrupt();
			thread.join();
			return peak.get();
		}

	}

}
