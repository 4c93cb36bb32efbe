package org.driftgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;

/**
 * The baseline for the importer: the generator's four files loaded by hand-written
 * {@code UNWIND $rows ... MERGE} statements through the driver, in one transaction, with
 * nothing checked. It knows the synthetic files' columns and takes each node's label from
 * its key ({@code syn_drug_1} is a Drug), which the importer cannot.
 */
final class RawDriverImport {

	private static final Map<String, String> LABELS = Map.of("syn_drug_", "Drug", "syn_drugclass_", "DrugClass",
			"syn_molecule_", "Molecule", "syn_celltype_", "CellType", "syn_disease_", "Disease", "syn_adversereaction_",
			"AdverseReaction", "syn_factor_", "Factor", "syn_therapy_", "Therapy", "syn_paper_", "Paper",
			"syn_driftevent_", "DriftEvent");

	private static final String[] EVENT_LINKS = { "TRIGGERED_BY", "OCCURS_IN", "RESULTS_IN", "SHIFTS_FROM", "SHIFTS_TO",
			"INVOLVES", "MANAGED_BY" };

	/** Rows by labels as the files write them ({@code CellType|ThSubset}). */
	private final Map<String, List<Map<String, Object>>> nodes = new LinkedHashMap<>();

	private final Map<List<String>, List<Map<String, Object>>> edges = new LinkedHashMap<>();

	private RawDriverImport() {
	}

	static void load(Driver driver, Path dir, int batchSize) throws IOException {
		RawDriverImport load = new RawDriverImport();
		load.read(dir);
		try (var session = driver.session()) {
			session.executeWriteWithoutResult(tx -> {
				load.nodes.forEach((labels, rows) -> batches(tx,
						"UNWIND $rows AS row MERGE (n:" + labels.replaceFirst("\\|.*", "")
								+ " {key: row.key}) SET n += row.props"
								+ (labels.contains("|") ? " SET n:" + labels.substring(labels.indexOf('|') + 1) : ""),
						rows, batchSize));
				load.edges.forEach((group, rows) -> batches(tx,
						"UNWIND $rows AS row MATCH (s:" + group.get(1) + " {key: row.s}) MATCH (o:" + group.get(2)
								+ " {key: row.o}) MERGE (s)-[r:" + group.get(0) + "]->(o) SET r += row.props",
						rows, batchSize));
			});
		}
	}

	private void read(Path dir) throws IOException {
		for (String[] row : rows(dir, "nodes.tsv")) {
			nodes.computeIfAbsent(row[0], l -> new ArrayList<>())
				.add(Map.of("key", row[1], "props", Map.of("key", row[1], "name", row[2], "note", row[3])));
		}
		for (String[] row : rows(dir, "papers.tsv")) {
			node(row[0],
					Map.of("key", row[0], "first_author", row[1], "year", Integer.parseInt(row[2]), "title", row[3]));
			for (String citing : list(row[4])) {
				edge("CITES", citing, row[0], Map.of());
			}
		}
		for (String[] row : rows(dir, "edges.tsv")) {
			Map<String, Object> props = new LinkedHashMap<>();
			props.put("id", row[0]);
			if (row[4].equals("GK")) {
				props.put("general_knowledge", true);
				props.put("refs", List.of());
			}
			else {
				props.put("refs", list(row[4]));
			}
			props.put("confidence", row[5]);
			props.put("contested", Boolean.parseBoolean(row[6]));
			edge(row[2], row[1], row[3], props);
		}
		for (String[] row : rows(dir, "drift_events.tsv")) {
			node(row[0], Map.of("key", row[0], "name", row[1], "confidence", row[10]));
			for (int i = 0; i < EVENT_LINKS.length; i++) {
				for (String target : list(row[2 + i])) {
					edge(EVENT_LINKS[i], row[0], target, Map.of());
				}
			}
			for (String paper : list(row[9])) {
				edge("REPORTED_IN", row[0], paper, Map.of("abstract_checked", false));
			}
		}
	}

	private void node(String key, Map<String, Object> props) {
		nodes.computeIfAbsent(label(key), l -> new ArrayList<>()).add(Map.of("key", key, "props", props));
	}

	private void edge(String type, String subject, String object, Map<String, Object> props) {
		edges.computeIfAbsent(List.of(type, label(subject), label(object)), g -> new ArrayList<>())
			.add(Map.of("s", subject, "o", object, "props", props));
	}

	private static String label(String key) {
		return LABELS.entrySet()
			.stream()
			.filter(e -> key.startsWith(e.getKey()) && key.substring(e.getKey().length()).matches("\\d+"))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("not a synthetic key: " + key));
	}

	private static void batches(TransactionContext tx, String cypher, List<Map<String, Object>> rows, int size) {
		for (int from = 0; from < rows.size(); from += size) {
			tx.run(cypher, Map.of("rows", rows.subList(from, Math.min(from + size, rows.size())))).consume();
		}
	}

	private static List<String[]> rows(Path dir, String file) throws IOException {
		List<String> lines = Files.readAllLines(dir.resolve(file));
		return lines.subList(1, lines.size()).stream().map(line -> line.split("\t", -1)).toList();
	}

	private static List<String> list(String cell) {
		return cell.isEmpty() ? List.of() : Arrays.asList(cell.split("\\|"));
	}

}
