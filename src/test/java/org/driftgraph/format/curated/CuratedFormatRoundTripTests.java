package org.driftgraph.format.curated;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.driftgraph.format.Dataset;
import org.driftgraph.format.EdgeRecord;
import org.driftgraph.format.NodeRecord;
import org.driftgraph.format.tsv.Problem;
import org.driftgraph.schema.MetaEdge;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The curated format without a database: the release read, written back through
 * {@link CuratedWriter} and read again gives the same records, and the columns
 * docs/data-formats.md lists are the ones {@link CuratedTable} declares.
 */
class CuratedFormatRoundTripTests {

	@Test
	void the_release_written_back_reads_as_the_same_records() {
		Dataset release = read(releaseFiles());
		Dataset again = read(write(release));
		assertThat(nodes(again)).containsExactlyInAnyOrderElementsOf(nodes(release));
		assertThat(edges(again)).containsExactlyInAnyOrderElementsOf(edges(release));
	}

	@Test
	void general_knowledge_goes_back_into_refs_after_the_papers() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (CuratedWriter writer = new CuratedWriter(out, CuratedTable.EDGES, List.of("id", "refs"))) {
			writer.row(Map.of("id", "R1", "refs", List.of("p1"), "general_knowledge", true));
		}
		assertThat(out.toString()).isEqualTo("id\trefs\nR1\tp1|GK\n");
	}

	@Test
	void a_column_the_table_does_not_have_is_refused() {
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> new CuratedWriter(new ByteArrayOutputStream(), CuratedTable.NODES, List.of("key", "size")))
			.withMessage("nodes.tsv has no columns [size]");
	}

	@Test
	void the_documented_columns_are_the_declared_ones_in_their_order() throws IOException {
		String docs = Files.readString(Path.of("docs/data-formats.md"));
		for (CuratedTable table : CuratedTable.values()) {
			Matcher row = Pattern.compile("(?m)^\\| `" + Pattern.quote(table.file()) + "` \\| (.*) \\|$").matcher(docs);
			assertThat(row.find()).as("a row for %s in the curated column table", table.file()).isTrue();
			List<String> documented = new ArrayList<>();
			List<String> required = new ArrayList<>();
			for (String cell : row.group(1).split(", ")) {
				String name = cell.replace("*", "").replace("`", "").strip();
				documented.add(name);
				if (cell.startsWith("**")) {
					required.add(name);
				}
			}
			assertThat(documented).as(table.file()).isEqualTo(table.columnNames());
			assertThat(required).as(table.file() + " required")
				.isEqualTo(table.columns()
					.stream()
					.filter(CuratedTable.Column::required)
					.map(CuratedTable.Column::name)
					.toList());
		}
	}

	private static Map<String, byte[]> releaseFiles() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (String name : CuratedFormat.FILES) {
			try (InputStream in = CuratedFormatRoundTripTests.class.getResourceAsStream("/kb/" + name)) {
				files.put(name, in.readAllBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return files;
	}

	private static Dataset read(Map<String, byte[]> files) {
		List<Problem> problems = new ArrayList<>();
		Dataset dataset = CuratedFormat.read(files, problems);
		assertThat(problems).isEmpty();
		return dataset;
	}

	/**
	 * The records as the export makes rows of the graph: citations and drift-event links
	 * back into columns.
	 */
	private static Map<String, byte[]> write(Dataset dataset) {
		Map<CuratedTable, List<Map<String, Object>>> rows = new LinkedHashMap<>();
		Map<String, Map<String, Object>> byKey = new HashMap<>();
		Set<String> events = new HashSet<>();
		for (NodeRecord node : dataset.nodes()) {
			Map<String, Object> row = new HashMap<>(node.properties());
			CuratedTable table = switch (node.label()) {
				case PAPER -> CuratedTable.PAPERS;
				case DRIFT_EVENT -> CuratedTable.DRIFT_EVENTS;
				default -> CuratedTable.NODES;
			};
			if (table == CuratedTable.NODES) {
				List<String> labels = new ArrayList<>(node.extraLabels());
				labels.add(node.label().value());
				row.put("labels", labels);
			}
			rows.computeIfAbsent(table, t -> new ArrayList<>()).add(row);
			byKey.put(node.key(), row);
			if (table == CuratedTable.DRIFT_EVENTS) {
				events.add(node.key());
			}
		}
		for (EdgeRecord edge : dataset.edges()) {
			if (edge.type() == MetaEdge.CITES) {
				add(byKey.get(edge.object()), "cited_by", edge.subject());
			}
			else if (edge.type() == MetaEdge.REPORTED_IN) {
				add(byKey.get(edge.subject()), "refs", edge.object());
				if (Boolean.TRUE.equals(edge.properties().get("abstract_checked"))) {
					add(byKey.get(edge.subject()), "checked_refs", edge.object());
				}
			}
			else if (events.contains(edge.subject())) {
				add(byKey.get(edge.subject()), edge.type().type().toLowerCase(Locale.ROOT), edge.object());
			}
			else {
				Map<String, Object> row = new HashMap<>(edge.properties());
				row.put("subject", edge.subject());
				row.put("predicate", edge.type().type());
				row.put("object", edge.object());
				rows.computeIfAbsent(CuratedTable.EDGES, t -> new ArrayList<>()).add(row);
			}
		}
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (CuratedTable table : CuratedTable.values()) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try (CuratedWriter writer = new CuratedWriter(out, table)) {
				for (Map<String, Object> row : rows.getOrDefault(table, List.of())) {
					writer.row(row);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			files.put(table.file(), out.toByteArray());
		}
		return files;
	}

	@SuppressWarnings("unchecked")
	private static void add(Map<String, Object> row, String column, String key) {
		((List<String>) row.computeIfAbsent(column, c -> new ArrayList<String>())).add(key);
	}

	private static List<List<Object>> nodes(Dataset dataset) {
		return dataset.nodes()
			.stream()
			.map(n -> List.<Object>of(n.label(), n.extraLabels(), n.key(), n.properties()))
			.toList();
	}

	private static List<List<Object>> edges(Dataset dataset) {
		return dataset.edges()
			.stream()
			.map(e -> List.<Object>of(e.type(), e.subject(), e.object(), e.properties()))
			.toList();
	}

}
