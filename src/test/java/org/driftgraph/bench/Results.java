package org.driftgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What one benchmark run measured: timings (median, p95), ratios against their targets,
 * and plain figures.
 */
public final class Results {

	/** A timed operation, in milliseconds. */
	record Timing(String name, int runs, double medianMs, double p95Ms) {
	}

	/**
	 * A ratio measured side by side in this run.
	 *
	 * @param better whether a value above the target ("min") or below it ("max") meets it
	 */
	record Ratio(String name, double value, String better, double target, String basis) {

		boolean met() {
			return better.equals("min") ? value >= target : value <= target;
		}

	}

	private final Map<String, Object> environment = new LinkedHashMap<>();

	private final List<Timing> timings = new ArrayList<>();

	private final List<Ratio> ratios = new ArrayList<>();

	private final Map<String, Object> figures = new LinkedHashMap<>();

	Results(Map<String, Object> environment) {
		this.environment.putAll(environment);
	}

	Timing time(String name, double[] millis) {
		Timing timing = new Timing(name, millis.length, percentile(millis, 50), percentile(millis, 95));
		timings.add(timing);
		Benchmark.say("%s: median %.1f ms, p95 %.1f ms (%d runs)", name, timing.medianMs(), timing.p95Ms(),
				millis.length);
		return timing;
	}

	void ratio(String name, double value, String better, double target, String basis) {
		Ratio ratio = new Ratio(name, value, better, target, basis);
		ratios.add(ratio);
		Benchmark.say("%s: %.2fx (target %s %.1fx) %s", name, value, better.equals("min") ? ">=" : "<=", target,
				ratio.met() ? "met" : "NOT met");
	}

	void figure(String name, Object value) {
		figures.put(name, value);
		Benchmark.say("%s: %s", name, value);
	}

	/** Nearest-rank percentile of the values, in any order. */
	public static double percentile(double[] values, int percent) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	String markdown() {
		StringBuilder md = new StringBuilder();
		md.append("| ratio | measured | target | met | basis |\n|---|---|---|---|---|\n");
		for (Ratio r : ratios) {
			md.append(String.format(Locale.ROOT, "| %s | %.2f× | %s %.1f× | %s | %s |%n", r.name(), r.value(),
					r.better().equals("min") ? "≥" : "≤", r.target(), r.met() ? "yes" : "**no**", r.basis()));
		}
		md.append("\n| timing | runs | median | p95 |\n|---|---|---|---|\n");
		for (Timing t : timings) {
			md.append(String.format(Locale.ROOT, "| %s | %d | %.1f ms | %.1f ms |%n", t.name(), t.runs(), t.medianMs(),
					t.p95Ms()));
		}
		md.append("\n| figure | value |\n|---|---|\n");
		figures.forEach((name, value) -> md.append("| ").append(name).append(" | ").append(value).append(" |\n"));
		md.append("\n");
		environment.forEach((name, value) -> md.append("- ").append(name).append(": ").append(value).append('\n'));
		return md.toString();
	}

	/**
	 * Writes {@code <base>.json} and {@code .md}, or {@code <base>-2} and so on when a
	 * run of the same day already wrote them: earlier results are kept.
	 * @return the files' path without the extension
	 */
	Path write(Path directory, String base) throws IOException {
		Files.createDirectories(directory);
		String name = base;
		for (int n = 2; Files.exists(directory.resolve(name + ".json"))
				|| Files.exists(directory.resolve(name + ".md")); n++) {
			name = base + "-" + n;
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("environment", environment);
		json.put("ratios", ratios.stream().map(r -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("name", r.name());
			m.put("value", Math.round(r.value() * 100) / 100.0);
			m.put(r.better().equals("min") ? "target_at_least" : "target_at_most", r.target());
			m.put("met", r.met());
			m.put("basis", r.basis());
			return m;
		}).toList());
		json.put("timings_ms", timings);
		json.put("figures", figures);
		Files.writeString(directory.resolve(name + ".json"),
				JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(json));
		Files.writeString(directory.resolve(name + ".md"), markdown());
		return directory.resolve(name);
	}

}
