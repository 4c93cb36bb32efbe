package org.driftgraph.export;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.driftgraph.schema.Biolink;
import org.driftgraph.schema.Label;
import org.neo4j.driver.Record;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;

/**
 * The nodes and relationships of a scope, read in one transaction and handed out one at a
 * time as the driver streams them: nothing holds the whole graph.
 */
final class GraphSource {

	/** A node's identifier outside DriftGraph, {@link Biolink#NODE_ID}. */
	private static final String CURIE = Biolink.NODE_ID;

	/**
	 * From the scope's nodes to every relationship between two of them, bound to
	 * {@code s}, {@code r}, {@code o}.
	 */
	private static final String RELATIONSHIPS = " WITH collect(n) AS scope UNWIND scope AS s MATCH (s)-[r]->(o) WHERE o IN scope ";

	private static final String PROPERTY_TYPES = """
			UNWIND keys(%1$s) AS name
			WITH name, collect(DISTINCT valueType(%1$s[name])) AS types
			RETURN name, CASE size(types) WHEN 1 THEN types[0] ELSE 'ANY' END AS type""";

	private final Transaction tx;

	private final ExportScope scope;

	GraphSource(Transaction tx, ExportScope scope) {
		this.tx = tx;
		this.scope = scope;
	}

	/**
	 * A node.
	 *
	 * @param key its key
	 * @param curie its identifier outside DriftGraph
	 * @param labels all its labels
	 * @param properties all its properties
	 */
	record Node(String key, String curie, List<String> labels, Map<String, Object> properties) {

		/**
		 * @return the metagraph label among the node's labels
		 */
		Label label() {
			return Label.primary(labels).orElseThrow();
		}

		/**
		 * @return what to show: the name, or a paper's title
		 */
		Object displayName() {
			return properties.getOrDefault("name", properties.get("title"));
		}

	}

	/**
	 * A relationship.
	 *
	 * @param id the curated row id, or {@code subject-TYPE-object} where it has none
	 * (drift-event links, citations)
	 * @param type its type
	 * @param subject the subject's key
	 * @param subjectCurie the subject's identifier outside DriftGraph
	 * @param object the object's key
	 * @param objectCurie the object's identifier outside DriftGraph
	 * @param properties all its properties
	 * @param publications the identifiers of the papers it cites ({@code refs}), in the
	 * order of {@code refs}
	 */
	record Edge(String id, String type, String subject, String subjectCurie, String object, String objectCurie,
			Map<String, Object> properties, List<String> publications) {
	}

	/**
	 * @return every property name the scope's nodes use, with its Cypher value type
	 * ({@code ANY} when mixed)
	 */
	SortedMap<String, String> nodePropertyTypes() {
		return propertyTypes(scope.nodes() + " " + PROPERTY_TYPES.formatted("n"));
	}

	/**
	 * @return every property name the scope's relationships use, with its Cypher value
	 * type
	 */
	SortedMap<String, String> edgePropertyTypes() {
		return propertyTypes(scope.nodes() + RELATIONSHIPS + PROPERTY_TYPES.formatted("r"));
	}

	/**
	 * @return the scope's nodes by key; each iteration runs the query
	 */
	Iterable<Node> nodes() {
		String query = scope.nodes() + " RETURN n.key AS key, " + CURIE.formatted("n")
				+ " AS curie, labels(n) AS labels, properties(n) AS properties ORDER BY key";
		return () -> tx.run(query, scope.parameters()).stream().map(GraphSource::node).iterator();
	}

	/**
	 * @return the relationships between the scope's nodes by id; each iteration runs the
	 * query
	 */
	Iterable<Edge> edges() {
		String query = scope.nodes() + RELATIONSHIPS + """
				RETURN coalesce(r.id, s.key + '-' + type(r) + '-' + o.key) AS id, type(r) AS type,
				       s.key AS subject, %s AS subjectCurie, o.key AS object, %s AS objectCurie,
				       properties(r) AS properties,
				       COLLECT { UNWIND range(0, size(coalesce(r.refs, [])) - 1) AS i MATCH (p:Paper {key: r.refs[i]})
				                 RETURN %s ORDER BY i } AS publications
				ORDER BY id""".formatted(CURIE.formatted("s"), CURIE.formatted("o"), CURIE.formatted("p"));
		return () -> tx.run(query, scope.parameters()).stream().map(GraphSource::edge).iterator();
	}

	private static Node node(Record r) {
		return new Node(r.get("key").asString(), r.get("curie").asString(), r.get("labels").asList(Value::asString),
				r.get("properties").asMap());
	}

	private static Edge edge(Record r) {
		return new Edge(r.get("id").asString(), r.get("type").asString(), r.get("subject").asString(),
				r.get("subjectCurie").asString(), r.get("object").asString(), r.get("objectCurie").asString(),
				r.get("properties").asMap(), r.get("publications").asList(Value::asString));
	}

	private SortedMap<String, String> propertyTypes(String query) {
		SortedMap<String, String> types = new TreeMap<>();
		tx.run(query, scope.parameters())
			.forEachRemaining(r -> types.put(r.get("name").asString(), r.get("type").asString()));
		return types;
	}

}
