package org.driftgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.driftgraph.support.AppProcess;
import org.driftgraph.support.TestNeo4j;

/**
 * Start-up to ready, each start in a fresh JVM with the same heap and page cache:
 * DriftGraph (health UP, curated graph loaded) against the embedded Neo4j alone (Bolt
 * answering). Alternated, so that both see the same machine.
 */
final class Startup {

	private Startup() {
	}

	static void measure(Path work, int runs, Results results) throws IOException, InterruptedException {
		double[] bare = new double[runs];
		double[] first = new double[runs];
		double[] restart = new double[runs];
		for (int i = 0; i < runs; i++) {
			bare[i] = bare(work.resolve("bare-" + i));
			Path store = work.resolve("app-" + i);
			first[i] = app(store);
			restart[i] = app(store);
			Benchmark.say("start-up run %d: bare Neo4j %.0f ms, DriftGraph first start %.0f ms, restart %.0f ms", i + 1,
					bare[i], first[i], restart[i]);
		}
		double bareMedian = results.time("start-up: bare embedded Neo4j (JVM start to Bolt ready)", bare).medianMs();
		double firstMedian = results.time("start-up: DriftGraph, empty store (curated graph loaded, health UP)", first)
			.medianMs();
		double restartMedian = results.time("start-up: DriftGraph restart (store exists, health UP)", restart)
			.medianMs();
		results.ratio("start-up to ready, DriftGraph restart vs bare Neo4j", restartMedian / bareMedian, "max", 1.5,
				"median of " + runs + " starts each, fresh JVMs, -Xmx512m, 64 MB page cache");
		// issue 17: restart within 1.5x, a first start (which creates the schema and
		// writes the curated graph) within 2x
		results.ratio("start-up to ready, DriftGraph first start (loads curated graph) vs bare Neo4j",
				firstMedian / bareMedian, "max", 2.0, "as above, empty data directory");
		results.figure("load average (1 min) after the start-up runs", String.format("%.1f",
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
	}

	private static double bare(Path store) throws IOException, InterruptedException {
		Path log = Files.createTempFile("driftgraph-bare", ".log");
		long started = System.nanoTime();
		Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-cp", System.getProperty("java.class.path"), BareNeo4j.class.getName(), store.toString(),
				String.valueOf(TestNeo4j.freePort()), String.valueOf(TestNeo4j.freePort())))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		while (!Files.readString(log).contains("READY")) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the bare Neo4j did not start:\n" + Files.readString(log));
			}
			Thread.sleep(20);
		}
		double millis = (System.nanoTime() - started) / 1e6;
		process.waitFor(60, TimeUnit.SECONDS);
		return millis;
	}

	private static double app(Path store) {
		long started = System.nanoTime();
		try (AppProcess app = AppProcess.start(store, TestNeo4j.freePort(), TestNeo4j.freePort(),
				TestNeo4j.freePort())) {
			app.awaitHealthy();
			double millis = (System.nanoTime() - started) / 1e6;
			app.terminate();
			return millis;
		}
	}

}
