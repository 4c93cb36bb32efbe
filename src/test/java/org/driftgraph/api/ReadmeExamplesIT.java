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

/** Every curl line of the README runs against the service and succeeds, so the README cannot rot. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadmeExamplesIT extends IntegrationTest {

	/** Shell words: single-quoted strings or bare words. */
	private static final Pattern WORD = Pattern.compile("'([^']*)'|(\\S+)");

	@LocalServerPort
	int port;

	static List<String> curlLines() throws IOException {
		return Files.readAllLines(Path.of("README.md")).stream().filter(l -> l.startsWith("curl ")).toList();
	}

	@Test
	void every_curl_example_of_the_readme_answers_2xx() throws Exception {
		List<String> lines = curlLines();
		assertThat(lines).hasSizeGreaterThanOrEqualTo(13);
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
				default -> builder.uri(URI.create(words.get(i).replace("http://127.0.0.1:8080", "http://127.0.0.1:" + port)));
			}
		}
		return builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(body)).build();
	}

}
