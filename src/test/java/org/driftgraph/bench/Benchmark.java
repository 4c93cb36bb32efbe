package org.driftgraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Constructor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.driftgraph.DriftGraphApplication;
import org.driftgraph.config.DriftGraphProperties;
import org.driftgraph.config.EmbeddedNeo4j;
import org.driftgraph.config.SchemaMigrations;
import org.driftgraph.kb.KnowledgeBaseLoader;
import org.driftgraph.literature.Paper;
import org.driftgraph.lookup.EntityLookup;
import org.driftgraph.pathway.PathQueries;
import org.driftgraph.pathway.PathwayService;
import org.driftgraph.schema.Label;
import org.driftgraph.support.TestNeo4j;
import org.driftgraph.synthetic.SyntheticGraph;
import org.neo4j.driver.Driver;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jTemplate;

/**
 * DriftGraph's benchmark: {@code ./mvnw -Pbench verify} (README "Performance"). Every
 * figure that has a target is a ratio of two things measured side by side in this run,
 * because timings on shared machines are noisy. It prints a table and writes
 * {@code bench/results/<date>.json} and {@code .md}. With the argument {@code quick}
 * every step runs on small data (a smoke run of a few minutes); with {@code queries} only
 * the query timings run (no start-up, import or saveAll measurements), for changes to the
 * query code; with {@code startup} only the start-up measurement runs (3 rounds,
 * {@code --runs N} for another count), for changes to start-up.
 * <p>
 * The query timings include throughput: requests per second of look-up, search and
 * explain at 1, 8 and 32 concurrent clients, through DriftGraph's REST API, through
 * Neo4j's own HTTP query API ({@code /db/neo4j/query/v2} of the embedded server, which
 * the benchmark switches on) with the same Cypher, and through the Java driver, taking
 * turns in rounds of a second (three rounds, one in a quick run), at both graph sizes.
 */
public final class Benchmark {

	private static final String SYNTHETIC = "MATCH (n) WHERE n.key STARTS WITH 'syn_' ";

	/** The Cypher of {@link EntityLookup#byKey}. */
	private static final String LOOKUP = "MATCH (n:" + Label.ANY + " {key: $key}) RETURN n.key AS key, "
			+ "labels(n) AS labels, coalesce(n.name, n.title) AS name, n.curie AS curie, "
			+ "coalesce(n.synonyms, []) AS synonyms";

	/** The Cypher of {@link EntityLookup#search}. */
	private static final String SEARCH = """
			CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node AS n, score
			RETURN n.key AS key, labels(n) AS labels, coalesce(n.name, n.title) AS name, n.curie AS curie,
			       coalesce(n.synonyms, []) AS synonyms, score ORDER BY score DESC, key""";

	/**
	 * Words typed into the search box: brand names, a subset, a cytokine's alias, a
	 * disease, a prefix.
	 */
	private static final List<String> WORDS = List.of("cosentyx", "humira", "dupixent", "stelara", "th2", "tarc",
			"eczema", "il");

	/**
	 * How many clients send requests at once in the throughput measurements (issue 17:
	 * targets at 8 and 32).
	 */
	private static final List<Integer> CLIENTS = List.of(1, 8, 32);

	/**
	 * A question asked the same way through every channel.
	 *
	 * @param name what it is called in the results
	 * @param path DriftGraph's REST path for the n-th question
	 * @param cypher the main Cypher behind it
	 * @param parameters the Cypher's parameters for the n-th question
	 */
	private record Question(String name, IntFunction<String> path, String cypher,
			IntFunction<Map<String, Object>> parameters) {
	}

	private final boolean quick;

	private final boolean queriesOnly;

	private final Path work;

	private final Results results;

	/**
	 * Plain HTTP/1.1 with keep-alive, as curl or a notebook client talks to the service.
	 */
	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private ConfigurableApplicationContext app;

	private Driver driver;

	private int port;

	/** Neo4j's own HTTP query API on the embedded server, and its Basic credentials. */
	private URI queryApi;

	private String queryApiAuthorization;

	private final JsonMapper json = JsonMapper.builder().build();

	private Benchmark(boolean quick, boolean queriesOnly, Path work, Results results) {
		this.quick = quick;
		this.queriesOnly = queriesOnly;
		this.work = work;
		this.results = results;
	}

	/**
	 * @param arguments {@code quick}, {@code queries}, {@code startup},
	 * {@code --runs <n>}, {@code --out <dir>}, as separate arguments or in one separated
	 * by whitespace: Maven's exec plugin passes {@code -Dbench.args="quick queries"} as a
	 * single argument
	 */
	public static void main(String[] arguments) throws Exception {
		List<String> args = Stream.of(arguments).flatMap(a -> Stream.of(a.strip().split("\\s+"))).toList();
		boolean quick = args.contains("quick");
		boolean queriesOnly = args.contains("queries");
		boolean startupOnly = args.contains("startup");
		Path out = Path.of(args.contains("--out") ? args.get(args.indexOf("--out") + 1) : "bench/results");
		Path work = Files.createTempDirectory("driftgraph-bench");
		Map<String, Object> environment = new LinkedHashMap<>();
		environment.put("date", LocalDate.now().toString());
		environment.put("mode", (quick ? "quick (smoke run, small data)" : "full")
				+ (queriesOnly ? ", queries only" : "") + (startupOnly ? ", start-up only" : ""));
		environment.put("cpus", Runtime.getRuntime().availableProcessors());
		environment.put("max heap", Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
		environment.put("java", System.getProperty("java.version"));
		environment.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
		Results results = new Results(environment);
		long started = System.nanoTime();
		if (startupOnly) {
			// start-up alone, a few minutes: fresh JVMs only, none of the in-process
			// measurements
			int runs = args.contains("--runs") ? Integer.parseInt(args.get(args.indexOf("--runs") + 1)) : quick ? 1 : 3;
			say("start-up (fresh JVMs)");
			Startup.measure(work, runs, results);
		}
		else {
			new Benchmark(quick, queriesOnly, work, results).run();
		}
		results.figure("benchmark duration", Math.round((System.nanoTime() - started) / 1e9) + " s");
		Path written = results.write(out, LocalDate.now() + (quick ? "-quick" : "") + (queriesOnly ? "-queries" : "")
				+ (startupOnly ? "-startup" : ""));
		System.out.println();
		System.out.println(results.markdown());
		say("results written to %s.md and .json", written.toAbsolutePath());
		System.exit(0);
	}

	static void say(String format, Object... args) {
		System.out.printf("[bench] " + format + "%n", args);
	}

	private void run() throws Exception {
		if (!queriesOnly) {
			say("start-up (fresh JVMs)");
			Startup.measure(work, quick ? 1 : 3, results);
		}
		startApplication();
		try {
			if (!queriesOnly) {
				importThroughput(quick ? 2_000 : 100_000, quick ? 1 : 5);
				batchSizes(quick ? 2_000 : 100_000,
						quick ? List.of(1_000, 10_000) : List.of(1_000, 5_000, 10_000, 20_000, 50_000));
				sdnSaveAll(quick ? 200 : 10_000, quick ? 1 : 3);
			}
			curatedExplain(quick ? 20 : 200);
			Map<String, double[]> small = queries(1_000, quick ? 20 : 200);
			Map<String, double[]> large = queries(quick ? 5_000 : 1_000_000, quick ? 20 : 200);
			for (String query : List.of("explain", "causesOf")) {
				results.ratio(query + " p95 at " + (quick ? "5k" : "1M") + " vs 1k relationships",
						Results.percentile(large.get(query), 95) / Results.percentile(small.get(query), 95), "max", 2.0,
						"Java API (PathwayService), same sampled question mix at both sizes");
			}
		}
		finally {
			app.close();
		}
	}

	private void startApplication() throws IOException {
		port = TestNeo4j.freePort();
		int neo4jHttpPort = TestNeo4j.freePort();
		app = new SpringApplicationBuilder(DriftGraphApplication.class).run("--server.port=" + port,
				"--driftgraph.embedded.data-dir=" + work.resolve("db"),
				"--driftgraph.embedded.bolt-port=" + TestNeo4j.freePort(),
				"--driftgraph.embedded.http-port=" + neo4jHttpPort, "--driftgraph.embedded.http-query-api=true",
				"--driftgraph.embedded.page-cache=2GB",
				// a million relationships in one transaction, as the README advises for
				// imports of that size
				"--driftgraph.embedded.transaction-memory=8GB", "--logging.level.org.springframework=WARN");
		driver = app.getBean(Driver.class);
		queryApi = URI.create("http://127.0.0.1:" + neo4jHttpPort + "/db/neo4j/query/v2");
		String user = app.getEnvironment().getRequiredProperty("driftgraph.embedded.username");
		String password = Files.readString(EmbeddedNeo4j.passwordFile(work.resolve("db"))).strip();
		queryApiAuthorization = "Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The importer against hand-written UNWIND statements of the same rows, on an empty
	 * synthetic graph each time.
	 */
	private void importThroughput(long relationships, int runs) throws IOException {
		Path dir = generate(relationships);
		KnowledgeBaseLoader loader = app.getBean(KnowledgeBaseLoader.class);
		int batchSize = app.getEnvironment().getRequiredProperty("driftgraph.kb.batch-size", Integer.class);
		double[] importer = new double[runs];
		double[] raw = new double[runs];
		long rows = 0;
		for (int i = -1; i < runs; i++) { // round -1 warms both up and is not counted
			// alternate which goes first, so that neither always inherits the other's
			// deleted records
			double rawMs = i % 2 == 0 ? rawImport(dir, batchSize) : 0;
			removeSynthetic();
			long started = System.nanoTime();
			KnowledgeBaseLoader.ImportReport report = loader.importFiles(files(dir), false, "bench");
			double importerMs = (System.nanoTime() - started) / 1e6;
			rows = report.nodesCreated() + report.relationshipsCreated();
			rawMs = i % 2 == 0 ? rawMs : rawImport(dir, batchSize);
			say("import run %d: importer %.0f ms, raw UNWIND %.0f ms (%,d rows)", i + 1, importerMs, rawMs, rows);
			if (i >= 0) {
				importer[i] = importerMs;
				raw[i] = rawMs;
			}
		}
		removeSynthetic();
		String size = String.format("%,d nodes + relationships", rows);
		double importerMs = results
			.time("import " + size + ": importer (read, validate, plan, write, commit)", importer)
			.medianMs();
		double rawMs = results.time("import " + size + ": hand-written UNWIND MERGE through the driver", raw)
			.medianMs();
		results.figure("importer throughput", Math.round(rows / importerMs * 1000) + " rows/s");
		results.ratio("import throughput, importer vs raw-driver UNWIND", rawMs / importerMs, "min", 0.8,
				"median of " + runs + " after a warm-up run, same rows, one transaction each, batch size " + batchSize);
	}

	private double rawImport(Path dir, int batchSize) throws IOException {
		removeSynthetic();
		long started = System.nanoTime();
		RawDriverImport.load(driver, dir, batchSize);
		return (System.nanoTime() - started) / 1e6;
	}

	/**
	 * Importer throughput by batch size, to choose the default of
	 * {@code driftgraph.kb.batch-size}.
	 */
	private void batchSizes(long relationships, List<Integer> sizes) throws IOException {
		Path dir = generate(relationships);
		DriftGraphProperties properties = app.getBean(DriftGraphProperties.class);
		List<String> throughput = new ArrayList<>();
		for (int size : sizes) {
			KnowledgeBaseLoader loader = new KnowledgeBaseLoader(driver, app.getBean(SchemaMigrations.class),
					new DriftGraphProperties(properties.embedded(),
							new DriftGraphProperties.Kb(properties.kb().location(), size), properties.cypher(),
							properties.curator(), properties.trapi()));
			removeSynthetic();
			long started = System.nanoTime();
			KnowledgeBaseLoader.ImportReport report = loader.importFiles(files(dir), false, "bench");
			double seconds = (System.nanoTime() - started) / 1e9;
			throughput.add(String.format("%,d: %,d rows/s", size,
					Math.round((report.nodesCreated() + report.relationshipsCreated()) / seconds)));
		}
		removeSynthetic();
		results.figure("importer throughput by batch size (one run each)", String.join("; ", throughput));
	}

	/**
	 * The importer against Spring Data Neo4j's saveAll, for the same Paper nodes (Paper
	 * is an entity that a repository reads; SDN maps no relationships here).
	 */
	private void sdnSaveAll(int papers, int runs) throws Exception {
		Neo4jTemplate template = app.getBean(Neo4jTemplate.class);
		KnowledgeBaseLoader loader = app.getBean(KnowledgeBaseLoader.class);
		StringBuilder tsv = new StringBuilder("key\tfirst_author\tyear\ttitle\n");
		List<Paper> entities = new ArrayList<>();
		Constructor<Paper> paper = Paper.class.getDeclaredConstructor(String.class, String.class, Integer.class,
				String.class, String.class, String.class, String.class, Long.class);
		paper.setAccessible(true); // the mapping's own constructor, as SDN calls it
		for (int i = 0; i < papers; i++) {
			tsv.append("syn_paper_").append(i).append("\tSynthetic A\t2020\tSynthetic paper ").append(i).append('\n');
			entities.add(paper.newInstance("syn_paper_" + i, "Synthetic A", 2020, "Synthetic paper " + i, null, null,
					null, null));
		}
		Map<String, byte[]> file = Map.of("papers.tsv", tsv.toString().getBytes(StandardCharsets.UTF_8));
		double[] importer = new double[runs];
		double[] sdn = new double[runs];
		for (int i = 0; i < runs; i++) {
			removeSynthetic();
			long started = System.nanoTime();
			loader.importFiles(file, false, "bench");
			importer[i] = (System.nanoTime() - started) / 1e6;
			removeSynthetic();
			started = System.nanoTime();
			template.saveAll(entities);
			sdn[i] = (System.nanoTime() - started) / 1e6;
			say("save run %d: importer %.0f ms, SDN saveAll %.0f ms (%,d papers)", i + 1, importer[i], sdn[i], papers);
		}
		removeSynthetic();
		double importerMs = results.time(String.format("save %,d Paper nodes: importer", papers), importer).medianMs();
		double sdnMs = results.time(String.format("save %,d Paper nodes: SDN Neo4jTemplate.saveAll", papers), sdn)
			.medianMs();
		results.ratio("import throughput, importer vs SDN saveAll", sdnMs / importerMs, "min", 10,
				"median of " + runs + ", the same Paper nodes");
	}

	/**
	 * The Java API's explain on the curated graph alone (no synthetic data loaded): every
	 * drug or class with the reaction it is reported to induce, in turn.
	 */
	private void curatedExplain(int runs) {
		removeSynthetic();
		List<String[]> pairs = new ArrayList<>();
		try (var session = driver.session()) {
			session.run("MATCH (c)-[:INDUCES]->(r) RETURN DISTINCT c.key AS c, r.key AS r ORDER BY c, r")
				.forEachRemaining(row -> pairs.add(new String[] { row.get("c").asString(), row.get("r").asString() }));
		}
		PathwayService pathways = app.getBean(PathwayService.class);
		Map<String, double[]> timings = Map.of("explain", new double[runs]);
		for (int i = -20; i < runs; i++) { // 20 warm-up rounds
			String[] pair = pairs.get(Math.floorMod(i, pairs.size()));
			record(timings, "explain", i, () -> pathways.explain(pair[0], pair[1]).mechanisms().size());
		}
		results.time("explain on the curated graph (" + pairs.size() + " drug-reaction pairs)", timings.get("explain"));
	}

	/**
	 * Loads a synthetic graph of this size next to the curated one and times the
	 * questions users ask of it: the REST round trip against the same Cypher through the
	 * raw driver (alternating, so both see the same machine), and the Java API's explain
	 * and causesOf; then the {@linkplain #throughput throughput} of look-up, search and
	 * explain. The drug–reaction pairs are those of the first drift events, the reactions
	 * the ten most reported, so both sizes get the same mix of hubs and ordinary nodes.
	 */
	private Map<String, double[]> queries(long relationships, int runs) throws Exception {
		removeSynthetic();
		Path dir = generate(relationships);
		long started = System.nanoTime();
		KnowledgeBaseLoader.ImportReport loaded = app.getBean(KnowledgeBaseLoader.class)
			.importFiles(files(dir), false, "bench");
		double seconds = (System.nanoTime() - started) / 1e9;
		String size = relationships >= 1_000_000 ? relationships / 1_000_000 + "M" : relationships / 1_000 + "k";
		results.figure("load " + size + " graph (importer)",
				String.format("%,d nodes, %,d relationships in %.0f s (%,d rows/s)", loaded.nodesCreated(),
						loaded.relationshipsCreated(), seconds,
						Math.round((loaded.nodesCreated() + loaded.relationshipsCreated()) / seconds)));
		memory(size);
		List<String[]> pairs = new ArrayList<>();
		for (String line : Files.readAllLines(dir.resolve("drift_events.tsv")).subList(1, 21)) {
			String[] cells = line.split("\t");
			pairs.add(new String[] { cells[2], cells[4] });
		}
		List<String> reactions = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			reactions.add("syn_adversereaction_" + i);
		}
		PathwayService pathways = app.getBean(PathwayService.class);
		int drugs = (int) Files.lines(dir.resolve("nodes.tsv")).filter(l -> l.startsWith("Drug\t")).count();
		List<String> keys = new SplittableRandom(7).ints(20 + runs, 0, drugs).mapToObj(d -> "syn_drug_" + d).toList();
		Question lookup = new Question("lookup", n -> "/api/entities/" + keys.get(n % keys.size()), LOOKUP,
				n -> Map.of("key", keys.get(n % keys.size())));
		// the REST API's default page of 20 asks for 21; a last word matches as itself or
		// as a prefix
		Question search = new Question("search", n -> "/api/entities?q=" + WORDS.get(n % WORDS.size()), SEARCH, n -> Map
			.of("query", "(" + WORDS.get(n % WORDS.size()) + " OR " + WORDS.get(n % WORDS.size()) + "*)", "limit", 21));
		Question explain = new Question("explain",
				n -> "/api/pathways/explain?from=" + pairs.get(n % pairs.size())[0] + "&to="
						+ pairs.get(n % pairs.size())[1],
				PathQueries.mechanisms(PathwayService.DEFAULT_HOPS), n -> Map.of("from", pairs.get(n % pairs.size())[0],
						"to", pairs.get(n % pairs.size())[1], "limit", 500));
		Map<String, double[]> timings = new LinkedHashMap<>();
		EntityLookup entities = app.getBean(EntityLookup.class);
		for (String name : List.of("lookup REST", "lookup Java API", "lookup raw", "explain REST", "explain page",
				"explain raw", "explain", "causesOf")) {
			timings.put(name, new double[runs]);
		}
		for (int i = -20; i < runs; i++) { // 20 warm-up rounds
			int n = i + 20;
			String[] pair = pairs.get(n % pairs.size());
			String reaction = reactions.get(Math.floorMod(i, reactions.size()));
			record(timings, "lookup REST", i, () -> rest(lookup, n));
			record(timings, "lookup Java API", i, () -> entities.byKey(keys.get(n)).orElseThrow());
			record(timings, "lookup raw", i, () -> raw(lookup, n));
			record(timings, "explain REST", i, () -> rest(explain, n));
			record(timings, "explain page", i, () -> get("/explain?from=" + pair[0] + "&to=" + pair[1]));
			record(timings, "explain raw", i, () -> raw(explain, n));
			record(timings, "explain", i, () -> pathways.explain(pair[0], pair[1]).mechanisms().size());
			record(timings, "causesOf", i, () -> pathways.causesOf(reaction).size());
		}
		timings.forEach((name, millis) -> results.time(name + " at " + size, millis));
		ratio(timings, "lookup", size);
		ratio(timings, "explain", size);
		results.ratio("Explorer explain page vs explain REST at " + size,
				Results.percentile(timings.get("explain page"), 50)
						/ Results.percentile(timings.get("explain REST"), 50),
				"max", 1.2, "medians of the same questions over HTTP: the rendered page against the JSON answer");
		throughput(size, List.of(lookup, search, explain));
		return timings;
	}

	/**
	 * Requests per second of each question at 1, 8 and 32 concurrent clients, each
	 * sending its next request as soon as the last is answered, through DriftGraph's REST
	 * API, Neo4j's HTTP query API and the Java driver (the same main Cypher, in a read
	 * transaction). The channels take turns, a second each, in an order that rotates from
	 * round to round, so that all see the same machine; half a second each at the most
	 * clients warms them up first. A channel that fails while warming up is left out of
	 * that question, and the figures say what it answered.
	 */
	private void throughput(String size, List<Question> questions) throws Exception {
		Map<String, BiFunction<Question, Integer, Object>> channels = new LinkedHashMap<>();
		channels.put("REST", this::rest);
		channels.put("Neo4j HTTP query API", this::queryApi);
		channels.put("Java driver", this::raw);
		int rounds = quick ? 1 : 3;
		int most = CLIENTS.get(CLIENTS.size() - 1);
		ExecutorService pool = Executors.newFixedThreadPool(most);
		try {
			Map<Question, List<String>> working = new LinkedHashMap<>();
			for (Question question : questions) {
				List<String> names = new ArrayList<>();
				for (String channel : channels.keySet()) {
					try {
						requests(pool, most, 500, n -> channels.get(channel).apply(question, n));
						names.add(channel);
					}
					catch (ExecutionException ex) {
						results.figure(
								String.format("throughput, %s at %s, through %s", question.name(), size, channel),
								"not measured: " + ex.getCause().getMessage());
					}
				}
				working.put(question, names);
			}
			for (int clients : CLIENTS) {
				for (Map.Entry<Question, List<String>> entry : working.entrySet()) {
					Question question = entry.getKey();
					List<String> names = entry.getValue();
					Map<String, long[]> done = new LinkedHashMap<>(); // channel:
																		// requests,
																		// nanoseconds
					names.forEach(channel -> done.put(channel, new long[2]));
					for (int round = 0; round < rounds; round++) {
						for (int c = 0; c < names.size(); c++) {
							String channel = names.get((c + round) % names.size());
							long[] window = requests(pool, clients, 1_000,
									n -> channels.get(channel).apply(question, n));
							done.get(channel)[0] += window[0];
							done.get(channel)[1] += window[1];
						}
					}
					Map<String, Double> perSecond = new LinkedHashMap<>();
					done.forEach((channel, d) -> perSecond.put(channel, d[0] * 1e9 / d[1]));
					double rest = perSecond.get("REST");
					StringBuilder figure = new StringBuilder();
					perSecond.forEach((channel, rate) -> figure.append(figure.isEmpty() ? "" : ", ")
						.append(String.format("%s %,.0f/s", channel, rate))
						.append(channel.equals("REST") ? "" : String.format(" (REST %.2f×)", rest / rate)));
					results.figure(String.format("throughput, %s at %s, %d client%s", question.name(), size, clients,
							clients == 1 ? "" : "s"), figure.toString());
					if (question.name().equals("lookup") && clients > 1) {
						String basis = String.format(
								"requests/s, %d clients each sending its next request when "
										+ "answered; channels take turns in %d round%s of 1 s; the same Cypher",
								clients, rounds, rounds == 1 ? "" : "s");
						results.ratio(String.format("lookup throughput REST vs Neo4j HTTP query API at %s, %d clients",
								size, clients), rest / perSecond.get("Neo4j HTTP query API"), "min", 1.0, basis);
						results.ratio(
								String.format("lookup throughput REST vs Java driver at %s, %d clients", size, clients),
								rest / perSecond.get("Java driver"), "min", 0.9, basis);
					}
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * Runs the call from this many clients at once, each calling again as soon as its
	 * last call returned, until the time is up.
	 * @return how many calls completed, and in how many nanoseconds (until the last
	 * returned)
	 */
	private static long[] requests(ExecutorService pool, int clients, long millis, IntFunction<Object> call)
			throws InterruptedException, ExecutionException {
		AtomicInteger next = new AtomicInteger();
		long started = System.nanoTime();
		long deadline = started + millis * 1_000_000;
		List<Future<?>> running = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			running.add(pool.submit(() -> {
				while (System.nanoTime() < deadline) {
					Objects.requireNonNull(call.apply(next.getAndIncrement()), "an answer");
				}
				return null;
			}));
		}
		for (Future<?> client : running) {
			client.get();
		}
		return new long[] { next.get(), System.nanoTime() - started };
	}

	private void ratio(Map<String, double[]> timings, String query, String size) {
		double rest = Results.percentile(timings.get(query + " REST"), 50);
		double raw = Results.percentile(timings.get(query + " raw"), 50);
		results.ratio(query + " REST round trip vs raw driver at " + size, rest / raw, "max", 1.3,
				"medians, alternating requests; raw = the same main Cypher in one read transaction");
	}

	private static void record(Map<String, double[]> timings, String name, int run, Supplier<Object> call) {
		long started = System.nanoTime();
		Object answer = call.get();
		double millis = (System.nanoTime() - started) / 1e6;
		if (answer == null) {
			throw new IllegalStateException(name + " answered nothing");
		}
		if (run >= 0) {
			timings.get(name)[run] = millis;
		}
	}

	private Object rest(Question question, int n) {
		return get(question.path().apply(n));
	}

	private Object raw(Question question, int n) {
		return read(question.cypher(), question.parameters().apply(n));
	}

	/**
	 * The question's Cypher through Neo4j's HTTP query API, in a read transaction as
	 * through the driver.
	 */
	private Object queryApi(Question question, int n) {
		Map<String, Object> body = Map.of("statement", question.cypher(), "parameters", question.parameters().apply(n),
				"accessMode", "READ");
		return send(HttpRequest.newBuilder(queryApi)
			.header("Authorization", queryApiAuthorization)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
			.build());
	}

	private Object get(String path) {
		return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build());
	}

	/**
	 * @return the body of a successful answer (Neo4j's query API answers 202)
	 */
	private Object send(HttpRequest request) {
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() / 100 != 2) {
				throw new IllegalStateException(
						request.uri() + " answered " + response.statusCode() + ": " + response.body());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private Object read(String cypher, Map<String, Object> parameters) {
		try (var session = driver.session()) {
			return session.executeRead(tx -> tx.run(cypher, parameters).list());
		}
	}

	private void memory(String size) {
		System.gc();
		long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		String rss = "n/a";
		try {
			rss = Files.readAllLines(Path.of("/proc/self/status"))
				.stream()
				.filter(l -> l.startsWith("VmRSS:"))
				.map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 + " MB")
				.findFirst()
				.orElse(rss);
		}
		catch (IOException ex) {
			// not Linux: no RSS figure
		}
		results.figure("memory after loading the " + size + " graph (service and embedded Neo4j in one JVM)",
				"heap used " + heap / (1 << 20) + " MB after GC, RSS " + rss);
	}

	private Path generate(long relationships) throws IOException {
		Path dir = work.resolve("synthetic-" + relationships);
		if (!Files.exists(dir)) {
			SyntheticGraph.Summary summary = new SyntheticGraph(relationships, 42).write(dir, n -> {
			});
			say("generated %,d nodes and %,d relationships", summary.nodes(), summary.relationships());
		}
		return dir;
	}

	private static Map<String, byte[]> files(Path dir) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (String name : List.of("nodes.tsv", "papers.tsv", "edges.tsv", "drift_events.tsv")) {
			files.put(name, Files.readAllBytes(dir.resolve(name)));
		}
		return files;
	}

	private void removeSynthetic() {
		try (var session = driver.session()) {
			session.run(SYNTHETIC + "CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume();
			// deleting drift events by hand leaves their tallies behind: the next load
			// would find them stale
			session.run("MATCH (t:DriftEventTally) WHERE t.culprit STARTS WITH 'syn_' DELETE t").consume();
			session.run("MATCH (c:Change {who: 'bench'}) DELETE c").consume();
		}
	}

}
