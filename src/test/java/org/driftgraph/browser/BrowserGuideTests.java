package org.driftgraph.browser;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.driftgraph.schema.Label;
import org.driftgraph.support.CypherExample;
import org.junit.jupiter.api.Test;

import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guide shows the example files, all of those meant for it; the style sheet colours
 * every label.
 */
class BrowserGuideTests {

	static final Pattern RUNNABLE = Pattern.compile("<pre class=\"code runnable\">(.*?)</pre>", Pattern.DOTALL);

	final BrowserGuide guide = new BrowserGuide();

	List<String> runnableQueries() {
		return RUNNABLE.matcher(guide.html()).results().map(m -> HtmlUtils.htmlUnescape(m.group(1))).toList();
	}

	@Test
	void every_runnable_query_is_an_example_file_without_its_header() {
		assertThat(guide.html()).doesNotContain("{{example:").contains("<carousel").contains("<slide");
		List<String> browserExamples = CypherExample.all()
			.stream()
			.map(CypherExample::name)
			.filter(name -> name.startsWith("browser_"))
			.toList();
		assertThat(runnableQueries())
			.containsExactlyInAnyOrderElementsOf(browserExamples.stream().map(BrowserGuide::query).toList());
		assertThat(runnableQueries()).contains("CALL db.schema.visualization()")
			.allSatisfy(query -> assertThat(query).doesNotStartWith("//").isNotBlank());
	}

	@Test
	void queries_are_escaped_so_that_arrows_survive_as_html() {
		assertThat(guide.html()).contains("-[member:MEMBER_OF]-&gt;(class:DrugClass)")
			.doesNotContain("-[member:MEMBER_OF]->(class:DrugClass)");
	}

	@Test
	void the_style_sheet_colours_every_label_and_each_th_subset_apart() {
		Map<String, String> colours = nodeColours(guide.style());
		for (Label label : Label.values()) {
			assertThat(colours).as(label.value()).containsKey(label.value());
		}
		List<String> subsetColours = Label.TH_SUBSET_NAMES.stream().map(colours::get).toList();
		assertThat(subsetColours).doesNotContainNull().doesNotHaveDuplicates();
		assertThat(colours.values()).doesNotHaveDuplicates();
		assertThat(guide.style())
			.contains("relationship.SHIFTS_TOWARD", "relationship.INDUCES", "relationship.INHIBITS")
			.contains("caption: \"<type>\"");
	}

	/** Label → fill colour of every {@code node.Label} rule that sets one. */
	static Map<String, String> nodeColours(String grass) {
		Matcher rule = Pattern.compile("node\\.(\\w+) \\{([^}]*)}").matcher(grass);
		Pattern fill = Pattern.compile("(?<![-\\w])color: (#[0-9A-Fa-f]{6})");
		return rule.results()
			.filter(r -> fill.matcher(r.group(2)).find())
			.collect(Collectors.toMap(r -> r.group(1), r -> {
				Matcher m = fill.matcher(r.group(2));
				m.find();
				return m.group(1);
			}));
	}

}
