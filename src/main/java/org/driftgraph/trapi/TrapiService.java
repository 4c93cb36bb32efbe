package org.driftgraph.trapi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.driftgraph.config.DriftGraphProperties;
import org.driftgraph.pathway.PathwayService;
import org.driftgraph.schema.Biolink;
import org.driftgraph.schema.Label;
import org.driftgraph.trapi.KnowledgeGraphBuilder.GraphNode;
import org.driftgraph.trapi.KnowledgeGraphBuilder.Row;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers TRAPI queries: checks them against the TRAPI schema and DriftGraph's limits,
 * then looks the query graph up in the curated relationships in one read transaction
 * under the configured timeout, or, for an {@code inferred} edge, asks the pathway engine
 * for the mechanisms by which each drug raises each reaction.
 */
@Service
class TrapiService {

	/**
	 * The predicate an inferred answer states: the drug causes the reaction through the
	 * mechanisms.
	 */
	static final String INFERRED_PREDICATE = "biolink:causes";

	private static final Set<Label> DRUGS = EnumSet.of(Label.DRUG, Label.DRUG_CLASS);

	private static final Set<Label> OUTCOMES = EnumSet.of(Label.ADVERSE_REACTION, Label.DISEASE);

	private final Driver driver;

	private final PathwayService pathways;

	private final DriftGraphProperties.Trapi properties;

	private final TrapiSchema schema = new TrapiSchema();

	private BiolinkHierarchy biolink;

	TrapiService(Driver driver, PathwayService pathways, DriftGraphProperties properties) {
		this.driver = driver;
		this.pathways = pathways;
		this.properties = properties.trapi();
	}

	/** The Biolink Model, read on first use so that start-up does not pay for it. */
	synchronized BiolinkHierarchy biolink() {
		if (biolink == null) {
			biolink = BiolinkHierarchy.load();
		}
		return biolink;
	}

	DriftGraphProperties.Trapi properties() {
		return properties;
	}

	/**
	 * @param body the request body, a TRAPI {@code Query}
	 * @param log where the query's log goes, also when it fails
	 * @return the TRAPI {@code Response}
	 * @throws TrapiException when the query is refused or runs past the timeout
	 */
	Trapi.Response query(String body, TrapiLog log) {
		long started = System.nanoTime();
		JsonNode request;
		try {
			request = JsonMapper.shared().readTree(body);
		}
		catch (JacksonException ex) {
			throw TrapiException.badRequest("InvalidQuery", "The body is not JSON: " + ex.getOriginalMessage());
		}
		List<String> problems = schema.problems(request, "Query");
		if (!problems.isEmpty()) {
			throw TrapiException.badRequest("InvalidQuery", "The query does not match the TRAPI " + Trapi.VERSION
					+ " Query schema: " + String.join("; ", problems));
		}
		checkWorkflow(request.path("workflow"));
		JsonNode queryGraph = request.path("message").path("query_graph");
		QueryGraph query = QueryGraph.read(queryGraph, properties.batchSizeLimit(), biolink(), log);
		log.info("Query graph of " + query.nodes().size() + " nodes and " + query.edges().size() + " edges accepted.");
		KnowledgeGraphBuilder graph = new KnowledgeGraphBuilder();
		Map<String, Trapi.AuxiliaryGraph> auxiliaryGraphs = new LinkedHashMap<>();
		List<Trapi.Result> results;
		try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			results = session.executeRead(tx -> {
				Lookup lookup = new Lookup(tx, query, biolink(), log, graph);
				if (query.edges().values().iterator().next().inferred()) {
					lookup.resolvePinned();
					return infer(query, lookup, tx, graph, auxiliaryGraphs, log, started);
				}
				return lookup.answer();
			}, TransactionConfig.builder().withTimeout(remaining(started)).build());
		}
		catch (ClientException ex) {
			if (ex.code() != null && ex.code().contains("TransactionTimedOut")) {
				throw timedOut();
			}
			throw ex;
		}
		remaining(started);
		log.info(results.size() + " results.");
		return new Trapi.Response(
				new Trapi.Message(queryGraph, graph.build(), results,
						auxiliaryGraphs.isEmpty() ? null : auxiliaryGraphs),
				"Success", results.size() + " results.", log.entries(logLevel(request)), Trapi.VERSION,
				biolink().version());
	}

	/**
	 * @return the TRAPI {@code Response} of a refused query: its log, ending with why,
	 * and no results
	 */
	Trapi.Response failure(TrapiException ex, TrapiLog log) {
		log.error(ex.code(), ex.getMessage());
		return new Trapi.Response(new Trapi.Message(null, null, null, null), ex.code(), ex.getMessage(),
				log.entries(TrapiLog.Level.DEBUG), Trapi.VERSION, biolink().version());
	}

	/**
	 * One inferred edge per drug and reaction that the pathway engine connects by a
	 * mechanism raising the reaction, supported by one auxiliary graph per mechanism
	 * holding its hops' curated edges.
	 */
	private List<Trapi.Result> infer(QueryGraph query, Lookup lookup, TransactionContext tx,
			KnowledgeGraphBuilder graph, Map<String, Trapi.AuxiliaryGraph> auxiliaryGraphs, TrapiLog log,
			long started) {
		QueryGraph.QEdge edge = query.edges().values().iterator().next();
		if (!edge.predicates().isEmpty()
				&& edge.predicates().stream().noneMatch(p -> biolink().isA(INFERRED_PREDICATE, p))) {
			log.info("Inferred answers state " + INFERRED_PREDICATE + ", which is not among the predicates asked "
					+ edge.predicates() + " nor a descendant of one.");
			return List.of();
		}
		if (!edge.qualifierSets().isEmpty()) {
			log.warning("UnsupportedQualifier",
					"Inferred answers have no qualifiers; with qualifier_constraints no " + "inferred edge can match.");
			return List.of();
		}
		List<Trapi.Result> results = new ArrayList<>();
		for (GraphNode drug : lookup.pinned(edge.subject())) {
			for (GraphNode reaction : lookup.pinned(edge.object())) {
				if (!DRUGS.contains(drug.label()) || !OUTCOMES.contains(reaction.label())) {
					log.info("Inferred answers connect a drug or drug class to a reaction or disease; " + drug.id()
							+ " → " + reaction.id() + " is not one.");
					continue;
				}
				remaining(started);
				List<Mechanisms.Mechanism> mechanisms = Mechanisms
					.supporting(pathways.explain(drug.key(), reaction.key()));
				if (mechanisms.isEmpty()) {
					log.info("The pathway engine finds no mechanism by which " + drug.id() + " raises " + reaction.id()
							+ ".");
					continue;
				}
				results.add(inferred(edge, lookup, drug, reaction, mechanisms, tx, graph, auxiliaryGraphs));
			}
		}
		return results;
	}

	private Trapi.Result inferred(QueryGraph.QEdge edge, Lookup lookup, GraphNode drug, GraphNode reaction,
			List<Mechanisms.Mechanism> mechanisms, TransactionContext tx, KnowledgeGraphBuilder graph,
			Map<String, Trapi.AuxiliaryGraph> auxiliaryGraphs) {
		List<Map<String, Object>> claims = new ArrayList<>();
		mechanisms.forEach(m -> m.claims().forEach(c -> {
			Map<String, Object> claim = new HashMap<>();
			claim.put("subject", c.subject());
			claim.put("type", c.type());
			claim.put("object", c.object());
			claim.put("id", c.id());
			claims.add(claim);
		}));
		Map<Mechanisms.Claim, String> edgeIds = new HashMap<>();
		tx.run(TrapiCypher.RELATIONSHIPS_BY_KEY, Map.of("relationships", claims)).forEachRemaining(r -> {
			Row row = Row.read(r);
			String id = graph.add(row, Biolink.predicate(row.type()).predicate());
			edgeIds.put(new Mechanisms.Claim(row.subject().key(), row.type().type(), row.object().key(), row.claimId()),
					id);
		});
		List<String> supportGraphs = new ArrayList<>();
		for (int i = 0; i < mechanisms.size(); i++) {
			Mechanisms.Mechanism mechanism = mechanisms.get(i);
			String id = Biolink.PREFIX + ":mechanism:" + drug.key() + "-" + reaction.key() + ":" + (i + 1);
			auxiliaryGraphs.put(id, new Trapi.AuxiliaryGraph(mechanism.claims().stream().map(edgeIds::get).toList(),
					List.of(Trapi.Attribute.of("biolink:description", mechanism.narrative(), "narrative"))));
			supportGraphs.add(id);
		}
		String id = Biolink.PREFIX + ":inferred:" + drug.key() + "-causes-" + reaction.key();
		graph.add(drug);
		graph.add(reaction);
		graph
			.add(id, new Trapi.Edge(drug.id(), INFERRED_PREDICATE, reaction.id(),
					List.of(Trapi.Attribute.of("biolink:knowledge_level", "prediction"),
							Trapi.Attribute.of("biolink:agent_type", "computational_model"),
							Trapi.Attribute.of("biolink:support_graphs", supportGraphs)),
					List.of(), List.of(new Trapi.Source(Biolink.KNOWLEDGE_SOURCE,
							KnowledgeGraphBuilder.PRIMARY_KNOWLEDGE_SOURCE))));
		Map<String, List<Trapi.NodeBinding>> nodeBindings = new LinkedHashMap<>();
		nodeBindings.put(edge.subject(),
				List.of(new Trapi.NodeBinding(drug.id(), lookup.queryId(edge.subject(), drug.key()), List.of())));
		nodeBindings.put(edge.object(), List
			.of(new Trapi.NodeBinding(reaction.id(), lookup.queryId(edge.object(), reaction.key()), List.of())));
		return new Trapi.Result(nodeBindings, List.of(new Trapi.Analysis(Biolink.KNOWLEDGE_SOURCE,
				mechanisms.get(0).score(), Map.of(edge.key(), List.of(new Trapi.EdgeBinding(id, List.of()))),
				"the best mechanism's score: its weakest hop's evidence, as DriftGraph's pathway engine ranks paths")));
	}

	/**
	 * DriftGraph runs the lookup operation only; a workflow asking for anything else is
	 * refused.
	 */
	private static void checkWorkflow(JsonNode workflow) {
		for (JsonNode operation : workflow) {
			String id = operation.path("id").asString();
			if (!id.equals("lookup")) {
				throw new TrapiException(HttpStatus.BAD_REQUEST, "UnsupportedOperation",
						"The workflow asks for the " + "operation '" + id + "'; DriftGraph runs 'lookup' only.");
			}
		}
	}

	private static TrapiLog.Level logLevel(JsonNode request) {
		JsonNode level = request.path("log_level");
		return level.isString() ? TrapiLog.Level.valueOf(level.asString()) : TrapiLog.Level.INFO;
	}

	/**
	 * @return the time left of the timeout; throws when none is left
	 */
	private Duration remaining(long started) {
		Duration left = properties.timeout().minusNanos(System.nanoTime() - started);
		if (left.isNegative() || left.isZero()) {
			throw timedOut();
		}
		return left;
	}

	private TrapiException timedOut() {
		return new TrapiException(HttpStatus.INTERNAL_SERVER_ERROR, "QueryTimedOut",
				"The query ran past the timeout of " + properties.timeout().toMillis()
						+ " ms (driftgraph.trapi.timeout) and was stopped.");
	}

}
