package org.driftgraph.kb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.driftgraph.format.tsv.Problem;
import org.driftgraph.format.tsv.TsvTable;
import org.driftgraph.schema.EdgeKind;
import org.driftgraph.schema.Identifiers;
import org.driftgraph.schema.Label;
import org.driftgraph.schema.MetaEdge;

/**
 * The curated format: four TSV files ({@value #NODES}, {@value #PAPERS}, {@value #EDGES}, {@value #DRIFT_EVENTS})
 * turned into nodes and relationships. Checks every field on its own; {@link DatasetValidator} checks how records
 * refer to each other. docs/data-formats.md documents the columns.
 */
final class CuratedFormat {

	static final String NODES = "nodes.tsv";

	static final String PAPERS = "papers.tsv";

	static final String EDGES = "edges.tsv";

	static final String DRIFT_EVENTS = "drift_events.tsv";

	/** The files in the order they are read (and checksummed). */
	static final List<String> FILES = List.of(NODES, PAPERS, EDGES, DRIFT_EVENTS);

	/** Marks a relationship that rests on general knowledge, allowed only on {@link EdgeKind#TAXONOMY} types. */
	static final String GENERAL_KNOWLEDGE = "GK";

	/** What a key (and a relationship id) looks like. */
	static final Pattern KEY = Pattern.compile("[A-Za-z0-9_]{1,100}");

	private static final List<String> CONFIDENCE = List.of("high", "medium", "low");

	private static final Set<String> EDGE_LISTS = Set.of("away_from", "applies_to_members", "via");

	/** The drift-event columns that become relationships, by type. */
	private static final Map<String, MetaEdge> EVENT_LINKS = linked("triggered_by", MetaEdge.TRIGGERED_BY, "occurs_in",
			MetaEdge.OCCURS_IN, "results_in", MetaEdge.RESULTS_IN, "shifts_from", MetaEdge.SHIFTS_FROM, "shifts_to",
			MetaEdge.SHIFTS_TO, "involves", MetaEdge.INVOLVES, "managed_by", MetaEdge.MANAGED_BY);

	private final List<Problem> problems;

	private final List<NodeRecord> nodes = new ArrayList<>();

	private final List<EdgeRecord> edges = new ArrayList<>();

	private CuratedFormat(List<Problem> problems) {
		this.problems = problems;
	}

	/**
	 * Reads the files present in {@code files} (name → content) into a dataset, adding every problem found in the
	 * fields to {@code problems}. A record with a bad field is kept (without that field) so that the validator can
	 * still check what refers to it; a record without a usable key or predicate is dropped.
	 */
	static Dataset read(Map<String, byte[]> files, List<Problem> problems) {
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

	private void readNodes(byte[] content) {
		if (content == null) {
			return;
		}
		TsvTable table = TsvTable.read(NODES, content, Set.of("labels", "key", "name"),
				Set.of("synonyms", "curie", "xrefs", "curie_verified", "in_seed", "unlinked_reason", "note"), problems);
		for (TsvTable.Row row : table.rows()) {
			List<String> labels = row.list("labels");
			Label label = labels.isEmpty() ? null : Label.of(labels.get(0)).orElse(null);
			if (label == null || label == Label.PAPER || label == Label.DRIFT_EVENT) {
				problems.add(row.problem("labels", "unknown node label '" + row.get("labels") + "'; use one of "
						+ List.of(Label.values()).subList(0, 8) + " (papers and drift events have files of their own)"));
				continue;
			}
			List<String> extra = labels.subList(1, labels.size());
			if (!extra.isEmpty() && !(label == Label.CELL_TYPE && isThSubset(extra))) {
				problems.add(row.problem("labels", "extra labels " + extra + " are not allowed; only CellType|"
						+ Label.TH_SUBSET_LABEL + " has more, optionally followed by one of " + Label.TH_SUBSET_NAMES));
				extra = List.of(); // keep the node under its primary label, so rows referring to it are still checked
			}
			Map<String, Object> props = new LinkedHashMap<>();
			String key = key(row, "key", props);
			text(row, "name", props);
			list(row, "synonyms", props);
			String curie = text(row, "curie", props);
			if (curie != null) {
				checkCurie(row, "curie", curie, label);
			}
			for (String xref : list(row, "xrefs", props)) {
				Identifiers.curieProblem(xref).ifPresent(message -> problems.add(row.problem("xrefs", message)));
			}
			bool(row, "curie_verified", props);
			bool(row, "in_seed", props);
			text(row, "unlinked_reason", props);
			text(row, "note", props);
			if (key != null) {
				nodes.add(new NodeRecord(label, List.copyOf(extra), key, props, row.source()));
			}
		}
	}

	/** {@code ThSubset}, or {@code ThSubset} and the subset's own label, in either order. */
	static boolean isThSubset(List<String> extraLabels) {
		List<String> others = extraLabels.stream().filter(l -> !l.equals(Label.TH_SUBSET_LABEL)).toList();
		return extraLabels.size() == others.size() + 1
				&& (others.isEmpty() || others.size() == 1 && Label.TH_SUBSET_NAMES.contains(others.get(0)));
	}

	private void readPapers(byte[] content) {
		if (content == null) {
			return;
		}
		TsvTable table = TsvTable.read(PAPERS, content, Set.of("key", "first_author", "year", "title"),
				Set.of("journal", "doi", "pmid", "summary", "cited_by"), problems);
		for (TsvTable.Row row : table.rows()) {
			Map<String, Object> props = new LinkedHashMap<>();
			String key = key(row, "key", props);
			text(row, "first_author", props);
			String year = text(row, "year", props);
			if (year != null) {
				if (year.matches("(19|20)\\d\\d")) {
					props.put("year", Integer.parseInt(year));
				}
				else {
					problems.add(row.problem("year", "'" + year + "' is not a year (1900-2099)"));
				}
			}
			text(row, "title", props);
			text(row, "journal", props);
			String doi = text(row, "doi", props);
			if (doi != null && !Identifiers.isDoi(doi)) {
				problems.add(row.problem("doi", "'" + doi + "' is not a DOI (10.NNNN/suffix, no spaces)"));
			}
			String pmid = text(row, "pmid", props);
			if (pmid != null && !Identifiers.isPmid(pmid)) {
				problems.add(row.problem("pmid", "'" + pmid + "' is not a PubMed id (digits only)"));
			}
			text(row, "summary", props);
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
		if (content == null) {
			return;
		}
		TsvTable table = TsvTable.read(EDGES, content, Set.of("id", "subject", "predicate", "object", "refs", "confidence"),
				Set.of("checked_refs", "confidence_note", "contested", "note", "away_from", "applies_to_members",
						"inherited_from", "via", "review_grouping", "context", "population", "incidence", "onset",
						"phenotype", "direction", "tissue"),
				problems);
		for (TsvTable.Row row : table.rows()) {
			MetaEdge type = MetaEdge.of(row.get("predicate")).filter(t -> t.kind() != EdgeKind.EVENT).orElse(null);
			if (type == null) {
				problems.add(row.problem("predicate", "unknown predicate '" + row.get("predicate") + "'"));
				continue;
			}
			Map<String, Object> props = new LinkedHashMap<>();
			String id = key(row, "id", props);
			String subject = requiredKey(row, "subject");
			String object = requiredKey(row, "object");
			evidence(row, props);
			for (String column : EDGE_LISTS) {
				list(row, column, props);
			}
			for (String column : List.of("confidence_note", "note", "inherited_from", "review_grouping", "context",
					"population", "incidence", "onset", "phenotype", "direction", "tissue")) {
				text(row, column, props);
			}
			if (id != null && subject != null && object != null) {
				edges.add(new EdgeRecord(type, subject, object, props, row.source()));
			}
		}
	}

	private void readDriftEvents(byte[] content) {
		if (content == null) {
			return;
		}
		Set<String> optional = new LinkedHashSet<>(EVENT_LINKS.keySet());
		optional.addAll(List.of("checked_refs", "incidence", "onset", "markers", "management", "confidence_note",
				"contested", "notes"));
		TsvTable table = TsvTable.read(DRIFT_EVENTS, content, Set.of("key", "name", "refs", "confidence"), optional,
				problems);
		for (TsvTable.Row row : table.rows()) {
			Map<String, Object> props = new LinkedHashMap<>();
			String key = key(row, "key", props);
			text(row, "name", props);
			evidence(row, props);
			for (String column : List.of("incidence", "onset", "markers", "management", "confidence_note", "notes")) {
				text(row, column, props);
			}
			if (key == null) {
				continue;
			}
			@SuppressWarnings("unchecked")
			List<String> refs = (List<String>) props.remove("refs");
			@SuppressWarnings("unchecked")
			List<String> checked = (List<String>) props.remove("checked_refs");
			nodes.add(new NodeRecord(Label.DRIFT_EVENT, List.of(), key, props, row.source()));
			EVENT_LINKS.forEach((column, type) -> row.list(column)
				.forEach(target -> edges.add(new EdgeRecord(type, key, target, Map.of(), row.source()))));
			for (String paper : refs == null ? List.<String>of() : refs) {
				boolean abstractChecked = checked != null && checked.contains(paper);
				edges.add(new EdgeRecord(MetaEdge.REPORTED_IN, key, paper, Map.of("abstract_checked", abstractChecked),
						row.source()));
			}
		}
	}

	/** refs, checked_refs, confidence and contested: the evidence every claim carries. */
	private void evidence(TsvTable.Row row, Map<String, Object> props) {
		List<String> refs = new ArrayList<>(row.list("refs"));
		if (refs.remove(GENERAL_KNOWLEDGE)) {
			props.put("general_knowledge", true);
		}
		props.put("refs", List.copyOf(refs));
		List<String> checked = list(row, "checked_refs", props);
		if (!refs.containsAll(checked)) {
			problems.add(row.problem("checked_refs", "checked_refs " + checked + " must be a subset of refs " + refs));
		}
		String confidence = text(row, "confidence", props);
		if (confidence != null && !CONFIDENCE.contains(confidence)) {
			problems.add(row.problem("confidence", "'" + confidence + "' is not one of " + CONFIDENCE));
		}
		bool(row, "contested", props);
	}

	private void checkCurie(TsvTable.Row row, String column, String curie, Label label) {
		curieProblem(curie, label).ifPresent(message -> problems.add(row.problem(column, message)));
	}

	/** @return what is wrong with the CURIE of a node of this label, or empty when it is well-formed and fits */
	static Optional<String> curieProblem(String curie, Label label) {
		return Identifiers.curieProblem(curie).or(() -> {
			String prefix = curie.substring(0, curie.indexOf(':'));
			return List.of(label.curiePrefixes()).contains(prefix) ? Optional.empty()
					: Optional.of("a " + label + " takes CURIEs from " + List.of(label.curiePrefixes()) + ", not " + prefix);
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

	private static Map<String, MetaEdge> linked(Object... pairs) {
		Map<String, MetaEdge> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], (MetaEdge) pairs[i + 1]);
		}
		return map;
	}

}
