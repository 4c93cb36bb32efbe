package org.driftgraph.reliability;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.driftgraph.support.GraphFingerprint;
import org.driftgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fuzz scenario of the reliability figures: generated bad input (jqwik) for every
 * endpoint and every parameter, {@code fuzz.tries} cases per endpoint from the seed
 * {@code fuzz.seed}. Every answer must be a 2xx, or a 4xx that says what was wrong in the
 * endpoint's own error shape: RFC 9457 problem details for the API; a TRAPI response with
 * its {@code logs} for a refused TRAPI query; for an Explorer page the Explorer's error
 * page (a person reads it) or, when the request fails before a page is chosen (method,
 * encoding), problem details. Two answers outside that are right all the same: 505 with
 * problem details for a request in an HTTP version that does not exist (RFC 9110), and
 * the redirect that is all {@code /swagger-ui.html} does. Any other 5xx, a reset or an
 * error without details is a failure, and the graph's fingerprint must not change. With
 * {@code fuzz.results} naming a file, the figures go there as Markdown.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "driftgraph.curator.password=" + EndpointFuzzIT.PASSWORD)
class EndpointFuzzIT extends IntegrationTest {

	static final String PASSWORD = "fuzz-test-password";

	static final int TRIES = Integer.getInteger("fuzz.tries", 10);

	static final long SEED = Long.getLong("fuzz.seed", 12);

	static final String BOUNDARY = "fuzzBoundary";

	static final Map<String, String> CURATOR = Map.of("Authorization",
			"Basic " + Base64.getEncoder().encodeToString(("curator:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));

	/** How an endpoint says what was wrong with a request. */
	enum Errors {

		/** RFC 9457 problem details */
		PROBLEM,
		/**
		 * a TRAPI response whose logs say why, or problem details for what fails before
		 * the query is read
		 */
		TRAPI,
		/**
		 * the Explorer's error page, or problem details for what fails before a page is
		 * chosen
		 */
		PAGE

	}

	/**
	 * A body an endpoint takes.
	 *
	 * @param contentType what the endpoint expects
	 * @param withValue a well-formed body with a bad value in its main text field
	 * @param malformed bodies that are not well-formed
	 */
	record Body(String contentType, Function<String, String> withValue, Arbitrary<byte[]> malformed) {
	}

	/**
	 * An endpoint with valid values for its parameters, so that each case breaks one
	 * thing only.
	 *
	 * @param parameters names and valid values; one named in the path as {@code {name}}
	 * is a path variable
	 */
	record Endpoint(String method, String path, Map<String, String> parameters, Body body, Map<String, String> headers,
			Errors errors, boolean redirects) {

		static Endpoint get(String path, String... namesAndValues) {
			Map<String, String> parameters = new LinkedHashMap<>();
			for (int i = 0; i < namesAndValues.length; i += 2) {
				parameters.put(namesAndValues[i], namesAndValues[i + 1]);
			}
			return new Endpoint("GET", path, parameters, null, Map.of(), Errors.PROBLEM, false);
		}

		Endpoint post(Body body) {
			return new Endpoint("POST", path, parameters, body, headers, errors, redirects);
		}

		Endpoint as(Map<String, String> credentials) {
			return new Endpoint(method, path, parameters, body, credentials, errors, redirects);
		}

		Endpoint errors(Errors shape) {
			return new Endpoint(method, path, parameters, body, headers, shape, redirects);
		}

		/** An endpoint whose answer is a redirect (3xx) to where the content is. */
		Endpoint redirecting() {
			return new Endpoint(method, path, parameters, body, headers, errors, true);
		}

		String name() {
			return method + " " + path + (parameters.isEmpty() ? "" : " " + parameters.keySet())
					+ (body == null ? "" : " " + body.contentType().replaceFirst(";.*", ""))
					+ (headers.isEmpty() ? "" : " as curator");
		}

		/**
		 * @return the target with these parameters, each value already encoded (or
		 * deliberately not)
		 */
		String target(Map<String, String> encoded) {
			String target = path;
			List<String> query = new ArrayList<>();
			for (Map.Entry<String, String> p : encoded.entrySet()) {
				if (target.contains("{" + p.getKey() + "}")) {
					target = target.replace("{" + p.getKey() + "}", p.getValue());
				}
				else {
					query.add(p.getKey() + "=" + p.getValue());
				}
			}
			return query.isEmpty() ? target : target + "?" + String.join("&", query);
		}

		Map<String, String> validEncoded() {
			Map<String, String> encoded = new LinkedHashMap<>();
			parameters.forEach((name, value) -> encoded.put(name, encode(value)));
			return encoded;
		}

		/**
		 * @return the valid request with one parameter's value (on the wire) replaced
		 */
		byte[] with(String parameter, String wireValue) {
			Map<String, String> encoded = validEncoded();
			encoded.put(parameter, wireValue);
			return request(method, target(encoded), Map.of(), validBody());
		}

		byte[] request(String requestMethod, String target, Map<String, String> extraHeaders, byte[] content) {
			Map<String, String> all = new LinkedHashMap<>(headers);
			if (content != null && body != null) {
				all.put("Content-Type", body.contentType());
			}
			all.putAll(extraHeaders);
			return RawHttp.request(requestMethod, target, all, content);
		}

		byte[] validBody() {
			return body == null ? null : body.withValue().apply("").getBytes(StandardCharsets.UTF_8);
		}

	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/**
	 * Every endpoint of the application;
	 * {@link #every_handler_of_the_application_is_fuzzed} keeps it complete.
	 */
	static List<Endpoint> endpoints() {
		String from = "adalimumab";
		String to = "eczematous_eruption";
		Body cypher = new Body(MediaType.APPLICATION_JSON_VALUE,
				value -> "{\"query\": " + FuzzInputs.jsonString(value.isEmpty() ? "RETURN 1" : value)
						+ ", \"parameters\": {\"key\": " + FuzzInputs.jsonString(value) + "}}",
				FuzzInputs.malformedJson());
		Body trapi = new Body(MediaType.APPLICATION_JSON_VALUE,
				value -> "{\"message\": {\"query_graph\": {\"nodes\": {\"n0\": {\"ids\": ["
						+ FuzzInputs.jsonString(value)
						+ "]}, \"n1\": {\"categories\": [\"biolink:Disease\"]}}, \"edges\": {\"e0\": {\"subject\": \"n0\", "
						+ "\"object\": \"n1\", \"predicates\": [\"biolink:treats\"]}}}}}",
				FuzzInputs.malformedJson());
		Body files = new Body("multipart/form-data; boundary=" + BOUNDARY,
				value -> "--" + BOUNDARY
						+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"nodes.tsv\"\r\n"
						+ "Content-Type: text/tab-separated-values\r\n\r\n" + value + "\r\n--" + BOUNDARY + "--\r\n",
				FuzzInputs.multipartBodies(BOUNDARY));
		Body file = new Body("text/tab-separated-values", value -> value,
				Arbitraries.bytes().array(byte[].class).ofMaxSize(500));
		Endpoint upload = Endpoint.get("/api/import", "format", "curated", "dryRun", "true").post(files);
		return List.of(Endpoint.get("/").errors(Errors.PAGE), Endpoint.get("/search", "q", "adal").errors(Errors.PAGE),
				Endpoint.get("/paradoxical-reactions").errors(Errors.PAGE),
				Endpoint.get("/contested-claims").errors(Errors.PAGE),
				Endpoint.get("/entity/{key}", "key", from).errors(Errors.PAGE),
				Endpoint.get("/explain", "from", from, "to", to).errors(Errors.PAGE),
				Endpoint.get("/explain.csv", "from", from, "to", to).errors(Errors.PAGE),
				Endpoint.get("/explain.bib", "from", from, "to", to).errors(Errors.PAGE),
				Endpoint.get("/explain.ris", "from", from, "to", to).errors(Errors.PAGE),
				Endpoint.get("/explain.svg", "from", from, "to", to).errors(Errors.PAGE),
				Endpoint.get("/suggest", "q", "adal"), Endpoint.get("/api/entities/{key}", "key", from),
				Endpoint.get("/api/entities", "q", "th", "page", "0", "size", "5"),
				Endpoint.get("/api/entities", "curie", "UniProtKB:Q92583"),
				Endpoint.get("/api/papers/{key}", "key", "miao2025"),
				Endpoint.get("/api/papers", "doi", "10.1111/jdv.16246"),
				Endpoint.get("/api/papers", "pmid", "32119139"),
				Endpoint.get("/api/pathways/explain", "from", from, "to", to, "maxHops", "3"),
				Endpoint.get("/api/reactions/{key}/causes", "key", to), Endpoint.get("/api/paradoxical-reactions"),
				Endpoint.get("/api/rescues", "drug", "ixekizumab", "reaction", to),
				Endpoint.get("/api/subsets/{key}/profile", "key", "th2"),
				Endpoint.get("/api/connections", "from", "cd4_t", "to", "th1", "maxHops", "4"),
				Endpoint.get("/api/drift-events", "reaction", to, "culprit", "ixekizumab"),
				Endpoint.get("/api/export", "format", "cyjs", "focus", from, "hops", "1"),
				Endpoint.get("/api/export", "format", "graphml", "event", "DE01"),
				Endpoint.get("/api/cypher").post(cypher), upload, upload.as(CURATOR),
				Endpoint.get("/api/import", "file", "nodes.tsv", "format", "curated", "dryRun", "true")
					.post(file)
					.as(CURATOR),
				Endpoint.get("/trapi/1.5/query").post(trapi).errors(Errors.TRAPI),
				Endpoint.get("/trapi/1.5/meta_knowledge_graph"), Endpoint.get("/trapi/1.5/sri_testing_data"),
				Endpoint.get("/trapi/1.5/openapi.json"), Endpoint.get("/browser-guide/guide.html"),
				Endpoint.get("/browser-guide/driftgraph.grass"), Endpoint.get("/v3/api-docs"),
				Endpoint.get("/v3/api-docs.yaml"), Endpoint.get("/v3/api-docs/swagger-config"),
				Endpoint.get("/swagger-ui.html").redirecting(), Endpoint.get("/actuator"),
				Endpoint.get("/actuator/health"), Endpoint.get("/actuator/info"), Endpoint.get("/actuator/qa"),
				Endpoint.get("/error"));
	}

	/**
	 * @return the cases for one endpoint: one thing broken each, in the parameters, the
	 * body, the method or the request
	 */
	static Arbitrary<byte[]> cases(Endpoint e) {
		List<Arbitrary<byte[]>> kinds = new ArrayList<>();
		for (String parameter : e.parameters().keySet()) {
			kinds.add(FuzzInputs.values().map(value -> e.with(parameter, encode(value))));
			kinds.add(FuzzInputs.badEncodings().map(raw -> e.with(parameter, raw)));
			kinds.add(FuzzInputs.badEncodings()
				.map(raw -> e.with(parameter, encode(e.parameters().get(parameter)) + raw)));
			Map<String, String> without = e.validEncoded();
			without.remove(parameter);
			String path = e.target(without);
			if (!path.contains("{")) {
				kinds.add(Arbitraries.just(e.request(e.method(), path, Map.of(), e.validBody())));
			}
			kinds.add(FuzzInputs.values()
				.map(value -> e.request(e.method(), e.target(e.validEncoded()) + "&" + parameter + "=" + encode(value),
						Map.of(), e.validBody())));
		}
		Arbitrary<String> names = Arbitraries.oneOf(FuzzInputs.values().map(EndpointFuzzIT::encode),
				FuzzInputs.badEncodings());
		String valid = e.target(e.validEncoded());
		String glue = valid.contains("?") ? "&" : "?";
		kinds.add(names.map(name -> e.request(e.method(), valid + glue + name + "=1", Map.of(), e.validBody())));
		kinds.add(Arbitraries.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "FUZZ", "get")
			.filter(method -> !method.equals(e.method()))
			.map(method -> e.request(method, valid, Map.of(), null)));
		kinds.add(
				Arbitraries.of("POST", "PUT", "PATCH", "DELETE")
					.flatMap(method -> names.map(name -> e.request(method, valid,
							Map.of("Content-Type", "application/x-www-form-urlencoded"),
							(name + "=1&a=%zz&=&%=%").getBytes(StandardCharsets.UTF_8)))));
		kinds.add(Arbitraries.of("Authorization", "Origin", "Sec-Fetch-Site", "Accept-Charset", "Content-Type")
			.flatMap(header -> FuzzInputs.values()
				.map(value -> e.request(e.method(), valid, Map.of(header, value.replace("\r\n", " ")),
						e.validBody()))));
		kinds.add(garbledRequests(e, valid));
		if (e.body() != null) {
			kinds.add(FuzzInputs.values()
				.map(value -> e.request(e.method(), valid, Map.of(),
						e.body().withValue().apply(value).getBytes(StandardCharsets.UTF_8))));
			kinds.add(e.body().malformed().map(content -> e.request(e.method(), valid, Map.of(), content)));
			kinds.add(FuzzInputs.contentTypes()
				.map(type -> e.request(e.method(), valid, Map.of("Content-Type", type), e.validBody())));
		}
		return Arbitraries.oneOf(kinds);
	}

	/**
	 * @return requests that break HTTP itself: the request line, the headers, the framing
	 * of the body
	 */
	static Arbitrary<byte[]> garbledRequests(Endpoint e, String target) {
		String head = e.method() + " " + target;
		return Arbitraries.of(head + " HTTP/9.9\r\nHost: x\r\n\r\n", target + " HTTP/1.1\r\n\r\n",
				e.method() + "  " + target + " HTTP/1.1\r\nHost: x\r\n\r\n",
				head + " HTTP/1.1\r\nHost: x\r\nNo colon\r\n\r\n", head + " HTTP/1.1\r\nHost: x\r\nX-\u0000: y\r\n\r\n",
				head + " HTTP/1.1\r\nHost: x\r\nX: \u0001\r\n\r\n",
				head + " HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n",
				head + " HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n",
				head + " HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nabcdef",
				head + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n",
				head + " HTTP/1.1\r\nHost: x\r\nX-Long: " + "a".repeat(20_000) + "\r\n\r\n",
				head + " HTTP/1.1\r\nHost: x\r\n" + "X: y\r\n".repeat(500) + "\r\n",
				head + " HTTP/1.1\r\nHost: a b\r\n\r\n", head + " HTTP/1.1\r\n\r\n",
				"\u0000\u0001\u0002 " + target + " HTTP/1.1\r\n\r\n",
				"GET " + target + "\u00ff HTTP/1.1\r\nHost: x\r\n\r\n")
			.map(text -> text.replace("Host: x\r\n", "Host: x\r\nConnection: close\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
	}

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Autowired
	JsonMapper json;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlers;

	@Autowired
	PathMappedEndpoints actuator;

	/** Figures of one endpoint. */
	static final class Tally {

		int success;

		int redirect;

		int clientError;

		int failures;

	}

	@Test
	void bad_input_to_every_endpoint_answers_2xx_or_4xx_with_details_and_changes_nothing() throws IOException {
		Set<String> before = GraphFingerprint.of(driver);
		Map<String, Tally> tallies = new LinkedHashMap<>();
		List<String> failures = new ArrayList<>();
		long started = System.nanoTime();
		for (Endpoint endpoint : endpoints()) {
			Tally tally = tallies.computeIfAbsent(endpoint.name(), name -> new Tally());
			for (byte[] request : generate(endpoint)) {
				String failure;
				try {
					RawHttp.Response response = RawHttp.send(port, request);
					failure = failure(endpoint, response);
					if (failure == null && response.status() < 300) {
						tally.success++;
					}
					else if (failure == null && response.status() < 400) {
						tally.redirect++;
					}
					else if (failure == null) {
						tally.clientError++;
					}
				}
				catch (IOException ex) {
					failure = "no answer (" + ex.getMessage() + ")";
				}
				if (failure != null) {
					tally.failures++;
					failures.add(endpoint.name() + ": " + failure + "\n    request: " + printable(request));
				}
			}
		}
		boolean unchanged = GraphFingerprint.of(driver).equals(before);
		report(tallies, failures.size(), unchanged, (System.nanoTime() - started) / 1_000_000_000);
		assertThat(failures).as("answers outside 2xx and 4xx with details").isEmpty();
		assertThat(unchanged).as("the graph's fingerprint is unchanged").isTrue();
	}

	/**
	 * @return the endpoint's {@link #TRIES} cases, from a random of its own (adding an
	 * endpoint changes no other's cases), in a jqwik session: outside a property, jqwik's
	 * generators need one
	 */
	private static List<byte[]> generate(Endpoint endpoint) {
		List<byte[]> cases = new ArrayList<>();
		JqwikSession.run(() -> {
			RandomGenerator<byte[]> generator = cases(endpoint).generator(1000);
			Random random = new Random(SEED + endpoint.name().hashCode());
			for (int i = 0; i < TRIES; i++) {
				cases.add(generator.next(random).value());
			}
		});
		return cases;
	}

	/**
	 * @return why the answer breaks the rule, or null when it is a 2xx or a 4xx in the
	 * endpoint's error shape
	 */
	private String failure(Endpoint endpoint, RawHttp.Response response) {
		int status = response.status();
		if (status >= 200 && status < 300 || endpoint.redirects() && status >= 300 && status < 400
				&& response.headers().containsKey("location")) {
			return null;
		}
		Errors errors = endpoint.errors();
		String type = response.contentType();
		// 505 is the one 5xx that blames the request: it asked for an HTTP version that
		// does not exist (RFC 9110)
		if (status >= 400 && status < 500 || status == 505) {
			if (type.startsWith("application/problem+json") && isProblem(response)) {
				return null;
			}
			if (errors == Errors.TRAPI && type.startsWith(MediaType.APPLICATION_JSON_VALUE) && hasLogs(response)) {
				return null;
			}
			if (errors == Errors.PAGE && type.startsWith(MediaType.TEXT_HTML_VALUE)
					&& response.text().contains("data-testid=\"problem\"")) {
				return null;
			}
		}
		return status + " " + type + " " + printable(response.body());
	}

	private boolean isProblem(RawHttp.Response response) {
		JsonNode problem = parse(response);
		return problem != null && problem.path("status").asInt() == response.status() && problem.hasNonNull("title");
	}

	private boolean hasLogs(RawHttp.Response response) {
		JsonNode answer = parse(response);
		return answer != null && !answer.path("logs").isEmpty() && answer.path("logs").isArray();
	}

	private JsonNode parse(RawHttp.Response response) {
		try {
			return json.readTree(response.body());
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static String printable(byte[] bytes) {
		String text = new String(bytes, 0, Math.min(bytes.length, 300), StandardCharsets.ISO_8859_1);
		return text.chars()
			.mapToObj(c -> c < 0x20 || c > 0x7e ? String.format("\\x%02x", c) : String.valueOf((char) c))
			.collect(Collectors.joining()) + (bytes.length > 300 ? "... (" + bytes.length + " bytes)" : "");
	}

	/**
	 * Writes the figures as Markdown to the file {@code fuzz.results} names, when it
	 * names one.
	 */
	private void report(Map<String, Tally> tallies, int failures, boolean unchanged, long seconds) throws IOException {
		String file = System.getProperty("fuzz.results", "");
		if (file.isBlank()) {
			return;
		}
		int success = tallies.values().stream().mapToInt(t -> t.success).sum();
		int clientError = tallies.values().stream().mapToInt(t -> t.clientError).sum();
		StringBuilder md = new StringBuilder("# Reliability: fuzz\n\n");
		md.append(
				"Generated bad input (jqwik) for every endpoint and every parameter: types, bounds, encodings, overlong values, malformed ")
			.append("JSON and multipart, broken HTTP, Cypher and Lucene syntax in text fields (`EndpointFuzzIT`). ")
			.append("Target: 0 answers outside 2xx and 4xx with details, and the graph's fingerprint unchanged.\n\n");
		md.append("| figure | value |\n| --- | --- |\n");
		md.append("| seed | ").append(SEED).append(" |\n");
		md.append("| tries per endpoint | ").append(TRIES).append(" |\n");
		md.append("| endpoints (with variants) | ").append(tallies.size()).append(" |\n");
		md.append("| cases | ").append(TRIES * tallies.size()).append(" |\n");
		md.append("| 2xx | ").append(success).append(" |\n");
		md.append("| 3xx (the redirect of `/swagger-ui.html`) | ")
			.append(tallies.values().stream().mapToInt(t -> t.redirect).sum())
			.append(" |\n");
		md.append("| 4xx with details (and 505 for HTTP/9.9) | ").append(clientError).append(" |\n");
		md.append("| failures (target 0) | ").append(failures).append(" |\n");
		md.append("| fingerprint unchanged | ").append(unchanged ? "yes" : "**no**").append(" |\n");
		md.append("| time | ").append(seconds).append(" s |\n\n");
		md.append("| endpoint | 2xx | 3xx | 4xx | failures |\n| --- | ---: | ---: | ---: | ---: |\n");
		tallies.forEach((name, t) -> md.append("| `")
			.append(name)
			.append("` | ")
			.append(t.success)
			.append(" | ")
			.append(t.redirect)
			.append(" | ")
			.append(t.clientError)
			.append(" | ")
			.append(t.failures)
			.append(" |\n"));
		Files.writeString(Path.of(file), md);
	}

	/**
	 * A new endpoint cannot go unfuzzed: every handler method of Spring MVC and every
	 * actuator endpoint must be in {@link #endpoints()}, a handler that consumes a body
	 * with a matching body.
	 */
	@Test
	void every_handler_of_the_application_is_fuzzed() {
		List<Endpoint> endpoints = endpoints();
		Set<String> missing = new TreeSet<>();
		for (RequestMappingInfo info : handlers.getHandlerMethods().keySet()) {
			Set<MediaType> consumes = info.getConsumesCondition().getConsumableMediaTypes();
			Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("GET")
					: info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(Collectors.toSet());
			for (String pattern : info.getPatternValues()) {
				for (String method : methods) {
					boolean fuzzed = endpoints.stream()
						.anyMatch(e -> e.method().equals(method) && e.path().equals(pattern)
								&& (consumes.isEmpty() || e.body() != null && consumes.stream()
									.anyMatch(
											type -> type.includes(MediaType.parseMediaType(e.body().contentType())))));
					if (!fuzzed) {
						missing.add(method + " " + pattern + (consumes.isEmpty() ? "" : " " + consumes));
					}
				}
			}
		}
		actuator.getAllPaths()
			.stream()
			.filter(path -> endpoints.stream().noneMatch(e -> e.path().equals(path)))
			.forEach(missing::add);
		assertThat(missing).as("handlers that EndpointFuzzIT does not fuzz").isEmpty();
	}

}
