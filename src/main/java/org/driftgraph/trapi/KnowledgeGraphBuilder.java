package org.driftgraph.trapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.driftgraph.pathway.Evidence;
import org.driftgraph.schema.Biolink;
import org.driftgraph.schema.Label;
import org.driftgraph.schema.MetaEdge;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The knowledge graph of one response: DriftGraph's nodes and relationships as TRAPI
 * nodes and edges, each node under its KGX id, each edge with exactly one primary
 * knowledge source, its publications, knowledge level, agent type, qualifiers and the
 * curated claim's id, confidence and {@code contested}.
 */
final class KnowledgeGraphBuilder {

	static final String PRIMARY_KNOWLEDGE_SOURCE = "primary_knowledge_source";

	private final Map<String, Trapi.Node> nodes = new LinkedHashMap<>();

	private final Map<String, Trapi.Edge> edges = new LinkedHashMap<>();

	/**
	 * A node as the statements return it.
	 *
	 * @param key its key
	 * @param id its identifier outside DriftGraph, as in the KGX export
	 * @param label its metagraph label
	 * @param name its name (a paper's title)
	 */
	record GraphNode(String key, String id, Label label, String name) {

		/**
		 * Reads the columns {@code <prefix>Key}, {@code Id}, {@code Labels}, {@code Name}
		 * of a record.
		 */
		static GraphNode read(Record r, String prefix) {
			return new GraphNode(r.get(prefix + "Key").asString(), r.get(prefix + "Id").asString(),
					Label.primary(r.get(prefix + "Labels").asList(Value::asString)).orElseThrow(),
					r.get(prefix + "Name").asString(null));
		}

	}

	/**
	 * A relationship as the statements return it, stated from the query edge's subject to
	 * its object.
	 *
	 * @param subject the query edge's subject: the relationship's object when inverted
	 * @param object the query edge's object
	 * @param type the relationship type
	 * @param inverted whether the relationship runs from {@code object} to
	 * {@code subject}
	 * @param properties its properties
	 * @param publications the papers it cites, in {@code refs} order: PMID or DOI CURIEs
	 * @param unidentifiedPublications the papers it cites that have neither, as author
	 * (year) title. journal
	 */
	record Row(GraphNode subject, GraphNode object, MetaEdge type, boolean inverted, Map<String, Object> properties,
			List<String> publications, List<String> unidentifiedPublications) {

		static Row read(Record r) {
			boolean inverted = r.get("inverted").asBoolean();
			GraphNode s = GraphNode.read(r, "s");
			GraphNode o = GraphNode.read(r, "o");
			List<String> identified = new ArrayList<>();
			List<String> unidentified = new ArrayList<>();
			for (Value paper : r.get("publications").values()) {
				if (paper.get("identified").asBoolean()) {
					identified.add(paper.get("id").asString());
				}
				else {
					unidentified.add(
							"%s (%s) %s. %s"
								.formatted(paper.get("author").asString("?"),
										paper.get("year").isNull() ? "n.d." : paper.get("year").asObject(),
										paper.get("title").asString(""), paper.get("journal").asString(""))
								.strip());
				}
			}
			return new Row(inverted ? o : s, inverted ? s : o, MetaEdge.of(r.get("type").asString()).orElseThrow(),
					inverted, r.get("properties").asMap(), identified, unidentified);
		}

		/**
		 * @return the curated row id ({@code R102}), or null for drift-event links and
		 * citations
		 */
		String claimId() {
			return (String) properties.get("id");
		}

		/**
		 * @return the qualifiers the edge states (none when inverted: they qualify the
		 * stored object)
		 */
		Map<String, String> qualifiers() {
			return inverted ? Map.of() : Biolink.predicate(type).qualifiers();
		}

		/**
		 * @return the edge's key in the knowledge graph, unique per relationship and
		 * direction
		 */
		String edgeId() {
			GraphNode from = inverted ? object : subject;
			GraphNode to = inverted ? subject : object;
			return Biolink.PREFIX + ":" + (claimId() == null ? "" : claimId() + ":") + from.key() + "-" + type.type()
					+ "-" + to.key() + (inverted ? ":inverse" : "");
		}

		/**
		 * @return the evidence score of the claim, as the pathway engine scores a hop
		 */
		double score() {
			return Evidence.claimScore((String) properties.get("confidence"),
					publications.size() + unidentifiedPublications.size(),
					Boolean.TRUE.equals(properties.get("general_knowledge")));
		}

	}

	/** Adds a node, once. */
	void add(GraphNode node) {
		nodes.computeIfAbsent(node.id(),
				id -> new Trapi.Node(node.name(), List.of(Biolink.category(node.label())), List.of()));
	}

	/**
	 * Adds a relationship and both its ends, once.
	 * @param predicate the predicate to state: the type's, or its inverse when the row is
	 * inverted
	 * @return the edge's key
	 */
	String add(Row row, String predicate) {
		add(row.subject());
		add(row.object());
		String id = row.edgeId();
		edges.computeIfAbsent(id,
				key -> new Trapi.Edge(row.subject().id(), predicate, row.object().id(), attributes(row),
						row.qualifiers()
							.entrySet()
							.stream()
							.map(q -> new Trapi.Qualifier("biolink:" + q.getKey(), q.getValue()))
							.toList(),
						List.of(new Trapi.Source(Biolink.KNOWLEDGE_SOURCE, PRIMARY_KNOWLEDGE_SOURCE))));
		return id;
	}

	/** Adds an edge made here (an inferred one). */
	void add(String id, Trapi.Edge edge) {
		edges.put(id, edge);
	}

	Trapi.KnowledgeGraph build() {
		return new Trapi.KnowledgeGraph(nodes, edges);
	}

	private static List<Trapi.Attribute> attributes(Row row) {
		List<Trapi.Attribute> attributes = new ArrayList<>();
		attributes.add(Trapi.Attribute.of("biolink:knowledge_level", Biolink.knowledgeLevel(row.type().kind())));
		attributes.add(Trapi.Attribute.of("biolink:agent_type", Biolink.AGENT_TYPE));
		// TRAPI's publications specification: CURIEs in one attribute, free-text
		// references in another
		if (!row.publications().isEmpty()) {
			attributes
				.add(new Trapi.Attribute("biolink:publications", row.publications(), "refs", "linkml:Uriorcurie"));
		}
		if (!row.unidentifiedPublications().isEmpty()) {
			attributes.add(new Trapi.Attribute("biolink:publications", row.unidentifiedPublications(), "refs",
					"linkml:String"));
		}
		attributes.add(Trapi.Attribute.of("biolink:original_predicate", Biolink.PREFIX + ":" + row.type().type()));
		if (row.claimId() != null) {
			attributes.add(Trapi.Attribute.of(Biolink.PREFIX + ":claim_id", row.claimId(), "id"));
		}
		if (row.properties().get("confidence") != null) {
			attributes.add(Trapi.Attribute.of("biolink:has_confidence_level", row.properties().get("confidence"),
					"confidence"));
		}
		attributes.add(Trapi.Attribute.of(Biolink.PREFIX + ":contested",
				Boolean.TRUE.equals(row.properties().get("contested")), "contested"));
		return attributes;
	}

}
