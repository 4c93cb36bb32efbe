package org.driftgraph.format.curated;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.driftgraph.format.Dataset;
import org.driftgraph.format.EdgeRecord;
import org.driftgraph.format.NodeRecord;
import org.driftgraph.format.tsv.Problem;
import org.driftgraph.format.tsv.TsvTable;
import org.driftgraph.schema.EdgeKind;
import org.driftgraph.schema.Identifiers;
import org.driftgraph.schema.Label;
import org.driftgraph.schema.MetaEdge;

/**
 * Reads the curated format: the four TSV files of {@link CuratedTable} turned into nodes
 * and relationships, each column read as its {@link CuratedTable.Kind} says. Checks every
 * field on its own; the import ({@code kb.DatasetValidator}) checks how records refer to
 * each other. {@link CuratedWriter} writes the same files.
 */
public final class CuratedFormat {

	/** The node file's name. */
	public static final String NODES = CuratedTable.NODES.file();

	/** The paper file's name. */
	public static final String PAPERS = CuratedTable.PAPERS.file();

	/** The claim file's name. */
	public static final String EDGES = CuratedTable.EDGES.file();

	/** The drift-event file's name. */
	public static final String DRIFT_EVENTS = CuratedTable.DRIFT_EVENTS.file();

	/** The files in the order they are read (and checksummed). */
	public static final List<String> FILES = CuratedTable.files();

	/**
	 * Marks a relationship that rests on general knowledge, allowed only on
	 * {@link EdgeKind#TAXONOMY} types; read into the property
	 * {@value #GENERAL_KNOWLEDGE_PROPERTY}, written back from it.
	 */
	public static final String GENERAL_KNOWLEDGE = "GK";

	/** The property a relationship resting on general knowledge has, {@code true}. */
	public static final String GENERAL_KNOWLEDGE_PROPERTY = "general_knowledge";

	/** What a key (and a relationship id) looks like. */
	public static final Pattern KEY = Pattern.compile("[A-Za-z0-9_]{1,100}");

	private static final List<String> CONFIDENCE = List.of("high", "medium", "low");

	private final List<Problem> problems;

	private final List<NodeRecord> nodes = new ArrayList<>();

	private final List<EdgeRecord> edges = new ArrayList<>();

	private CuratedFormat(List<Problem> problems) {
		this.problems = problems;
	}

	/**
	 * Reads the files present in {@code files} (name → content) into a dataset, adding
	 * every problem found in the fields to {@code problems}. A record with a bad field is
	 * kept (without that field) so that the validator can still check what refers to it;
	 * a record without a usable key or predicate is dropped.
	 */
	public static Dataset read(Map<String, byte[]> files, List<Problem> problems) {
		CuratedFormat format = new CuratedFormat(problems);
		for (String name : files.keySet()) {
			if (!FILES.contains(name)) {
				format.problems.add(new Problem(name, 0, null, "unknown file; the curated format has " + FILES));
			}
		}
		format.readNodes(files.get(NODES));
		format.readPapers(files.get(PAPERS));
		format.readEdges(files.get(EDGES));
		format.readDriftEvents(files.get(DRIFT_EVENTS));
		return new Dataset(List.copyOf(format.nodes), List.copyOf(format.edges), Dataset.checksum(files, FILES));
	}

	private List<TsvTable.Row> rows(CuratedTable table, byte[] content) {
		if (content == null) {
			return List.of();
		}
		return TsvTable.read(table.file(), content, table.names(true), table.names(false), problems).rows();
	}

	private void readNodes(byte[] content) {
		for (TsvTable.Row row : rows(CuratedTable.NODES, content)) {
			List<String> labels = row.list("labels");
			Label label = labels.isEmpty() ? null : Label.of(labels.get(0)).orElse(null);
			if (label == null || label == Label.PAPER || label == Label.DRIFT_EVENT) {
				problems.add(row.problem("labels",
						"unknown node label '" + row.get("labels") + "'; use one of "
								+ List.of(Label.values()).subList(0, 8)
								+ " (papers and drift events have files of their own)"));
				continue;
			}
			List<String> extra = labels.subList(1, labels.size());
			if (!extra.isEmpty() && !(label == Label.CELL_TYPE && isThSubset(extra))) {
				problems.add(row.problem("labels", "extra labels " + extra + " are not allowed; only CellType|"
						+ Label.TH_SUBSET_LABEL + " has more, optionally followed by one of " + Label.TH_SUBSET_NAMES));
				extra = List.of(); // keep the node under its primary label, so rows
									// referring to it are still checked
			}
			Map<String, Object> props = properties(row, CuratedTable.NODES, label, new HashMap<>());
			if (props.containsKey("key")) {
				nodes.add(new NodeRecord(label, List.copyOf(extra), (String) props.get("key"), props, row.source()));
			}
		}
	}

	/**
	 * {@code ThSubset}, or {@code ThSubset} and the subset's own label, in either order.
	 */
	public static boolean isThSubset(List<String> extraLabels) {
		List<String> others = extraLabels.stream().filter(l -> !l.equals(Label.TH_SUBSET_LABEL)).toList();
		return extraLabels.size() == others.size() + 1
				&& (others.isEmpty() || others.size() == 1 && Label.TH_SUBSET_NAMES.contains(others.get(0)));
	}

	private void readPapers(byte[] content) {
		for (TsvTable.Row row : rows(CuratedTable.PAPERS, content)) {
			Map<String, Object> props = properties(row, CuratedTable.PAPERS, Label.PAPER, new HashMap<>());
			String key = (String) props.get("key");
			if (key == null) {
				continue;
			}
			nodes.add(new NodeRecord(Label.PAPER, List.of(), key, props, row.source()));
			for (String citing : row.list("cited_by")) {
				edges.add(new EdgeRecord(MetaEdge.CITES, citing, key, Map.of(), row.source()));
			}
		}
	}

	private void readEdges(byte[] content) {
		for (TsvTable.Row row : rows(CuratedTable.EDGES, content)) {
			MetaEdge type = MetaEdge.of(row.get("predicate")).filter(t -> t.kind() != EdgeKind.EVENT).orElse(null);
			if (type == null) {
				problems.add(row.problem("predicate", "unknown predicate '" + row.get("predicate") + "'"));
				continue;
			}
			Map<String, String> ends = new HashMap<>();
			Map<String, Object> props = properties(row, CuratedTable.EDGES, null, ends);
			if (props.containsKey("id") && ends.size() == 2) {
				edges.add(new EdgeRecord(type, ends.get("subject"), ends.get("object"), props, row.source()));
			}
		}
	}

	private void readDriftEvents(byte[] content) {
		for (TsvTable.Row row : rows(CuratedTable.DRIFT_EVENTS, content)) {
			Map<String, Object> props = properties(row, CuratedTable.DRIFT_EVENTS, Label.DRIFT_EVENT, new HashMap<>());
			String key = (String) props.get("key");
			if (key == null) {
				continue;
			}
			@SuppressWarnings("unchecked")
			List<String> refs = (List<String>) props.remove("refs");
			@SuppressWarnings("unchecked")
			List<String> checked = (List<String>) props.remove("checked_refs");
			nodes.add(new NodeRecord(Label.DRIFT_EVENT, List.of(), key, props, row.source()));
			for (CuratedTable.Column column : CuratedTable.DRIFT_EVENTS.columns()) {
				if (column.kind() == CuratedTable.Kind.LINK) {
					MetaEdge type = MetaEdge.of(column.name().toUpperCase(Locale.ROOT)).orElseThrow();
					row.list(column.name())
						.forEach(target -> edges.add(new EdgeRecord(type, key, target, Map.of(), row.source())));
				}
			}
			for (String paper : refs == null ? List.<String>of() : refs) {
				boolean abstractChecked = checked != null && checked.contains(paper);
				edges.add(new EdgeRecord(MetaEdge.REPORTED_IN, key, paper, Map.of("abstract_checked", abstractChecked),
						row.source()));
			}
		}
	}

	/**
	 * Reads a row's columns in the table's order, each as its kind says, reporting what
	 * is wrong.
	 * @param label the node's label, which says which CURIEs fit; null for a relationship
	 * @param ends where the keys of {@link CuratedTable.Kind#END} columns go
	 * @return the properties; a column that is not a property (labels, links) is left to
	 * the caller
	 */
	private Map<String, Object> properties(TsvTable.Row row, CuratedTable table, Label label,
			Map<String, String> ends) {
		Map<String, Object> props = new LinkedHashMap<>();
		for (CuratedTable.Column column : table.columns()) {
			String name = column.name();
			switch (column.kind()) {
				case KEY -> key(row, name, props);
				case END -> {
					String key = requiredKey(row, name);
					if (key != null) {
						ends.put(name, key);
					}
				}
				case TEXT -> text(row, name, props);
				case LIST -> list(row, name, props);
				case BOOLEAN -> bool(row, name, props);
				case YEAR -> year(row, name, props);
				case DOI -> check(row, name, props, Identifiers::isDoi, "is not a DOI (10.NNNN/suffix, no spaces)");
				case PMID -> check(row, name, props, Identifiers::isPmid, "is not a PubMed id (digits only)");
				case CURIE -> {
					String curie = text(row, name, props);
					if (curie != null) {
						curieProblem(curie, label).ifPresent(message -> problems.add(row.problem(name, message)));
					}
				}
				case CURIES -> {
					for (String curie : list(row, name, props)) {
						Identifiers.curieProblem(curie).ifPresent(message -> problems.add(row.problem(name, message)));
					}
				}
				case REFS -> refs(row, name, props);
				case CHECKED_REFS -> {
					List<String> checked = list(row, name, props);
					Object refs = props.getOrDefault("refs", List.of());
					if (!((List<?>) refs).containsAll(checked)) {
						problems.add(row.problem(name, name + " " + checked + " must be a subset of refs " + refs));
					}
				}
				case CONFIDENCE -> {
					String confidence = text(row, name, props);
					if (confidence != null && !CONFIDENCE.contains(confidence)) {
						problems.add(row.problem(name, "'" + confidence + "' is not one of " + CONFIDENCE));
					}
				}
				case LABELS, PREDICATE, CITED_BY, LINK -> {
					// not properties: the caller makes labels and relationships of them
				}
			}
		}
		return props;
	}

	/**
	 * The papers, and {@link #GENERAL_KNOWLEDGE} as the property
	 * {@value #GENERAL_KNOWLEDGE_PROPERTY}.
	 */
	private static void refs(TsvTable.Row row, String column, Map<String, Object> props) {
		List<String> refs = new ArrayList<>(row.list(column));
		if (refs.remove(GENERAL_KNOWLEDGE)) {
			props.put(GENERAL_KNOWLEDGE_PROPERTY, true);
		}
		props.put(column, List.copyOf(refs));
	}

	private void year(TsvTable.Row row, String column, Map<String, Object> props) {
		String year = text(row, column, props);
		if (year != null) {
			if (year.matches("(19|20)\\d\\d")) {
				props.put(column, Integer.parseInt(year));
			}
			else {
				problems.add(row.problem(column, "'" + year + "' is not a year (1900-2099)"));
			}
		}
	}

	private void check(TsvTable.Row row, String column, Map<String, Object> props, Predicate<String> valid,
			String message) {
		String value = text(row, column, props);
		if (value != null && !valid.test(value)) {
			problems.add(row.problem(column, "'" + value + "' " + message));
		}
	}

	/**
	 * @return what is wrong with the CURIE of a node of this label, or empty when it is
	 * well-formed and fits
	 */
	public static Optional<String> curieProblem(String curie, Label label) {
		return Identifiers.curieProblem(curie).or(() -> {
			String prefix = curie.substring(0, curie.indexOf(':'));
			return List.of(label.curiePrefixes()).contains(prefix) ? Optional.empty() : Optional
				.of("a " + label + " takes CURIEs from " + List.of(label.curiePrefixes()) + ", not " + prefix);
		});
	}

	private String key(TsvTable.Row row, String column, Map<String, Object> props) {
		String key = requiredKey(row, column);
		if (key != null) {
			props.put(column, key);
		}
		return key;
	}

	private String requiredKey(TsvTable.Row row, String column) {
		String key = row.get(column);
		if (key == null) {
			problems.add(row.problem(column, "missing value"));
			return null;
		}
		if (!KEY.matcher(key).matches()) {
			problems.add(row.problem(column, "'" + key + "' is not a key (letters, digits and _ only)"));
			return null;
		}
		return key;
	}

	private static String text(TsvTable.Row row, String column, Map<String, Object> props) {
		String value = row.get(column);
		if (value != null) {
			props.put(column, value);
		}
		return value;
	}

	private static List<String> list(TsvTable.Row row, String column, Map<String, Object> props) {
		List<String> values = row.list(column);
		if (!values.isEmpty()) {
			props.put(column, values);
		}
		return values;
	}

	private void bool(TsvTable.Row row, String column, Map<String, Object> props) {
		String value = row.get(column);
		if (value == null) {
			return;
		}
		if (!value.equals("true") && !value.equals("false")) {
			problems.add(row.problem(column, "'" + value + "' is not true or false"));
			return;
		}
		props.put(column, Boolean.parseBoolean(value));
	}

}
