package org.driftgraph.format.kgx;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.driftgraph.format.Dataset;
import org.driftgraph.format.EdgeRecord;
import org.driftgraph.format.NodeRecord;
import org.driftgraph.format.curated.CuratedFormat;
import org.driftgraph.format.curated.CuratedTable;
import org.driftgraph.format.curated.CuratedTable.Kind;
import org.driftgraph.format.tsv.Problem;
import org.driftgraph.format.tsv.Source;
import org.driftgraph.format.tsv.TsvTable;
import org.driftgraph.schema.Biolink;
import org.driftgraph.schema.Identifiers;
import org.driftgraph.schema.Label;
import org.driftgraph.schema.MetaEdge;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads KGX nodes and edges (TSV with {@code |}-separated lists, or JSON Lines) back into
 * DriftGraph's records, so that they go through the same validation and writing as the
 * curated format; {@link KgxWriter} writes them. Categories and predicates are mapped
 * back with {@link Biolink}'s inverse look-ups; identifiers are CURIEs, turned into keys
 * in two steps: {@link #read} checks every field on its own, then {@link #dataset}
 * resolves the CURIEs that edges and publications name, first among the nodes of the
 * files and then among the nodes already in the graph.
 */
public final class KgxFormat {

	public static final String NODES_TSV = "nodes.tsv";

	public static final String EDGES_TSV = "edges.tsv";

	public static final String NODES_JSONL = "nodes.jsonl";

	public static final String EDGES_JSONL = "edges.jsonl";

	/** The files in the order they are read (and checksummed). */
	public static final List<String> FILES = List.of(NODES_TSV, NODES_JSONL, EDGES_TSV, EDGES_JSONL);

	/**
	 * The node fields DriftGraph writes before the properties, mapped to labels and
	 * properties of their own rather than stored under their name.
	 */
	static final List<String> NODE_COLUMNS = List.of("id", "category", "labels", "name", "synonym", "xref");

	/**
	 * The edge fields DriftGraph writes before the properties: the type, the ends, the
	 * qualifiers, the provenance and the papers.
	 */
	static final List<String> EDGE_COLUMNS = edgeColumns();

	private static final Set<String> NODE_FIELDS = Set.copyOf(NODE_COLUMNS);

	/**
	 * The edge columns, and a {@code category} other sources write; none of them is
	 * stored under its name.
	 */
	private static final Set<String> EDGE_FIELDS = edgeFields();

	/**
	 * The properties DriftGraph types as lists, booleans or numbers, since every KGX TSV
	 * cell is text: as the curated format's columns of those kinds, and the booleans the
	 * curated reader makes.
	 */
	private static final Set<String> LISTS = CuratedTable.columnsOf(Kind.LIST, Kind.CURIES, Kind.CHECKED_REFS);

	private static final Set<String> BOOLEANS = Stream
		.concat(CuratedTable.columnsOf(Kind.BOOLEAN).stream(),
				Stream.of(CuratedFormat.GENERAL_KNOWLEDGE_PROPERTY, "abstract_checked"))
		.collect(Collectors.toUnmodifiableSet());

	private static final Set<String> INTEGERS = CuratedTable.columnsOf(Kind.YEAR);

	/** Where Jackson says a JSON value started; the column is reported on its own. */
	private static final Pattern LOCATION = Pattern.compile("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)");

	private static final String PMID = "PMID:";

	private static final String DOI = "doi:";

	private static final String OWN = Biolink.PREFIX + ":";

	private final List<Problem> problems;

	private final List<KgxNode> nodes = new ArrayList<>();

	private final List<KgxEdge> edges = new ArrayList<>();

	private final String checksum;

	private KgxFormat(List<Problem> problems, String checksum) {
		this.problems = problems;
		this.checksum = checksum;
	}

	/**
	 * A node as the files give it, its key still unknown when the files have none.
	 *
	 * @param id its CURIE
	 * @param key its {@code key} field, or null
	 */
	private record KgxNode(String id, Label label, List<String> extraLabels, String key, Map<String, Object> properties,
			Source source) {
	}

	/**
	 * An edge as the files give it, its ends and publications still CURIEs.
	 *
	 * @param id its {@code id} field, or null
	 * @param originalPredicate a {@code driftgraph:TYPE} original predicate, or null
	 */
	private record KgxEdge(String id, String subject, Biolink.Predicate predicate, String originalPredicate,
			String object, List<String> publications, Map<String, Object> properties, Source source) {
	}

	/**
	 * A node that a CURIE names.
	 *
	 * @param key its key
	 * @param label its label
	 */
	public record Known(String key, Label label) {
	}

	/**
	 * Reads the files present in {@code files} (name → content), adding every problem
	 * found in the fields to {@code problems}. A record with a bad field is kept without
	 * that field, as the curated format does; one without a usable id, category, end or
	 * predicate is dropped.
	 */
	public static KgxFormat read(Map<String, byte[]> files, List<Problem> problems) {
		KgxFormat format = new KgxFormat(problems, Dataset.checksum(files, FILES));
		for (String name : files.keySet()) {
			if (!FILES.contains(name)) {
				problems.add(new Problem(name, 0, null, "unknown file; KGX imports read " + FILES));
			}
		}
		for (String name : FILES) {
			byte[] content = files.get(name);
			if (content != null) {
				boolean nodeFile = name.startsWith("nodes");
				List<Row> rows = name.endsWith(".jsonl") ? format.jsonLines(name, content, nodeFile)
						: format.tsv(name, content, nodeFile);
				rows.forEach(nodeFile ? format::readNode : format::readEdge);
			}
		}
		return format;
	}

	/**
	 * @return the CURIEs to look up in the graph: of nodes without a key field, and of
	 * ends and papers not in the files
	 */
	public Set<String> idsToLookUp() {
		Set<String> inFiles = nodes.stream().map(KgxNode::id).collect(Collectors.toSet());
		Set<String> ids = new LinkedHashSet<>();
		nodes.stream().filter(n -> n.key() == null).forEach(n -> ids.add(n.id()));
		for (KgxEdge edge : edges) {
			List<String> named = new ArrayList<>(edge.publications());
			named.add(edge.subject());
			named.add(edge.object());
			named.stream().filter(id -> !inFiles.contains(id)).forEach(ids::add);
		}
		return ids;
	}

	/**
	 * Turns what was read into records: keys for the nodes, keys and types for the edges.
	 * @param graph the nodes already in the graph that {@link #idsToLookUp()} name, by
	 * CURIE
	 * @param problems where to add what cannot be resolved
	 */
	public Dataset dataset(Map<String, Known> graph, List<Problem> problems) {
		Map<String, Known> known = new HashMap<>(graph);
		List<NodeRecord> nodeRecords = new ArrayList<>();
		for (KgxNode node : nodes) {
			String key = node.key() != null ? node.key()
					: Optional.ofNullable(graph.get(node.id())).map(Known::key).orElseGet(() -> derivedKey(node.id()));
			if (key == null) {
				problems.add(node.source()
					.problem("id", "no key can be made from '" + node.id()
							+ "' (letters, digits and _ only, at most 100); give the node a key field"));
				continue;
			}
			Map<String, Object> properties = new LinkedHashMap<>(node.properties());
			properties.put("key", key);
			nodeRecords.add(new NodeRecord(node.label(), node.extraLabels(), key, properties, node.source()));
			known.put(node.id(), new Known(key, node.label()));
		}
		List<EdgeRecord> edgeRecords = new ArrayList<>();
		for (KgxEdge edge : edges) {
			Known subject = resolve(edge, "subject", edge.subject(), known, problems);
			Known object = resolve(edge, "object", edge.object(), known, problems);
			MetaEdge type = type(edge, subject, object, problems);
			if (subject == null || object == null || type == null) {
				continue;
			}
			Map<String, Object> properties = new LinkedHashMap<>(edge.properties());
			String id = id(edge, subject.key() + "-" + type.type() + "-" + object.key(), problems);
			List<String> refs = new ArrayList<>();
			for (String publication : edge.publications()) {
				Known paper = known.get(publication);
				if (paper == null || paper.label() != Label.PAPER) {
					problems.add(edge.source()
						.problem("publications",
								"'" + publication + "' names no paper in the "
										+ "nodes file or the graph; add it to the nodes with category "
										+ Biolink.category(Label.PAPER)));
				}
				else {
					refs.add(paper.key());
				}
			}
			// a claim (a relationship with an id) always says which papers back it, as in
			// the curated edges.tsv
			if (id != null) {
				properties.put("id", id);
			}
			if (id != null || !refs.isEmpty()) {
				properties.put("refs", List.copyOf(refs));
			}
			edgeRecords.add(new EdgeRecord(type, subject.key(), object.key(), properties, edge.source()));
		}
		return new Dataset(List.copyOf(nodeRecords), List.copyOf(edgeRecords), checksum);
	}

	private void readNode(Row row) {
		String id = row.text("id");
		List<String> categories = row.list("category");
		if (id == null || categories.isEmpty()) {
			row.missing(id == null ? "id" : "category");
			return;
		}
		Label label = categories.stream().flatMap(c -> Biolink.label(c).stream()).findFirst().orElse(null);
		if (label == null) {
			problems.add(row.problem("category",
					"no DriftGraph label has the category " + String.join("|", categories)
							+ "; the categories read are "
							+ List.of(Label.values())
								.stream()
								.map(l -> Biolink.category(l) + " (" + l + ")")
								.collect(Collectors.joining(", "))));
			return;
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		row.fields()
			.keySet()
			.stream()
			.filter(f -> !NODE_FIELDS.contains(f))
			.forEach(f -> row.property(f, f, properties));
		String key = row.text("key");
		if (key != null && !CuratedFormat.KEY.matcher(key).matches()) {
			problems.add(row.problem("key", "'" + key + "' is not a key (letters, digits and _ only)"));
			return;
		}
		String name = row.text("name");
		if (name != null) {
			// KGX gives a paper's title as its name
			properties.putIfAbsent(label == Label.PAPER ? "title" : "name", name);
		}
		row.property("synonym", "synonyms", properties);
		row.property("xref", "xrefs", properties);
		for (Object xref : (List<?>) properties.getOrDefault("xrefs", List.of())) {
			Identifiers.curieProblem(String.valueOf(xref))
				.ifPresent(message -> problems.add(row.problem("xref", message)));
		}
		Optional<String> idProblem = identify(id, label, properties);
		if (idProblem.isPresent()) {
			problems.add(row.problem("id", idProblem.get()));
			return;
		}
		nodes.add(new KgxNode(id, label, extraLabels(row, label), key, properties, row.source()));
	}

	/**
	 * Checks a node's id and adds what it says to the properties: a paper's PMID or DOI,
	 * any other node's CURIE.
	 * @return what is wrong with it, if anything
	 */
	private static Optional<String> identify(String id, Label label, Map<String, Object> properties) {
		if (id.startsWith(OWN)) {
			String key = id.substring(OWN.length());
			return CuratedFormat.KEY.matcher(key).matches() ? Optional.empty()
					: Optional.of("'" + id + "' does not name a key (letters, digits and _ only)");
		}
		if (label == Label.PAPER) {
			if (id.startsWith(PMID) && Identifiers.isPmid(id.substring(PMID.length()))) {
				properties.putIfAbsent("pmid", id.substring(PMID.length()));
				return Optional.empty();
			}
			if (id.startsWith(DOI) && Identifiers.isDoi(id.substring(DOI.length()))) {
				properties.putIfAbsent("doi", id.substring(DOI.length()));
				return Optional.empty();
			}
			return Optional.of("'" + id + "' is not a paper id (PMID:digits, doi:10.NNNN/suffix or " + OWN + "<key>)");
		}
		Optional<String> problem = CuratedFormat.curieProblem(id, label);
		if (problem.isEmpty()) {
			properties.put("curie", id);
		}
		return problem;
	}

	/**
	 * The labels beyond the category's, from the {@code labels} field the KGX export
	 * writes for T-helper subsets.
	 */
	private List<String> extraLabels(Row row, Label label) {
		List<String> labels = row.list("labels");
		if (labels.isEmpty()) {
			return List.of();
		}
		List<String> extra = labels.stream().filter(l -> !l.equals(label.value())).toList();
		if (extra.size() == labels.size() || !(label == Label.CELL_TYPE && CuratedFormat.isThSubset(extra))) {
			problems.add(row.problem("labels",
					"labels " + labels + " do not fit category " + Biolink.category(label) + "; only " + Label.CELL_TYPE
							+ "|" + Label.TH_SUBSET_LABEL + " has more, optionally followed by one of "
							+ Label.TH_SUBSET_NAMES));
			return List.of();
		}
		return extra;
	}

	private void readEdge(Row row) {
		String subject = row.text("subject");
		String predicate = row.text("predicate");
		String object = row.text("object");
		if (subject == null || predicate == null || object == null) {
			row.missing(subject == null ? "subject" : predicate == null ? "predicate" : "object");
			return;
		}
		boolean ends = true;
		for (String end : List.of("subject", "object")) {
			String curie = row.text(end);
			if (curie.indexOf(':') <= 0) {
				problems.add(row.problem(end, "'" + curie + "' is not a CURIE (PREFIX:local-id)"));
				ends = false;
			}
		}
		Map<String, String> qualifiers = new LinkedHashMap<>();
		for (String slot : Biolink.qualifierSlots()) {
			String value = row.text(slot);
			if (value != null) {
				qualifiers.put(slot, value);
			}
		}
		String original = row.text("original_predicate");
		List<String> publications = row.list("publications");
		Map<String, Object> properties = new LinkedHashMap<>();
		row.fields()
			.keySet()
			.stream()
			.filter(f -> !EDGE_FIELDS.contains(f))
			.forEach(f -> row.property(f, f, properties));
		if (ends) {
			edges.add(new KgxEdge(row.text("id"), subject, new Biolink.Predicate(predicate, qualifiers),
					original != null && original.startsWith(OWN) ? original : null, object, publications, properties,
					row.source()));
		}
	}

	private static Known resolve(KgxEdge edge, String field, String curie, Map<String, Known> known,
			List<Problem> problems) {
		Known node = known.get(curie);
		if (node == null) {
			problems.add(edge.source()
				.problem(field, "unknown node '" + curie + "': neither in the nodes file nor in "
						+ "the graph (as a CURIE, " + PMID + ", " + DOI + " or " + OWN + "<key>)"));
		}
		return node;
	}

	/**
	 * The DriftGraph type of an edge: its {@code original_predicate} when it has one,
	 * else the one type whose Biolink predicate and qualifiers it has and that the
	 * metagraph allows between its ends.
	 * @return the type, or null with a problem added
	 */
	private static MetaEdge type(KgxEdge edge, Known subject, Known object, List<Problem> problems) {
		Biolink.Predicate predicate = edge.predicate();
		if (edge.originalPredicate() != null) {
			String name = edge.originalPredicate().substring(OWN.length());
			MetaEdge type = MetaEdge.of(name).orElse(null);
			if (type == null) {
				problems.add(edge.source()
					.problem("original_predicate", "unknown original_predicate '" + edge.originalPredicate()
							+ "'; DriftGraph's are " + OWN + "<TYPE> with TYPE one of " + List.of(MetaEdge.values())));
			}
			else if (!Biolink.predicate(type).predicate().equals(predicate.predicate())) {
				problems.add(edge.source()
					.problem("predicate", "original_predicate " + edge.originalPredicate() + " is "
							+ Biolink.predicate(type).predicate() + ", not " + predicate.predicate()));
				return null;
			}
			return type;
		}
		List<MetaEdge> candidates = Biolink.types(predicate);
		String described = predicate.predicate()
				+ (predicate.qualifiers().isEmpty() ? "" : " with " + predicate.qualifiers());
		if (candidates.isEmpty()) {
			problems.add(edge.source()
				.problem("predicate", "no DriftGraph relationship type is " + described
						+ "; use a predicate and qualifiers of the Biolink table in docs/data-formats.md, or add original_predicate ("
						+ OWN + "<TYPE>)"));
			return null;
		}
		if (candidates.size() == 1) {
			// the validator says so when the type cannot connect the ends
			return candidates.get(0);
		}
		if (subject == null || object == null) {
			return null; // an unknown end is already reported
		}
		List<MetaEdge> fitting = candidates.stream().filter(t -> t.connects(subject.label(), object.label())).toList();
		if (fitting.size() == 1) {
			return fitting.get(0);
		}
		String between = " between a " + subject.label() + " (" + subject.key() + ") and a " + object.label() + " ("
				+ object.key() + ")";
		if (fitting.isEmpty()) {
			problems.add(edge.source()
				.problem("predicate",
						described + between + " is none of DriftGraph's types: "
								+ candidates.stream()
									.map(t -> t + " connects " + t.subjects() + " to " + t.objects())
									.collect(Collectors.joining("; "))));
		}
		else {
			problems
				.add(edge.source()
					.problem("predicate", described + between + " is ambiguous: it may be "
							+ fitting.stream().map(MetaEdge::type).collect(Collectors.joining(" or "))
							+ "; add original_predicate ("
							+ fitting.stream().map(t -> OWN + t.type()).collect(Collectors.joining(" or ")) + ")"));
		}
		return null;
	}

	/**
	 * The relationship id an edge's {@code id} gives: the key after {@code driftgraph:},
	 * nothing for the {@code subject-TYPE-object} id the export makes up for
	 * relationships without one, or a key derived from any other id.
	 * @return the id, or null
	 */
	private static String id(KgxEdge edge, String madeUp, List<Problem> problems) {
		String id = edge.id();
		if (id == null || id.equals(OWN + madeUp)) {
			return null;
		}
		String key = derivedKey(id);
		if (key == null || id.startsWith(OWN) && !key.equals(id.substring(OWN.length()))) {
			problems.add(edge.source()
				.problem("id",
						"no relationship id can be made from '" + id + "' (letters, digits and _ only, at most 100)"));
			return null;
		}
		return key;
	}

	/**
	 * The key of a node or relationship without one: the local part of a
	 * {@code driftgraph:} CURIE, else the CURIE with every character other than a letter,
	 * digit or {@code _} replaced by {@code _} ({@code MONDO:0005083} →
	 * {@code MONDO_0005083}).
	 * @return the key, or null when none fits the key pattern
	 */
	static String derivedKey(String curie) {
		String key = curie.startsWith(OWN) ? curie.substring(OWN.length()) : curie.replaceAll("[^A-Za-z0-9_]", "_");
		return CuratedFormat.KEY.matcher(key).matches() ? key : null;
	}

	private List<Row> tsv(String file, byte[] content, boolean nodeFile) {
		int before = problems.size();
		TsvTable table = TsvTable.read(file, content,
				nodeFile ? Set.of("id", "category") : Set.of("subject", "predicate", "object"), problems);
		if (problems.subList(before, problems.size())
			.stream()
			.anyMatch(p -> p.line() > 0 && p.column() != null && p.message().equals("missing required column"))) {
			return List.of(); // every row would lack it too
		}
		return table.rows()
			.stream()
			.map(r -> new Row(r.source(), new LinkedHashMap<String, Object>(r.cells()), false))
			.toList();
	}

	private List<Row> jsonLines(String file, byte[] content, boolean nodeFile) {
		List<Row> rows = new ArrayList<>();
		String[] lines = TsvTable.lines(file, content, problems);
		boolean any = false;
		for (int i = 0; i < lines.length; i++) {
			if (lines[i] == null || lines[i].isBlank()) {
				any |= lines[i] == null;
				continue;
			}
			any = true;
			Source source = new Source(file, i + 1);
			Object value;
			try {
				value = JsonMapper.shared().readValue(lines[i], Object.class);
			}
			catch (JacksonException ex) {
				problems.add(source.problem(null, "invalid JSON at column " + ex.getLocation().getColumnNr() + ": "
						+ LOCATION.matcher(ex.getOriginalMessage()).replaceAll("")));
				continue;
			}
			if (!(value instanceof Map<?, ?> map)) {
				problems.add(source.problem(null,
						"a line must hold one JSON object (a " + (nodeFile ? "node" : "edge") + "), not " + value));
				continue;
			}
			Map<String, Object> fields = new LinkedHashMap<>();
			map.forEach((name, field) -> {
				boolean empty = field instanceof Collection<?> c && c.isEmpty()
						|| field instanceof String t && t.isBlank();
				if (field != null && !empty) {
					fields.put(String.valueOf(name), field);
				}
			});
			rows.add(new Row(source, fields, true));
		}
		if (!any) {
			problems.add(new Problem(file, 0, null, "the file is empty (no JSON lines)"));
		}
		return rows;
	}

	private static List<String> edgeColumns() {
		List<String> columns = new ArrayList<>(List.of("id", "subject", "predicate", "object"));
		columns.addAll(Biolink.qualifierSlots());
		columns.addAll(List.of("original_predicate", "knowledge_level", "agent_type", "primary_knowledge_source",
				"publications"));
		return List.copyOf(columns);
	}

	private static Set<String> edgeFields() {
		Set<String> fields = new LinkedHashSet<>(EDGE_COLUMNS);
		fields.add("category");
		return Set.copyOf(fields);
	}

	/**
	 * One node or edge: a TSV row (every field text) or a JSON line (fields as JSON has
	 * them); an inner class so that its problems go to the format's list.
	 */
	private final class Row {

		private final Source source;

		private final Map<String, Object> fields;

		private final boolean json;

		Row(Source source, Map<String, Object> fields, boolean json) {
			this.source = source;
			this.fields = fields;
			this.json = json;
		}

		Source source() {
			return source;
		}

		Map<String, Object> fields() {
			return fields;
		}

		Problem problem(String field, String message) {
			return source.problem(field, message);
		}

		void missing(String field) {
			problems.add(problem(field, "missing value"));
		}

		/**
		 * @return the field as text (a JSON list of one entry too), or null when it is
		 * absent or not text
		 */
		String text(String field) {
			Object value = fields.get(field);
			if (value instanceof List<?> list && list.size() == 1) {
				value = list.get(0);
			}
			if (value instanceof String text) {
				return text.isBlank() ? null : text.strip();
			}
			if (value != null) {
				problems.add(problem(field, "expected text, found " + value));
			}
			return null;
		}

		/**
		 * @return the field as a list: a TSV cell split at {@code |}, a JSON array, or a
		 * single value
		 */
		List<String> list(String field) {
			Object value = fields.get(field);
			if (value instanceof List<?> list) {
				return list.stream().map(String::valueOf).map(String::strip).filter(s -> !s.isEmpty()).toList();
			}
			if (value instanceof String text && !json) {
				return List.of(text.split("\\" + TsvTable.LIST_SEPARATOR))
					.stream()
					.map(String::strip)
					.filter(s -> !s.isEmpty())
					.toList();
			}
			return value == null ? List.of() : List.of(String.valueOf(value));
		}

		/**
		 * Adds the field as property {@code name}: typed as DriftGraph types it from TSV,
		 * as given from JSON.
		 */
		void property(String field, String name, Map<String, Object> properties) {
			Object value = fields.get(field);
			if (value == null) {
				return;
			}
			if (json) {
				if (value instanceof List<?> list && list.stream().allMatch(KgxFormat::isScalar) || isScalar(value)) {
					properties.put(name, value);
				}
				else {
					problems.add(problem(field,
							"a property is text, a number, true or false, or a list of these; not " + value));
				}
				return;
			}
			String text = (String) value;
			if (LISTS.contains(name)) {
				properties.put(name, list(field));
			}
			else if (BOOLEANS.contains(name)) {
				if (text.equals("true") || text.equals("false")) {
					properties.put(name, Boolean.parseBoolean(text));
				}
				else {
					problems.add(problem(field, "'" + text + "' is not true or false"));
				}
			}
			else if (INTEGERS.contains(name)) {
				if (text.matches("-?\\d{1,18}")) {
					properties.put(name, Long.parseLong(text));
				}
				else {
					problems.add(problem(field, "'" + text + "' is not a whole number"));
				}
			}
			else {
				properties.put(name, text);
			}
		}

	}

	private static boolean isScalar(Object value) {
		return value instanceof String || value instanceof Number || value instanceof Boolean;
	}

}
