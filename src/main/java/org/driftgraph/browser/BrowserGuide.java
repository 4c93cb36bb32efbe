package org.driftgraph.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The guide and the style sheet, read once at start-up. The guide's template names
 * example queries as {@code {{example:name}}}; each becomes the query of
 * {@code cypher/examples/name.cypher}, so the guide shows exactly what the example test
 * runs.
 */
@Component
final class BrowserGuide {

	private static final Pattern EXAMPLE = Pattern.compile("\\{\\{example:([a-z0-9_]+)}}");

	private final String html;

	private final String style;

	BrowserGuide() {
		this.html = EXAMPLE.matcher(read("browser-guide/guide.html"))
			.replaceAll(example -> Matcher.quoteReplacement(HtmlUtils.htmlEscape(query(example.group(1)))));
		this.style = read("browser-guide/driftgraph.grass");
	}

	/**
	 * @return the guide as Neo4j Browser's {@code :play} shows it: slides with runnable
	 * queries
	 */
	String html() {
		return html;
	}

	/**
	 * @return the Neo4j Browser style sheet (GraSS)
	 */
	String style() {
		return style;
	}

	/**
	 * The example's Cypher without its comment header (what it shows, what the test
	 * expects).
	 */
	static String query(String example) {
		return read("cypher/examples/" + example + ".cypher").lines()
			.dropWhile(line -> line.isBlank() || line.startsWith("//"))
			.collect(Collectors.joining("\n"))
			.strip();
	}

	private static String read(String path) {
		try {
			return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + path, ex);
		}
	}

}
