package org.driftgraph.kb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.driftgraph.format.curated.CuratedFormat;
import org.driftgraph.support.GraphFingerprint;
import org.driftgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Loading is all or nothing, and loading the same files again changes nothing. */
@SpringBootTest
class KnowledgeBaseLoaderIT extends IntegrationTest {

	@Autowired
	KnowledgeBaseLoader loader;

	@Autowired
	Driver driver;

	static Map<String, byte[]> curatedFiles() throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (String name : CuratedFormat.FILES) {
			files.put(name, new ClassPathResource("kb/" + name).getContentAsByteArray());
		}
		return files;
	}

	static Map<String, byte[]> withReplaced(Map<String, byte[]> files, String file, String from, String to) {
		String content = new String(files.get(file), StandardCharsets.UTF_8);
		assertThat(content).contains(from);
		Map<String, byte[]> copy = new LinkedHashMap<>(files);
		copy.put(file, content.replaceFirst(java.util.regex.Pattern.quote(from), to).getBytes(StandardCharsets.UTF_8));
		return copy;
	}

	@Test
	void loading_the_same_release_again_writes_nothing() throws IOException {
		Set<String> before = GraphFingerprint.of(driver);
		KnowledgeBaseLoader.Result again = loader.loadRelease(curatedFiles(), "test");
		assertThat(again.alreadyLoaded()).isTrue();
		assertThat(GraphFingerprint.of(driver)).isEqualTo(before);
	}

	@Test
	void a_release_with_one_bad_row_is_refused_with_its_line_and_changes_nothing() throws IOException {
		Set<String> before = GraphFingerprint.of(driver);
		// a valid edit and an invalid one in the same release: neither may land
		Map<String, byte[]> files = withReplaced(curatedFiles(), CuratedFormat.NODES, "\tSecukinumab\t",
				"\tSecukinumab (edited)\t");
		files = withReplaced(files, CuratedFormat.EDGES, "\tMEMBER_OF\tclass_tnfi\t", "\tMEMBER_OF\tth1\t");
		Map<String, byte[]> bad = files;
		assertThatExceptionOfType(InvalidDataException.class).isThrownBy(() -> loader.loadRelease(bad, "bad"))
			.satisfies(ex -> assertThat(ex.problems()).singleElement()
				.asString()
				.matches(
						"edges\\.tsv:\\d+ \\[predicate\\]: MEMBER_OF cannot connect a Drug \\(\\w+\\) to a CellType \\(th1\\).*"));
		assertThat(GraphFingerprint.of(driver)).isEqualTo(before);
	}

	@Test
	void an_edited_row_updates_exactly_that_node_and_reloading_the_original_restores_the_graph() throws IOException {
		Set<String> before = GraphFingerprint.of(driver);
		try {
			Map<String, byte[]> edited = withReplaced(curatedFiles(), CuratedFormat.NODES, "\tSecukinumab\t",
					"\tSecukinumab (edited)\t");
			KnowledgeBaseLoader.Result result = loader.loadRelease(edited, "edited");
			assertThat(result.alreadyLoaded()).isFalse();
			assertThat(result.nodesCreated()).isZero();
			assertThat(result.relationshipsCreated()).isZero();
			Set<String> after = GraphFingerprint.of(driver);
			Set<String> changed = new TreeSet<>(after);
			changed.removeAll(before);
			assertThat(changed).singleElement().asString().contains("name=Secukinumab (edited)");
		}
		finally {
			try (var session = driver.session()) {
				session.run("MATCH (r:Release) DETACH DELETE r").consume();
			}
			loader.loadRelease(curatedFiles(), "restored");
		}
		assertThat(GraphFingerprint.of(driver)).isEqualTo(before);
	}

}
