package org.driftgraph.pathway;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.driftgraph.common.InvalidRequestException;
import org.driftgraph.common.NotFoundException;
import org.driftgraph.common.Parameters;
import org.driftgraph.drift.DriftEventCypher;
import org.driftgraph.lookup.EntityLookup;
import org.driftgraph.lookup.EntitySummary;
import org.driftgraph.schema.Label;
import org.driftgraph.schema.MetaEdge;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * DriftGraph's public Java API for pathway questions. Usable as a bean without HTTP; every answer is a record whose
 * hops carry their relationship type, direction, papers (with title and DOI) and confidence. Unknown keys raise
 * {@link NotFoundException} with suggestions; keys of the wrong kind and out-of-range bounds raise
 * {@link InvalidRequestException}.
 */
@Service
@Transactional(readOnly = true)
public class PathwayService {

	/** Hop bound of {@link #explain(String, String)}. */
	public static final int DEFAULT_HOPS = 5;

	/** How many candidate paths a query may return before ranking. */
	static final int CANDIDATES = 500;

	/** How many ranked paths an answer keeps. */
	static final int MAX_PATHS = 25;

	/**
	 * How many drift events an answer lists (the first by key); its count says how many there are. Case data makes
	 * thousands per popular drug and reaction, and an answer must not grow with the graph.
	 */
	public static final int MAX_DRIFT_EVENTS = 25;

	private static final Set<Label> DRUGS = EnumSet.of(Label.DRUG, Label.DRUG_CLASS);

	private static final Set<Label> OUTCOMES = EnumSet.of(Label.ADVERSE_REACTION, Label.DISEASE);

	private final Neo4jClient client;

	private final EntityLookup lookup;

	PathwayService(Neo4jClient client, EntityLookup lookup) {
		this.client = client;
		this.lookup = lookup;
	}

	/** Causal paths from a drug or class to a reaction or disease, within {@value #DEFAULT_HOPS} hops. */
	public Explanation explain(String drugOrClass, String reaction) {
		return explain(drugOrClass, reaction, DEFAULT_HOPS);
	}

	/**
	 * Causal paths from a drug or class (through its class via {@code MEMBER_OF}) to a reaction or disease. Every hop
	 * follows the way its type carries an effect ({@code DRIVEN_BY} backwards: the subset drives the reaction), so a
	 * path reads as a mechanism. Paths are ranked by their weakest hop's evidence, then by length; each has its net
	 * direction, and {@link Explanation#directionsDisagree()} flags when paths point both ways.
	 */
	public Explanation explain(String drugOrClass, String reaction, int maxHops) {
		checkHops(maxHops);
		NodeRef from = resolve("from", drugOrClass, DRUGS);
		NodeRef to = resolve("to", reaction, OUTCOMES);
		List<Path> paths = paths(PathQueries.causalPaths(maxHops),
				Map.of("from", from.key(), "to", to.key(), "limit", CANDIDATES));
		List<Pathway> ranked = rank(paths);
		Set<Integer> directions = ranked.stream().map(Pathway::netDirection).filter(d -> d != 0).collect(Collectors.toSet());
		Record events = records("""
				MATCH (d:%s {key: $from}), (r:%s {key: $to})
				%s
				MATCH (e:DriftEvent)-[:TRIGGERED_BY]->(c)
				WHERE (e)-[:RESULTS_IN]->(r)
				WITH DISTINCT e.key AS key ORDER BY key
				WITH collect(key) AS keys
				RETURN keys[..$shown] AS keys, size(keys) AS count""".formatted(label(from), label(to),
						DriftEventCypher.CULPRITS),
				Map.of("from", from.key(), "to", to.key(), "shown", MAX_DRIFT_EVENTS)).get(0);
		return new Explanation(from, to, ranked, directions.size() > 1,
				driftEvents(events.get("keys").asList(Value::asString)), events.get("count").asInt());
	}

	/** Drugs and classes that induce a reaction, with the subset shift behind it and the drift events. */
	public List<Cause> causesOf(String reaction) {
		NodeRef to = resolve("reaction", reaction, OUTCOMES);
		List<Record> rows = records("""
				MATCH (r:%s {key: $reaction})
				MATCH ip = (c)-[:INDUCES]->(r)
				WITH r, c, collect(ip) AS induces
				OPTIONAL MATCH (m:Drug)-[:MEMBER_OF]->(c)
				WITH r, c, induces, collect(m.key) AS members
				OPTIONAL MATCH sp = (c)-[:SHIFTS_TOWARD]->(:CellType)<-[:DRIVEN_BY]-(r)
				WITH r, c, induces, members, collect(sp) AS shifts
				WITH c, induces, members, shifts,
				     COLLECT {
				       MATCH (c)<-[:TRIGGERED_BY]-(e:DriftEvent) WHERE (e)-[:RESULTS_IN]->(r) RETURN e.key AS key ORDER BY key
				     } AS events
				RETURN c.key AS culprit, induces, members, shifts, events[..$shown] AS events, size(events) AS eventCount
				ORDER BY culprit""".formatted(label(to)), Map.of("reaction", to.key(), "shown", MAX_DRIFT_EVENTS));
		Map<String, Citation> papers = citations(rows.stream()
			.flatMap(r -> Stream.concat(r.get("induces").asList(Value::asPath).stream(),
					r.get("shifts").asList(Value::asPath).stream()))
			.toList());
		return rows.stream().map(r -> {
			List<Path> induces = r.get("induces").asList(Value::asPath);
			return new Cause(nodeRef(induces.get(0).start()),
					induces.stream().map(p -> hops(p, papers).get(0)).toList(), r.get("members").asList(Value::asString),
					r.get("shifts").asList(Value::asPath).stream().map(p -> Evidence.pathway(hops(p, papers))).toList(),
					driftEvents(r.get("events").asList(Value::asString)), r.get("eventCount").asInt());
		}).toList();
	}

	/**
	 * Drugs that treat a disease while inducing a reaction that resembles it, or one driven by the subset the drug
	 * shifts toward, away from the subset that drives the treated disease (the opposite T-helper axis).
	 */
	public List<ParadoxicalReaction> paradoxicalReactions() {
		List<Record> rows = records("""
				MATCH tp = (d)-[:TREATS]->(x:Disease)
				MATCH ip = (c)-[:INDUCES]->(r)
				WHERE c = d OR EXISTS { (d)-[:MEMBER_OF]->(c) }
				OPTIONAL MATCH rp = (r)-[:RESEMBLES]->(x)
				WITH d, x, r, tp, ip, rp, COLLECT {
				  MATCH sp = (s)-[sh:SHIFTS_TOWARD]->(sub:CellType)
				  WHERE (s = d OR EXISTS { (d)-[:MEMBER_OF]->(s) }) AND EXISTS { (r)-[:DRIVEN_BY]->(sub) }
				    AND any(k IN sh.away_from WHERE EXISTS { (x)-[:DRIVEN_BY]->(:CellType {key: k}) })
				  RETURN sp
				} AS shifts
				WHERE rp IS NOT NULL OR size(shifts) > 0
				RETURN tp, ip, rp, shifts
				ORDER BY d.key, x.key, r.key""", Map.of());
		Map<String, Citation> all = citations(rows.stream().flatMap(r -> {
			List<Path> paths = new ArrayList<>(r.get("shifts").asList(Value::asPath));
			Stream.of(r.get("tp"), r.get("ip"), r.get("rp")).filter(v -> !v.isNull()).map(Value::asPath).forEach(paths::add);
			return paths.stream();
		}).toList());
		return rows.stream().map(r -> {
			Path treats = r.get("tp").asPath();
			List<Hop> evidence = new ArrayList<>();
			boolean resembles = !r.get("rp").isNull();
			if (resembles) {
				evidence.addAll(hops(r.get("rp").asPath(), all));
			}
			r.get("shifts").asList(Value::asPath).forEach(p -> evidence.addAll(hops(p, all)));
			return new ParadoxicalReaction(nodeRef(treats.start()), hops(treats, all).get(0),
					hops(r.get("ip").asPath(), all).get(0), resembles ? "resembles-treated-disease" : "opposite-axis",
					List.copyOf(evidence));
		}).toList();
	}

	/**
	 * Rescues for a drug's drift reaction: what the literature reports (for the drug's or its class's drift events,
	 * and for the reaction in general), kept apart from mechanistic suggestions (classes that inhibit a cytokine, or
	 * its receptor or subunit, of the subset the drug shifts toward, where that subset drives the reaction).
	 */
	public RescueOptions rescues(String drug, String reaction) {
		NodeRef culprit = resolve("drug", drug, DRUGS);
		NodeRef outcome = resolve("reaction", reaction, OUTCOMES);
		Map<String, Object> keys = Map.of("drug", culprit.key(), "reaction", outcome.key());
		List<Record> reported = records("""
				MATCH (d:%1$s {key: $drug}), (r:%2$s {key: $reaction})
				MATCH (e:DriftEvent)-[:RESULTS_IN]->(r), (e)-[:TRIGGERED_BY]->(c)
				WHERE c = d OR (d)-[:MEMBER_OF]->(c)
				MATCH (e)-[:MANAGED_BY]->(o)
				OPTIONAL MATCH (e)-[:REPORTED_IN]->(p:Paper)
				WITH o, e, p ORDER BY p.key
				RETURN o AS option, e.key AS source, e.management AS context, e.confidence AS confidence,
				       collect(p.key) AS papers, 0 AS rank
				UNION ALL
				MATCH (r:%2$s {key: $reaction})-[m:MANAGED_BY]->(o)
				RETURN o AS option, m.id AS source, m.context AS context, m.confidence AS confidence,
				       m.refs AS papers, 1 AS rank""".formatted(label(culprit), label(outcome)), keys);
		Map<String, Citation> papers = citationsByKey(
				reported.stream().flatMap(r -> r.get("papers").asList(Value::asString).stream()).toList());
		List<RescueOptions.ReportedRescue> rescues = reported.stream()
			.sorted(Comparator.comparingInt((Record r) -> r.get("rank").asInt())
				.thenComparing(r -> r.get("source").asString())
				.thenComparing(r -> r.get("option").asNode().get("key").asString()))
			.map(r -> new RescueOptions.ReportedRescue(nodeRef(r.get("option").asNode()), r.get("source").asString(),
					r.get("context").asString(null), r.get("confidence").asString(null),
					r.get("papers").asList(Value::asString).stream().map(papers::get).toList()))
			.toList();
		List<Path> suggestions = paths("""
				MATCH (d:%1$s {key: $drug}), (r:%2$s {key: $reaction})
				MATCH p = (s)-[:SHIFTS_TOWARD]->(sub:CellType)-[:PRODUCES]->(:Molecule)
				          <-[:RECEPTOR_FOR|SUBUNIT_OF*0..1]-(:Molecule)<-[:INHIBITS]-(x:DrugClass)
				WHERE (s = d OR (d)-[:MEMBER_OF]->(s)) AND (r)-[:DRIVEN_BY]->(sub)
				  AND x <> s AND NOT (d)-[:MEMBER_OF]->(x)
				RETURN p
				LIMIT $limit""".formatted(label(culprit), label(outcome)),
				Map.of("drug", culprit.key(), "reaction", outcome.key(), "limit", CANDIDATES));
		return new RescueOptions(culprit, outcome, rescues, rank(suggestions));
	}

	/** What drives, produces, suppresses a subset, which drugs shift toward or away from it, what it drives. */
	public SubsetProfile subsetProfile(String subset) {
		NodeRef cell = resolve("subset", subset, EnumSet.of(Label.CELL_TYPE));
		Map<String, Object> key = Map.of("subset", cell.key());
		Function<String, List<Hop>> hops = cypher -> {
			List<Path> paths = paths(cypher + " RETURN p ORDER BY p", key);
			Map<String, Citation> papers = citations(paths);
			return paths.stream().map(p -> hops(p, papers).get(0)).toList();
		};
		return new SubsetProfile(cell,
				hops.apply("MATCH p = ()-[:DRIVES_DIFFERENTIATION|EXPANDS|AMPLIFIES]->(:CellType {key: $subset})"),
				hops.apply("MATCH p = (:CellType {key: $subset})-[:PRODUCES]->()"),
				hops.apply("MATCH p = ()-[:SUPPRESSES|COUNTER_REGULATES]->(:CellType {key: $subset})"),
				hops.apply("MATCH p = (:CellType {key: $subset})-[:SUPPRESSES|COUNTER_REGULATES]->()"),
				hops.apply("MATCH p = ()-[:SHIFTS_TOWARD|POLARIZES_TOWARD]->(:CellType {key: $subset})"),
				hops.apply("MATCH p = ()-[r:SHIFTS_TOWARD|POLARIZES_TOWARD]->() WHERE $subset IN r.away_from"),
				hops.apply("MATCH p = (:CellType {key: $subset})<-[:DRIVEN_BY]-()"));
	}

	/**
	 * The shortest connections between any two nodes (papers excepted) over every knowledge relationship type,
	 * ignoring direction, within {@code maxHops}. Unconnected nodes give an empty list.
	 */
	public List<Pathway> connect(String a, String b, int maxHops) {
		checkHops(maxHops);
		Set<Label> notPapers = EnumSet.complementOf(EnumSet.of(Label.PAPER));
		NodeRef from = resolve("from", a, notPapers);
		NodeRef to = resolve("to", b, notPapers);
		return rank(paths(PathQueries.shortestConnections(maxHops),
				Map.of("from", from.key(), "to", to.key(), "limit", CANDIDATES)));
	}

	/** How many relationships {@link #neighbourhood(String)} returns at most. */
	public static final int MAX_NEIGHBOURS = 200;

	/**
	 * Every relationship of a node of any kind, each as a hop leaving that node (its direction says whether the node
	 * is the subject or the object), with its evidence; at most {@value #MAX_NEIGHBOURS}, ordered by type and key.
	 */
	public List<Hop> neighbourhood(String key) {
		NodeRef node = resolve("key", key, EnumSet.allOf(Label.class));
		List<Path> paths = paths("""
				MATCH p = (n:%s {key: $key})-[r]-(m)
				RETURN p ORDER BY type(r), m.key, r.id
				LIMIT $limit""".formatted(label(node)), Map.of("key", node.key(), "limit", MAX_NEIGHBOURS));
		Map<String, Citation> papers = citations(paths);
		return paths.stream().map(p -> hops(p, papers).get(0)).toList();
	}

	/** The claims the curated data marks contested, with their notes and papers, by row id. */
	public List<Hop> contestedClaims() {
		List<Path> paths = paths("""
				MATCH p = ()-[r]->() WHERE r.contested = true
				RETURN p ORDER BY r.id, startNode(r).key, endNode(r).key""", Map.of());
		Map<String, Citation> papers = citations(paths);
		return paths.stream().map(p -> hops(p, papers).get(0)).toList();
	}

	private NodeRef resolve(String parameter, String key, Set<Label> allowed) {
		Parameters.requireText(parameter, key);
		EntitySummary found = lookup.byKey(key)
			.orElseThrow(() -> new NotFoundException(parameter, key,
					lookup.suggest(key, 5)));
		Label label = Label.primary(found.labels()).orElseThrow();
		if (!allowed.contains(label)) {
			throw new InvalidRequestException(parameter, "'" + key + "' is a " + label + "; parameter '" + parameter
					+ "' must be a " + allowed.stream().map(Label::value).collect(Collectors.joining(" or ")) + ".");
		}
		return new NodeRef(found.key(), found.name(), found.labels());
	}

	/**
	 * The primary label of a resolved node, from the {@link Label} enum: matching {@code (r:AdverseReaction {key: $k})}
	 * lets the planner start at that index seek, where {@code Label.ANY} made it scan every INDUCES relationship.
	 */
	private static String label(NodeRef node) {
		return Label.primary(node.labels()).orElseThrow().value();
	}

	private static void checkHops(int maxHops) {
		if (maxHops < 1 || maxHops > PathQueries.MAX_HOPS) {
			throw new InvalidRequestException("maxHops",
					"Parameter 'maxHops' must be between 1 and " + PathQueries.MAX_HOPS + ", was " + maxHops + ".");
		}
	}

	private List<Pathway> rank(List<Path> paths) {
		Map<String, Citation> papers = citations(paths);
		return paths.stream()
			.map(p -> Evidence.pathway(hops(p, papers)))
			.sorted(Evidence.RANKING)
			.limit(MAX_PATHS)
			.toList();
	}

	private List<DriftEventSummary> driftEvents(List<String> keys) {
		if (keys.isEmpty()) {
			return List.of();
		}
		List<Record> rows = records("""
				MATCH (e:DriftEvent) WHERE e.key IN $keys
				OPTIONAL MATCH (e)-[:REPORTED_IN]->(p:Paper)
				WITH e, p ORDER BY p.key
				RETURN e, collect(p.key) AS papers ORDER BY e.key""", Map.of("keys", keys));
		Map<String, Citation> papers = citationsByKey(
				rows.stream().flatMap(r -> r.get("papers").asList(Value::asString).stream()).toList());
		return rows.stream().map(r -> {
			Node e = r.get("e").asNode();
			return new DriftEventSummary(e.get("key").asString(), e.get("name").asString(null),
					e.get("incidence").asString(null), e.get("onset").asString(null), e.get("confidence").asString(null),
					e.get("contested").asBoolean(false),
					r.get("papers").asList(Value::asString).stream().map(papers::get).toList());
		}).toList();
	}

	private List<Hop> hops(Path path, Map<String, Citation> papers) {
		List<Node> nodes = new ArrayList<>();
		path.nodes().forEach(nodes::add);
		List<Hop> hops = new ArrayList<>();
		int i = 0;
		for (Relationship r : path.relationships()) {
			Node from = nodes.get(i);
			Node to = nodes.get(i + 1);
			boolean forward = r.startNodeElementId().equals(from.elementId());
			List<String> refs = r.get("refs").isNull() ? List.of() : r.get("refs").asList(Value::asString);
			boolean gk = r.get("general_knowledge").asBoolean(false);
			String confidence = r.get("confidence").asString(null);
			hops.add(new Hop(r.get("id").asString(null), r.type(), forward ? "forward" : "reverse", nodeRef(from),
					nodeRef(to), MetaEdge.of(r.type()).map(MetaEdge::sign).orElse(0), confidence,
					r.get("contested").asBoolean(false), r.get("note").asString(null), gk,
					refs.stream().map(papers::get).toList(), Evidence.hopScore(confidence, refs.size(), gk)));
			i++;
		}
		return hops;
	}

	private static NodeRef nodeRef(Node node) {
		Value name = node.get("name");
		return new NodeRef(node.get("key").asString(), name.isNull() ? node.get("title").asString(null) : name.asString(),
				toList(node.labels()));
	}

	private static List<String> toList(Iterable<String> labels) {
		List<String> list = new ArrayList<>();
		labels.forEach(list::add);
		return list;
	}

	private Map<String, Citation> citations(List<Path> paths) {
		Set<String> keys = new LinkedHashSet<>();
		for (Path path : paths) {
			for (Relationship r : path.relationships()) {
				if (!r.get("refs").isNull()) {
					keys.addAll(r.get("refs").asList(Value::asString));
				}
			}
		}
		return citationsByKey(keys);
	}

	private Map<String, Citation> citationsByKey(Collection<String> keys) {
		if (keys.isEmpty()) {
			return Map.of();
		}
		Map<String, Citation> byKey = new LinkedHashMap<>();
		records("MATCH (p:Paper) WHERE p.key IN $keys RETURN p", Map.of("keys", List.copyOf(new LinkedHashSet<>(keys))))
			.forEach(r -> {
				Node p = r.get("p").asNode();
				byKey.put(p.get("key").asString(),
						new Citation(p.get("key").asString(), p.get("first_author").asString(null),
								p.get("year").isNull() ? null : p.get("year").asInt(), p.get("title").asString(null),
								p.get("doi").asString(null), p.get("pmid").asString(null)));
			});
		return byKey;
	}

	private List<Path> paths(String cypher, Map<String, Object> parameters) {
		return List.copyOf(client.query(cypher)
			.bindAll(parameters)
			.fetchAs(Path.class)
			.mappedBy((types, record) -> record.get("p").asPath())
			.all());
	}

	private List<Record> records(String cypher, Map<String, Object> parameters) {
		return List.copyOf(client.query(cypher).bindAll(parameters).fetchAs(Record.class).mappedBy((t, r) -> r).all());
	}

}
