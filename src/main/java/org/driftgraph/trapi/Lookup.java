package org.driftgraph.trapi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.driftgraph.schema.Biolink;
import org.driftgraph.schema.Label;
import org.driftgraph.trapi.KnowledgeGraphBuilder.GraphNode;
import org.driftgraph.trapi.KnowledgeGraphBuilder.Row;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * Answers a query graph from the curated relationships, inside one read transaction. The
 * search starts at the pinned nodes and follows one query edge at a time from a node
 * already bound, so every statement is bounded by nodes found before; then bindings that
 * some edge does not support are pruned, and each remaining combination of nodes is a
 * result, its analysis binding every matching edge and scored by the weakest edge's
 * evidence.
 */
final class Lookup {

	/** The most results an answer holds; a log entry says when more matched. */
	static final int MAX_RESULTS = 1000;

	/** How a result's score comes about. */
	static final String SCORING_METHOD = "the weakest query edge's best evidence: confidence (high 1.0, medium 0.6, "
			+ "low 0.3) times 1 - 0.5^n for n papers (general knowledge counts as one), as DriftGraph's pathway engine "
			+ "scores a hop";

	private final TransactionContext tx;

	private final QueryGraph query;

	private final BiolinkHierarchy biolink;

	private final TrapiLog log;

	private final KnowledgeGraphBuilder graph;

	/** Query node → the keys of the graph nodes it may bind. */
	private final Map<String, Set<String>> candidates = new HashMap<>();

	/**
	 * Query node → graph node key → the id the query pinned it by, where that differs
	 * from the node's own id.
	 */
	private final Map<String, Map<String, String>> queryIds = new HashMap<>();

	private final Map<String, GraphNode> nodes = new HashMap<>();

	/** Query edge → the relationships that match it. */
	private final Map<String, List<Match>> matched = new LinkedHashMap<>();

	/** Relationship type + whether inverted → the predicate an answer states. */
	private final Map<String, String> edgePredicates = new HashMap<>();

	/** A relationship matching a query edge, with its key in the knowledge graph. */
	private record Match(Row row, String edgeId) {
	}

	Lookup(TransactionContext tx, QueryGraph query, BiolinkHierarchy biolink, TrapiLog log,
			KnowledgeGraphBuilder graph) {
		this.tx = tx;
		this.query = query;
		this.biolink = biolink;
		this.log = log;
		this.graph = graph;
	}

	/**
	 * Pins the query nodes with ids to the graph nodes they name (each id on its own, as
	 * a batch).
	 */
	Map<String, Set<String>> resolvePinned() {
		List<String> keys = new ArrayList<>();
		List<String> pmids = new ArrayList<>();
		List<String> dois = new ArrayList<>();
		List<String> curies = new ArrayList<>();
		query.nodes().values().stream().flatMap(n -> n.ids().stream()).forEach(id -> {
			String local = id.substring(id.indexOf(':') + 1);
			switch (id.substring(0, id.indexOf(':'))) {
				case Biolink.PREFIX -> keys.add(local);
				case QueryGraph.PMID -> pmids.add(local);
				case QueryGraph.DOI -> dois.add(local);
				default -> curies.add(id);
			}
		});
		Map<String, GraphNode> byQueryId = new HashMap<>();
		tx.run(TrapiCypher.NODES, Map.of("keys", keys, "pmids", pmids, "dois", dois, "curies", curies))
			.forEachRemaining(r -> {
				GraphNode node = GraphNode.read(r, "n");
				for (String id : names(node, r)) {
					byQueryId.put(id, node);
				}
			});
		for (QueryGraph.QNode qnode : query.nodes().values()) {
			if (!qnode.pinned()) {
				continue;
			}
			Set<Label> labels = Matching.labels(qnode.categories(), biolink);
			Set<String> pinned = new LinkedHashSet<>();
			for (String id : qnode.ids()) {
				GraphNode node = byQueryId.get(id);
				if (node == null) {
					log.warning("UnknownId",
							"No DriftGraph node has the id " + id + " (query node '" + qnode.key() + "').");
				}
				else if (!labels.contains(node.label())) {
					log.info(id + " is a " + Biolink.category(node.label()) + ", not of the categories "
							+ qnode.categories() + " of query node '" + qnode.key() + "'.");
				}
				else {
					pinned.add(node.key());
					nodes.put(node.key(), node);
					if (!node.id().equals(id)) {
						queryIds.computeIfAbsent(qnode.key(), k -> new HashMap<>()).put(node.key(), id);
					}
				}
			}
			candidates.put(qnode.key(), pinned);
		}
		return candidates;
	}

	/**
	 * @return the nodes pinned for a query node, as resolved by {@link #resolvePinned()}
	 */
	List<GraphNode> pinned(String qnode) {
		return candidates.get(qnode).stream().map(nodes::get).toList();
	}

	/**
	 * @return the id a query node pinned a graph node by, where it differs from the
	 * node's own id, else null
	 */
	String queryId(String qnode, String key) {
		return queryIds.getOrDefault(qnode, Map.of()).get(key);
	}

	/**
	 * @return the results, best evidence first; the relationships they bind are in the
	 * knowledge graph
	 */
	List<Trapi.Result> answer() {
		resolvePinned();
		Set<String> done = new HashSet<>();
		while (done.size() < query.edges().size()) {
			QueryGraph.QEdge next = query.edges()
				.values()
				.stream()
				.filter(e -> !done.contains(e.key()))
				.filter(e -> candidates.containsKey(e.subject()) || candidates.containsKey(e.object()))
				.findFirst()
				.orElseThrow();
			expand(next);
			done.add(next.key());
		}
		prune();
		return results();
	}

	private void expand(QueryGraph.QEdge edge) {
		Set<String> subjects = candidates.get(edge.subject());
		Set<String> objects = candidates.get(edge.object());
		Set<Label> subjectLabels = Matching.labels(query.nodes().get(edge.subject()).categories(), biolink);
		Set<Label> objectLabels = Matching.labels(query.nodes().get(edge.object()).categories(), biolink);
		Map<String, String> predicates = new HashMap<>();
		List<Map<String, Object>> patterns = new ArrayList<>();
		for (boolean inverted : List.of(false, true)) {
			List<String> types = new ArrayList<>();
			for (Matching.Match m : Matching.matches(edge.predicates(), biolink)) {
				Set<Label> from = inverted ? objectLabels : subjectLabels;
				Set<Label> to = inverted ? subjectLabels : objectLabels;
				if (m.inverted() == inverted && m.type().subjects().stream().anyMatch(from::contains)
						&& m.type().objects().stream().anyMatch(to::contains)) {
					types.add(m.type().type());
					predicates.put(m.type().type() + inverted, m.predicate());
				}
			}
			if (!types.isEmpty()) {
				Map<String, Object> pattern = new HashMap<>();
				pattern.put("types", types);
				pattern.put("subjects", list(inverted ? objects : subjects));
				pattern.put("objects", list(inverted ? subjects : objects));
				pattern.put("inverted", inverted);
				patterns.add(pattern);
			}
		}
		List<Match> matches = new ArrayList<>();
		boolean searchable = (subjects == null || !subjects.isEmpty()) && (objects == null || !objects.isEmpty());
		if (patterns.isEmpty()) {
			log.info("No DriftGraph relationship type answers query edge '" + edge.key()
					+ "' between the categories asked.");
		}
		else if (searchable) {
			for (Record r : tx.run(TrapiCypher.RELATIONSHIPS, Map.of("patterns", patterns)).list()) {
				Row row = Row.read(r);
				if (subjectLabels.contains(row.subject().label()) && objectLabels.contains(row.object().label())
						&& (subjects == null || subjects.contains(row.subject().key()))
						&& (objects == null || objects.contains(row.object().key()))
						&& Matching.satisfies(row.qualifiers(), edge.qualifierSets(), biolink)) {
					nodes.put(row.subject().key(), row.subject());
					nodes.put(row.object().key(), row.object());
					matches.add(new Match(row, row.edgeId()));
				}
			}
		}
		matched.put(edge.key(), matches);
		edgePredicates.putAll(predicates);
		candidates.put(edge.subject(), ends(matches, true));
		candidates.put(edge.object(), ends(matches, false));
	}

	/** Drops bindings that some query edge does not support, until nothing changes. */
	private void prune() {
		boolean changed = true;
		while (changed) {
			changed = false;
			for (QueryGraph.QEdge edge : query.edges().values()) {
				Set<String> subjects = candidates.get(edge.subject());
				Set<String> objects = candidates.get(edge.object());
				List<Match> kept = matched.get(edge.key())
					.stream()
					.filter(m -> subjects.contains(m.row().subject().key()) && objects.contains(m.row().object().key()))
					.toList();
				matched.put(edge.key(), kept);
				changed |= subjects.retainAll(ends(kept, true));
				changed |= objects.retainAll(ends(kept, false));
			}
		}
	}

	private List<Trapi.Result> results() {
		List<String> order = order();
		List<Map<String, String>> bindings = new ArrayList<>();
		bind(order, 0, new LinkedHashMap<>(), bindings);
		List<Trapi.Result> results = new ArrayList<>();
		for (Map<String, String> binding : bindings) {
			results.add(result(binding));
		}
		results.sort(Comparator.comparing((Trapi.Result r) -> -r.analyses().get(0).score())
			.thenComparing(r -> r.nodeBindings().toString()));
		if (results.size() > MAX_RESULTS) {
			log.warning("ResultsTruncated",
					results.size() + " results matched; the first " + MAX_RESULTS + " by score are returned.");
			return List.copyOf(results.subList(0, MAX_RESULTS));
		}
		return results;
	}

	/**
	 * The query nodes, each after a neighbour already ordered, starting at a pinned one.
	 */
	private List<String> order() {
		List<String> order = new ArrayList<>();
		query.nodes().values().stream().filter(QueryGraph.QNode::pinned).findFirst().ifPresent(n -> order.add(n.key()));
		while (order.size() < query.nodes().size()) {
			for (QueryGraph.QEdge e : query.edges().values()) {
				if (order.contains(e.subject()) && !order.contains(e.object())) {
					order.add(e.object());
				}
				else if (order.contains(e.object()) && !order.contains(e.subject())) {
					order.add(e.subject());
				}
			}
		}
		return order;
	}

	private void bind(List<String> order, int i, Map<String, String> binding, List<Map<String, String>> bindings) {
		if (i == order.size()) {
			bindings.add(new LinkedHashMap<>(binding));
			return;
		}
		String qnode = order.get(i);
		for (String key : candidates.get(qnode)) {
			binding.put(qnode, key);
			boolean supported = query.edges()
				.values()
				.stream()
				.filter(e -> binding.containsKey(e.subject()) && binding.containsKey(e.object()))
				.allMatch(e -> !between(e, binding).isEmpty());
			if (supported) {
				bind(order, i + 1, binding, bindings);
			}
			binding.remove(qnode);
		}
	}

	private List<Match> between(QueryGraph.QEdge edge, Map<String, String> binding) {
		return matched.get(edge.key())
			.stream()
			.filter(m -> m.row().subject().key().equals(binding.get(edge.subject()))
					&& m.row().object().key().equals(binding.get(edge.object())))
			.toList();
	}

	private Trapi.Result result(Map<String, String> binding) {
		Map<String, List<Trapi.NodeBinding>> nodeBindings = new LinkedHashMap<>();
		for (String qnode : query.nodes().keySet()) {
			String key = binding.get(qnode);
			nodeBindings.put(qnode,
					List.of(new Trapi.NodeBinding(nodes.get(key).id(), queryId(qnode, key), List.of())));
		}
		Map<String, List<Trapi.EdgeBinding>> edgeBindings = new LinkedHashMap<>();
		double score = 1;
		for (QueryGraph.QEdge edge : query.edges().values()) {
			List<Match> between = between(edge, binding);
			for (Match m : between) {
				graph.add(m.row(), edgePredicates.get(m.row().type().type() + m.row().inverted()));
			}
			edgeBindings.put(edge.key(),
					between.stream().map(m -> new Trapi.EdgeBinding(m.edgeId(), List.of())).toList());
			score = Math.min(score, between.stream().mapToDouble(m -> m.row().score()).max().orElse(0));
		}
		return new Trapi.Result(nodeBindings,
				List.of(new Trapi.Analysis(Biolink.KNOWLEDGE_SOURCE, score, edgeBindings, SCORING_METHOD)));
	}

	private static Set<String> ends(List<Match> matches, boolean subject) {
		Set<String> ends = new LinkedHashSet<>();
		matches.forEach(m -> ends.add((subject ? m.row().subject() : m.row().object()).key()));
		return ends;
	}

	private static List<String> list(Set<String> keys) {
		return keys == null ? null : List.copyOf(keys);
	}

	/**
	 * @return the ids a query may name the node by: its own, its key's, its CURIE, PMID
	 * and DOI
	 */
	private static Set<String> names(GraphNode node, Record r) {
		Set<String> names = new LinkedHashSet<>();
		names.add(node.id());
		names.add(Biolink.PREFIX + ":" + node.key());
		if (!r.get("curie").isNull()) {
			names.add(r.get("curie").asString());
		}
		if (!r.get("pmid").isNull()) {
			names.add(QueryGraph.PMID + ":" + r.get("pmid").asString());
		}
		if (!r.get("doi").isNull()) {
			names.add(QueryGraph.DOI + ":" + r.get("doi").asString());
		}
		return names;
	}

}
