package org.driftgraph.trapi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.driftgraph.schema.Biolink;
import org.driftgraph.schema.Identifiers;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/**
 * A TRAPI query graph as DriftGraph answers it: one to three edges, connected, at least
 * one node pinned by ids. Read from a query that already passed the schema; what the
 * schema cannot say (references between nodes and edges, CURIE prefixes, the batch limit,
 * constraints DriftGraph does not support) is checked here.
 *
 * @param nodes the query nodes by key, in the query's order
 * @param edges the query edges by key, in the query's order
 */
record QueryGraph(Map<String, QNode> nodes, Map<String, QEdge> edges) {

	/** The most edges a query graph may have. */
	static final int MAX_EDGES = 3;

	/** Prefixes of ids beyond the CURIE prefixes of the stored nodes. */
	static final String PMID = "PMID", DOI = "doi";

	private static final Set<String> QNODE_FIELDS = Set.of("ids", "categories", "set_interpretation", "member_ids",
			"constraints");

	private static final Set<String> QEDGE_FIELDS = Set.of("knowledge_type", "predicates", "subject", "object",
			"attribute_constraints", "qualifier_constraints");

	/**
	 * @param key its key in the query graph
	 * @param ids the CURIEs it is pinned to (a batch: each answered on its own), empty
	 * when unpinned
	 * @param categories the Biolink categories asked for, empty for any
	 */
	record QNode(String key, List<String> ids, List<String> categories) {

		boolean pinned() {
			return !ids.isEmpty();
		}

	}

	/**
	 * @param key its key in the query graph
	 * @param subject the key of its subject node
	 * @param object the key of its object node
	 * @param predicates the Biolink predicates asked for, empty for any
	 * @param inferred whether {@code knowledge_type} is {@code inferred} (else
	 * {@code lookup})
	 * @param qualifierSets the qualifier constraints, each a qualifier slot (snake_case)
	 * → value; any one set suffices
	 */
	record QEdge(String key, String subject, String object, List<String> predicates, boolean inferred,
			List<Map<String, String>> qualifierSets) {
	}

	/**
	 * @param queryGraph {@code message.query_graph} of a schema-valid query
	 * @param batchSizeLimit the most ids a node may have
	 * @param biolink the Biolink Model, to warn about categories and predicates it does
	 * not have
	 * @param log where warnings go
	 * @throws TrapiException 400 or 413 when the graph cannot be answered as asked
	 */
	static QueryGraph read(JsonNode queryGraph, int batchSizeLimit, BiolinkHierarchy biolink, TrapiLog log) {
		if (queryGraph == null || queryGraph.isNull()) {
			throw TrapiException.badRequest("QueryNotTraversable",
					"message.query_graph is missing: there is nothing to answer.");
		}
		Map<String, QNode> nodes = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> e : queryGraph.path("nodes").properties()) {
			nodes.put(e.getKey(), node(e.getKey(), e.getValue(), batchSizeLimit, biolink, log));
		}
		Map<String, QEdge> edges = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> e : queryGraph.path("edges").properties()) {
			edges.put(e.getKey(), edge(e.getKey(), e.getValue(), nodes, biolink, log));
		}
		QueryGraph graph = new QueryGraph(nodes, edges);
		graph.checkShape();
		return graph;
	}

	private void checkShape() {
		if (edges.isEmpty() || edges.size() > MAX_EDGES) {
			throw notTraversable(
					"The query graph has " + edges.size() + " edges; DriftGraph answers 1 to " + MAX_EDGES + ".");
		}
		if (nodes.values().stream().noneMatch(QNode::pinned)) {
			throw notTraversable("No query node has ids: pin at least one node (for example the drug or the reaction) "
					+ "so that the search starts from it.");
		}
		Set<String> reached = new HashSet<>();
		Deque<String> todo = new ArrayDeque<>(List.of(nodes.keySet().iterator().next()));
		while (!todo.isEmpty()) {
			String node = todo.pop();
			if (reached.add(node)) {
				edges.values().forEach(e -> {
					if (e.subject().equals(node)) {
						todo.push(e.object());
					}
					if (e.object().equals(node)) {
						todo.push(e.subject());
					}
				});
			}
		}
		if (!reached.containsAll(nodes.keySet())) {
			throw notTraversable("The query graph is not connected: every query node must lie on a path of edges "
					+ "from the others.");
		}
		if (edges.values().stream().anyMatch(QEdge::inferred)) {
			QEdge edge = edges.values().iterator().next();
			if (edges.size() != 1 || !nodes.get(edge.subject()).pinned() || !nodes.get(edge.object()).pinned()) {
				throw notTraversable("knowledge_type 'inferred' is answered for a one-edge query graph whose subject "
						+ "(drugs or drug classes) and object (reactions or diseases) both have ids.");
			}
		}
	}

	private static QNode node(String key, JsonNode json, int batchSizeLimit, BiolinkHierarchy biolink, TrapiLog log) {
		warnUnknownFields("query node '" + key + "'", json, QNODE_FIELDS, log);
		if (json.path("constraints").size() > 0) {
			List<String> names = new ArrayList<>();
			json.path("constraints").forEach(c -> names.add(c.path("name").asString()));
			throw TrapiException.badRequest("UnsupportedConstraint",
					"Query node '" + key + "' has constraints, which DriftGraph does not support: " + names + ".");
		}
		String interpretation = json.path("set_interpretation").asString("BATCH");
		if (!interpretation.equals("BATCH")) {
			throw TrapiException.badRequest("UnsupportedSetInterpretation",
					"Query node '" + key + "' has set_interpretation " + interpretation
							+ "; DriftGraph answers BATCH only (each id on its own).");
		}
		List<String> ids = strings(json.path("ids"));
		if (ids.size() > batchSizeLimit) {
			throw new TrapiException(HttpStatus.PAYLOAD_TOO_LARGE, "BatchSizeExceeded", "Query node '" + key + "' has "
					+ ids.size() + " ids; the batch size limit is " + batchSizeLimit + ".");
		}
		ids.forEach(id -> checkId(key, id));
		List<String> categories = strings(json.path("categories"));
		categories.stream()
			.filter(c -> !biolink.knows(c))
			.forEach(c -> log.warning("UnknownCategory", "Biolink Model " + biolink.version() + " has no category " + c
					+ " (query node '" + key + "'); no node matches it."));
		return new QNode(key, ids, categories);
	}

	private static QEdge edge(String key, JsonNode json, Map<String, QNode> nodes, BiolinkHierarchy biolink,
			TrapiLog log) {
		warnUnknownFields("query edge '" + key + "'", json, QEDGE_FIELDS, log);
		String subject = json.path("subject").asString();
		String object = json.path("object").asString();
		for (String end : List.of(subject, object)) {
			if (!nodes.containsKey(end)) {
				throw TrapiException.badRequest("InvalidQueryGraph",
						"Query edge '" + key + "' names the node '" + end + "', which the query graph does not have.");
			}
		}
		if (json.path("attribute_constraints").size() > 0) {
			throw TrapiException.badRequest("UnsupportedConstraint",
					"Query edge '" + key + "' has attribute_constraints, which DriftGraph does not support.");
		}
		String knowledgeType = json.path("knowledge_type").asString("lookup");
		if (!knowledgeType.equals("lookup") && !knowledgeType.equals("inferred")) {
			throw TrapiException.badRequest("InvalidQueryGraph", "Query edge '" + key + "' has knowledge_type '"
					+ knowledgeType + "'; it must be 'lookup' or 'inferred'.");
		}
		List<String> predicates = strings(json.path("predicates"));
		predicates.stream()
			.filter(p -> !biolink.knows(p))
			.forEach(p -> log.warning("UnknownPredicate", "Biolink Model " + biolink.version() + " has no predicate "
					+ p + " (query edge '" + key + "'); no edge matches it."));
		List<Map<String, String>> qualifierSets = new ArrayList<>();
		for (JsonNode constraint : json.path("qualifier_constraints")) {
			Map<String, String> set = new LinkedHashMap<>();
			for (JsonNode qualifier : constraint.path("qualifier_set")) {
				String type = qualifier.path("qualifier_type_id").asString();
				String slot = type.startsWith("biolink:") ? type.substring("biolink:".length()) : type;
				if (set.put(slot, qualifier.path("qualifier_value").asString()) != null) {
					throw TrapiException.badRequest("InvalidQueryGraph", "A qualifier_set of query edge '" + key
							+ "' names " + type + " twice; each qualifier type may appear once in a set.");
				}
				if (!Biolink.qualifierSlots().contains(slot)) {
					log.warning("UnsupportedQualifier",
							"No DriftGraph edge has the qualifier " + type + " (query edge '" + key
									+ "'); the qualifier set naming it matches no edge. DriftGraph's edges carry "
									+ Biolink.qualifierSlots().stream().map(s -> "biolink:" + s).toList() + ".");
				}
			}
			qualifierSets.add(set);
		}
		return new QEdge(key, subject, object, predicates, knowledgeType.equals("inferred"), qualifierSets);
	}

	/**
	 * The prefixes DriftGraph's ids use: the stored CURIEs', papers' and its own;
	 * anything else is refused.
	 */
	private static void checkId(String node, String id) {
		int colon = id.indexOf(':');
		String prefix = colon > 0 ? id.substring(0, colon) : "";
		String local = id.substring(colon + 1);
		boolean valid = switch (prefix) {
			case Biolink.PREFIX -> !local.isBlank();
			case PMID -> Identifiers.isPmid(local);
			case DOI -> Identifiers.isDoi(local);
			default -> {
				if (!Identifiers.CURIE_PATTERNS.containsKey(prefix)) {
					throw TrapiException.badRequest("UnsupportedPrefix",
							"Query node '" + node + "' has the id '" + id
									+ "', whose prefix DriftGraph does not use; its ids have the prefixes "
									+ knownPrefixes() + ".");
				}
				yield Identifiers.curieProblem(id).isEmpty();
			}
		};
		if (!valid) {
			throw TrapiException.badRequest("InvalidCurie", "Query node '" + node + "' has the id '" + id
					+ "', which is not a well-formed " + prefix + " identifier.");
		}
	}

	static List<String> knownPrefixes() {
		List<String> prefixes = new ArrayList<>(Identifiers.CURIE_PATTERNS.keySet());
		prefixes.addAll(List.of(PMID, DOI, Biolink.PREFIX));
		return prefixes;
	}

	private static void warnUnknownFields(String what, JsonNode json, Set<String> known, TrapiLog log) {
		json.propertyNames()
			.stream()
			.filter(name -> !known.contains(name))
			.forEach(name -> log.warning("UnknownProperty",
					"DriftGraph ignores the property '" + name + "' of " + what + "."));
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(v -> values.add(v.asString()));
		return values;
	}

	private static TrapiException notTraversable(String message) {
		return TrapiException.badRequest("QueryNotTraversable", message);
	}

}
