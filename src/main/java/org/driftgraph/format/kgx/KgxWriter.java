package org.driftgraph.format.kgx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.driftgraph.format.tsv.TsvWriter;
import org.driftgraph.schema.Biolink;
import org.driftgraph.schema.Label;
import org.driftgraph.schema.MetaEdge;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes KGX nodes and edges as {@link KgxFormat} reads them, as TSV (through
 * {@link TsvWriter}) or JSON Lines. Node ids are CURIEs, categories and predicates come
 * from {@link Biolink}, and every edge carries its provenance
 * ({@code primary_knowledge_source}, {@code knowledge_level}, {@code agent_type}), its
 * papers as {@code publications} and its DriftGraph type as {@code original_predicate}.
 * Every other property is kept under its own name, and a node with labels beyond its
 * category's (a T-helper subset's {@code ThSubset|Th17}) lists all of them in
 * {@code labels}, so that the KGX import gives back the same graph.
 */
public final class KgxWriter {

	/** Node properties the node columns already carry. */
	private static final Set<String> NODE_PROPERTIES_USED = Set.of("curie", "name", "synonyms", "xrefs");

	/** Relationship properties the edge columns already carry. */
	private static final Set<String> EDGE_PROPERTIES_USED = Set.of("id", "refs");

	private KgxWriter() {
	}

	/**
	 * @param properties the names of the properties the nodes to write have
	 * @return the header of a TSV nodes file: the fixed columns, then every other
	 * property in name order
	 */
	public static List<String> nodeColumns(Collection<String> properties) {
		return columns(KgxFormat.NODE_COLUMNS, properties, NODE_PROPERTIES_USED);
	}

	/**
	 * @param properties the names of the properties the relationships to write have
	 * @return the header of a TSV edges file: the fixed columns, then every other
	 * property in name order
	 */
	public static List<String> edgeColumns(Collection<String> properties) {
		return columns(KgxFormat.EDGE_COLUMNS, properties, EDGE_PROPERTIES_USED);
	}

	/**
	 * A node as KGX has it, for a TSV row or a JSON line.
	 * @param curie its identifier outside DriftGraph
	 * @param labels all its labels
	 * @param name what to show: its name, or a paper's title
	 * @param properties all its properties
	 */
	public static Map<String, Object> node(String curie, List<String> labels, Object name,
			Map<String, Object> properties) {
		Map<String, Object> record = new LinkedHashMap<>();
		put(record, "id", curie);
		put(record, "category", List.of(Biolink.category(Label.primary(labels).orElseThrow())));
		put(record, "labels", labels.size() > 1 ? labels : null);
		put(record, "name", name);
		put(record, "synonym", properties.get("synonyms"));
		put(record, "xref", properties.get("xrefs"));
		putOthers(record, properties, NODE_PROPERTIES_USED);
		return record;
	}

	/**
	 * An edge as KGX has it, for a TSV row or a JSON line.
	 * @param id the curated row id, or {@code subject-TYPE-object} where it has none
	 * @param type its DriftGraph type
	 * @param subjectCurie the subject's identifier outside DriftGraph
	 * @param objectCurie the object's identifier outside DriftGraph
	 * @param publications the identifiers of the papers it cites, in the order of
	 * {@code refs}
	 * @param properties all its properties
	 */
	public static Map<String, Object> edge(String id, String type, String subjectCurie, String objectCurie,
			List<String> publications, Map<String, Object> properties) {
		MetaEdge metaEdge = MetaEdge.of(type).orElseThrow();
		Biolink.Predicate predicate = Biolink.predicate(metaEdge);
		Map<String, Object> record = new LinkedHashMap<>();
		put(record, "id", Biolink.PREFIX + ":" + id);
		put(record, "subject", subjectCurie);
		put(record, "predicate", predicate.predicate());
		put(record, "object", objectCurie);
		record.putAll(predicate.qualifiers());
		put(record, "original_predicate", Biolink.PREFIX + ":" + metaEdge.type());
		put(record, "knowledge_level", Biolink.knowledgeLevel(metaEdge.kind()));
		put(record, "agent_type", Biolink.AGENT_TYPE);
		put(record, "primary_knowledge_source", Biolink.KNOWLEDGE_SOURCE);
		put(record, "publications", publications);
		putOthers(record, properties, EDGE_PROPERTIES_USED);
		return record;
	}

	/** Writes a node or edge as one JSON line. */
	public static void jsonLine(OutputStream out, Map<String, Object> record) throws IOException {
		out.write(JsonMapper.shared().writeValueAsBytes(record));
		out.write('\n');
	}

	private static List<String> columns(List<String> fixed, Collection<String> properties, Set<String> used) {
		List<String> columns = new ArrayList<>(fixed);
		properties.stream().filter(p -> !used.contains(p) && !fixed.contains(p)).sorted().forEach(columns::add);
		return columns;
	}

	private static void putOthers(Map<String, Object> record, Map<String, Object> properties, Set<String> used) {
		new TreeMap<>(properties).forEach((name, value) -> {
			if (!used.contains(name) && !record.containsKey(name)) {
				put(record, name, value);
			}
		});
	}

	/** Leaves out what is absent, so JSON Lines has no nulls and no empty lists. */
	private static void put(Map<String, Object> record, String name, Object value) {
		if (value != null && !(value instanceof Collection<?> c && c.isEmpty())) {
			record.put(name, value);
		}
	}

}
