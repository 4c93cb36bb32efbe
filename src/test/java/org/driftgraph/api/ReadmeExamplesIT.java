package org.driftgraph.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.driftgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every curl line of the README runs against the service and succeeds, so the README
 * cannot rot.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "driftgraph.curator.password=" + ReadmeExamplesIT.CURATOR_PASSWORD)
class ReadmeExamplesIT extends IntegrationTest {

	static final String CURATOR_PASSWORD = "readme-curator";

	/** Shell words: single-quoted strings or bare words. */
	private static final Pattern WORD = Pattern.compile("'([^']*)'|(\\S+)");

	@LocalServerPort
	int port;

	/** The README's curl commands, with backslash-continued lines joined. */
	static List<String> curlLines() throws IOException {
		String readme = Files.readString(Path.of("README.md")).replace("\\\n", " ");
		return readme.lines().filter(l -> l.startsWith("curl ")).toList();
	}

	@Test
	void every_curl_example_of_the_readme_answers_2xx() throws Exception {
		List<String> lines = curlLines();
		assertThat(lines).hasSizeGreaterThanOrEqualTo(18);
		HttpClient client = HttpClient.newHttpClient();
		for (String line : lines) {
			HttpResponse<String> response = client.send(request(line), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(line + "\n" + response.body()).isBetween(200, 299);
			assertThat(response.body()).as(line).isNotBlank();
		}
	}

	HttpRequest request(String line) {
		List<String> words = new ArrayList<>();
		Matcher m = WORD.matcher(line);
		while (m.find()) {
			words.add(m.group(1) != null ? m.group(1) : m.group(2));
		}
		HttpRequest.Builder builder = HttpRequest.newBuilder();
		String method = "GET";
		String body = null;
		Multipart multipart = null;
		for (int i = 1; i < words.size(); i++) {
			switch (words.get(i)) {
				case "-s" -> {
				}
				case "-X" -> method = words.get(++i);
				case "-H" -> {
					String[] header = words.get(++i).split(":\\s*", 2);
					builder.header(header[0], header[1]);
				}
				case "-d" -> body = words.get(++i);
				case "-u" -> builder.header("Authorization", "Basic " + java.util.Base64.getEncoder()
					.encodeToString(
							words.get(++i).replace("$DRIFTGRAPH_CURATOR_PASSWORD", CURATOR_PASSWORD).getBytes()));
				case "-F" -> {
					multipart = multipart == null ? new Multipart() : multipart;
					String[] field = words.get(++i).split("=@", 2);
					multipart.file(field[0], Path.of(field[1]));
					method = "POST";
				}
				default ->
					builder.uri(URI.create(words.get(i).replace("http://127.0.0.1:8080", "http://127.0.0.1:" + port)));
			}
		}
		if (multipart != null) {
			builder.header("Content-Type", "multipart/form-data; boundary=" + Multipart.BOUNDARY);
			return builder.method(method, HttpRequest.BodyPublishers.ofByteArray(multipart.bytes())).build();
		}
		return builder
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	/** What {@code curl -F name=@file} sends. */
	static final class Multipart {

		static final String BOUNDARY = "driftgraph-readme-boundary";

		private final java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();

		void file(String name, Path path) {
			try {
				body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
						+ name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
					.getBytes());
				body.write(Files.readAllBytes(path));
				body.write("\r\n".getBytes());
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}

		byte[] bytes() {
			return (body.toString(java.nio.charset.StandardCharsets.ISO_8859_1) + "--" + BOUNDARY + "--\r\n")
				.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		}

	}

}
