package org.driftgraph.reliability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.driftgraph.bench.Results;

/**
 * Clients that send a mix of requests to the service until a deadline, and what they got
 * back.
 */
final class Workload {

	/** One kind of request; {@code body} null means GET. */
	record Request(String name, String path, String body, String contentType) {

		static Request get(String name, String path) {
			return new Request(name, path, null, null);
		}

		static Request cypher(String name, String json) {
			return new Request(name, "/api/cypher", json, "application/json");
		}

	}

	/**
	 * What a researcher's tools ask: look-ups, search, explain, causes, rescues, papers,
	 * drift events, exports.
	 */
	static final List<Request> READS = List.of(Request.get("look-up", "/api/entities/secukinumab"),
			Request.get("look-up by CURIE", "/api/entities?curie=CL:0000899"),
			Request.get("search", "/api/entities?q=Cosentyx&page=0&size=5"), Request.get("suggest", "/suggest?q=dupi"),
			Request.get("explain", "/api/pathways/explain?from=secukinumab&to=eczematous_eruption"),
			Request.get("explain (class)",
					"/api/pathways/explain?from=class_pd1_pdl1i&to=psoriasiform_eruption&maxHops=4"),
			Request.get("explain page", "/explain?from=dupilumab&to=psoriasiform_eruption"),
			Request.get("causes", "/api/reactions/eczematous_eruption/causes"),
			Request.get("rescues", "/api/rescues?drug=ixekizumab&reaction=eczematous_eruption"),
			Request.get("subset profile", "/api/subsets/th2/profile"),
			Request.get("connections", "/api/connections?from=secukinumab&to=ustekinumab&maxHops=3"),
			Request.get("paper", "/api/papers/ref26"), Request.get("paper by DOI", "/api/papers?doi=10.1111/jdv.16246"),
			Request.get("drift events", "/api/drift-events?reaction=psoriasiform_eruption"),
			Request.get("export cyjs", "/api/export?format=cyjs&focus=th2&hops=1"),
			Request.get("export kgx-jsonl", "/api/export?format=kgx-jsonl&event=DE04"),
			Request.get("export curated", "/api/export?format=curated"),
			Request.get("TRAPI metadata", "/trapi/1.5/meta_knowledge_graph"));

	/**
	 * What a hostile client sends: queries that want all memory or all time, and bodies
	 * far beyond any use.
	 */
	static List<Request> hostile() {
		String tenMegabytes = "x".repeat(10_000_000);
		String fiveMegabytes = "y".repeat(5_000_000);
		return List.of(
				Request.cypher("huge collect",
						"{\"query\": \"UNWIND range(1, 120000000) AS x WITH collect(x) AS xs RETURN size(xs)\"}"),
				Request.cypher("cartesian product", "{\"query\": \"MATCH (a), (b), (c), (d) RETURN count(*)\"}"),
				Request.cypher("deep variable-length paths",
						"{\"query\": \"MATCH p = (a)-[*..14]-(b) RETURN count(p)\"}"),
				Request.cypher("huge parameter",
						"{\"query\": \"RETURN size($p) AS n\", \"parameters\": {\"p\": \"" + fiveMegabytes + "\"}}"),
				Request.cypher("10 MB query", "{\"query\": \"RETURN 1 // " + tenMegabytes + "\"}"), new Request(
						"10 MB import without credentials", "/api/import", tenMegabytes, "text/tab-separated-values"));
	}

	/** Response times and outcomes per request kind. */
	static final class Tally {

		final Map<String, ConcurrentLinkedQueue<Double>> millis = new ConcurrentHashMap<>();

		final Map<String, Map<Integer, AtomicLong>> statuses = new ConcurrentHashMap<>();

		final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();

		final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();

		void record(Request request, int status, double ms, boolean error, String why) {
			millis.computeIfAbsent(request.name(), k -> new ConcurrentLinkedQueue<>()).add(ms);
			statuses.computeIfAbsent(request.name(), k -> new ConcurrentHashMap<>())
				.computeIfAbsent(status, k -> new AtomicLong())
				.incrementAndGet();
			AtomicLong count = errors.computeIfAbsent(request.name(), k -> new AtomicLong());
			if (error) {
				count.incrementAndGet();
				if (errorSamples.size() < 10) {
					errorSamples.add(request.name() + ": " + why);
				}
			}
		}

		long requests() {
			return millis.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
		}

		long errors() {
			return errors.values().stream().mapToLong(AtomicLong::get).sum();
		}

		double percentile(String name, int percent) {
			return Results.percentile(millis.get(name).stream().mapToDouble(Double::doubleValue).toArray(), percent);
		}

		double percentileOfAll(int percent) {
			return Results.percentile(millis.values()
				.stream()
				.flatMap(ConcurrentLinkedQueue::stream)
				.mapToDouble(Double::doubleValue)
				.toArray(), percent);
		}

		Map<Integer, Long> statuses(String name) {
			Map<Integer, Long> counts = new TreeMap<>();
			statuses.getOrDefault(name, Map.of()).forEach((status, n) -> counts.put(status, n.get()));
			return counts;
		}

	}

	private Workload() {
	}

	/**
	 * Starts {@code clients} clients that pick requests from the mix at random until the
	 * deadline.
	 * @param acceptable whether a status counts as an answer the client could use
	 * (anything else is an error)
	 * @param honourRetryAfter whether a client waits a second after 429, as the
	 * {@code Retry-After} header asks
	 */
	static List<Future<?>> start(ExecutorService pool, String base, List<Request> mix, int clients, long deadlineNanos,
			java.util.function.IntPredicate acceptable, boolean honourRetryAfter, Tally tally) {
		List<Future<?>> running = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			running.add(pool.submit(() -> {
				HttpClient http = HttpClient.newBuilder()
					.version(HttpClient.Version.HTTP_1_1)
					.connectTimeout(Duration.ofSeconds(10))
					.build();
				while (System.nanoTime() < deadlineNanos) {
					Request request = mix.get(ThreadLocalRandom.current().nextInt(mix.size()));
					HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.path()))
						.timeout(Duration.ofSeconds(60));
					if (request.body() != null) {
						builder.header("Content-Type", request.contentType())
							.POST(HttpRequest.BodyPublishers.ofString(request.body()));
					}
					long started = System.nanoTime();
					try {
						HttpResponse<byte[]> response = http.send(builder.build(),
								HttpResponse.BodyHandlers.ofByteArray());
						double ms = (System.nanoTime() - started) / 1e6;
						boolean ok = acceptable.test(response.statusCode());
						tally.record(request, response.statusCode(), ms, !ok, "HTTP " + response.statusCode() + " "
								+ new String(response.body(), 0, Math.min(200, response.body().length)));
						if (honourRetryAfter && response.statusCode() == 429) {
							Thread.sleep(1000);
						}
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
					catch (Exception ex) {
						tally.record(request, -1, (System.nanoTime() - started) / 1e6, true, ex.toString());
					}
				}
			}));
		}
		return running;
	}

}
