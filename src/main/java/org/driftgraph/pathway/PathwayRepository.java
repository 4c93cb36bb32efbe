package org.driftgraph.pathway;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.driftgraph.drift.DriftEventCypher;
import org.driftgraph.drift.DriftEventSummary;
import org.driftgraph.lookup.NodeRef;
import org.driftgraph.schema.Label;
import org.driftgraph.schema.MetaEdge;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * The query and mapping half of {@link PathwayService}: runs the pathway Cypher and turns
 * its map projections, shaped like the records, into those records. Keys arrive resolved;
 * labels come from {@link Label} only. A resolved node is matched by its primary label
 * ({@link NodeRef#label()}, written into Cypher by its name): {@code (r:AdverseReaction
 * {key: $k})} lets the planner start at that index seek, where {@code Label.ANY} made it
 * scan every INDUCES relationship.
 */
@Repository
class PathwayRepository {

	/**
	 * A relationship on a path as Cypher returns it: one claim, not yet merged with its
	 * class's.
	 */
	record Step(String type, HopDirection direction, NodeRef from, NodeRef to, Claim claim) {
	}

	/** A path as Cypher returns it. */
	record Route(List<Step> steps) {
	}

	/**
	 * A mechanism as Cypher returns it: its first hop (from the asked node) as the type,
	 * the node it reaches and the claims of the drug and its classes behind it, then the
	 * other hops.
	 */
	record MechanismRow(String type, NodeRef to, List<Claim> claims, List<Step> steps) {
	}

	/**
	 * What {@code explain} shows besides the mechanisms, with the two nodes asked about.
	 */
	record Clinical(NodeRef from, NodeRef to, List<Observation> observations, List<DriftEventSummary> driftEvents,
			int driftEventCount, List<EventLinks> eventLinks) {
	}

	/**
	 * A listed drift event with the keys of the subsets and molecules it names (shifts
	 * from, shifts to, involves).
	 */
	record EventLinks(String key, List<String> names) {
	}

	record CauseRow(NodeRef culprit, List<Observation> observations, List<String> members, List<List<Step>> shifts,
			List<DriftEventSummary> driftEvents, int driftEventCount) {
	}

	record ParadoxRow(NodeRef drug, List<Step> treats, Observation induces, ParadoxicalReaction.Kind kind,
			List<Step> evidence, NodeRef reaction) {
	}

	private final Neo4jClient client;

	PathwayRepository(Neo4jClient client) {
		this.client = client;
	}

	List<MechanismRow> mechanisms(String cypher, NodeRef from, NodeRef to) {
		return list(cypher, Map.of("from", from.key(), "to", to.key(), "limit", PathQueries.CANDIDATES),
				MechanismRow.class);
	}

	/**
	 * The INDUCES claims of the drug, its classes and (for a class) its members, the
	 * asked node's first, then its classes', then its members'; and the drift events of
	 * the same culprits, those listed also with what they name. The keys arrive
	 * unresolved, so that {@code explain} needs no statement of its own to find them:
	 * empty when either is missing or has none of its allowed labels.
	 */
	Optional<Clinical> clinical(String from, Set<Label> drugs, String to, Set<Label> outcomes, int shown) {
		return list(
				"""
						MATCH (d:%1$s {key: $from}), (r:%2$s {key: $to})
						%3$s
						WITH d, r, collect(c) AS culprits
						WITH d, r, culprits, COLLECT {
						  UNWIND culprits AS c
						  MATCH (c)-[i:INDUCES]->(r)
						  WITH c, i ORDER BY CASE WHEN c = d THEN 0 WHEN EXISTS { (d)-[:MEMBER_OF]->(c) } THEN 1 ELSE 2 END, i.id
						  RETURN i
						} AS rels, COLLECT {
						  UNWIND culprits AS c
						  MATCH (e:DriftEvent)-[:TRIGGERED_BY]->(c)
						  WHERE (e)-[:RESULTS_IN]->(r)
						  WITH DISTINCT e
						  RETURN e ORDER BY e.key
						} AS events
						%4$s
						%5$s
						RETURN %7$s AS from, %8$s AS to, [i IN rels | %6$s] AS observations, driftEvents,
						       size(events) AS driftEventCount,
						       [e IN events[..$shown] | {key: e.key, names: [(e)-[:SHIFTS_FROM|SHIFTS_TO|INVOLVES]->(n) | n.key]}]
						         AS eventLinks"""
					.formatted(Label.expression(drugs), Label.expression(outcomes), DriftEventCypher.CULPRITS,
							PathQueries.cited("rels"), PathQueries.driftEvents("events"), PathQueries.observation("i"),
							NodeRef.cypher("d"), NodeRef.cypher("r")),
				Map.of("from", from, "to", to, "shown", shown), Clinical.class)
			.stream()
			.findFirst();
	}

	/**
	 * The culprits of a reaction with their observations, members and shifts, and their
	 * drift events from the tally of each culprit and the reaction: the first
	 * {@code shown} and how many, without reading the others.
	 */
	List<CauseRow> causes(NodeRef reaction, int shown) {
		return list("""
				MATCH (r:%1$s {key: $reaction})
				MATCH (c)-[i:INDUCES]->(r)
				WITH r, c, i ORDER BY i.id
				WITH r, c, collect(i) AS induces
				%8$s
				WITH c, induces, eventCount, events,
				     COLLECT { MATCH (m:Drug)-[:MEMBER_OF]->(c) RETURN m.key ORDER BY m.key } AS members,
				     COLLECT { MATCH sp = (c)-[:SHIFTS_TOWARD]->(:CellType)<-[:DRIVEN_BY]-(r) RETURN sp } AS shifts
				WITH c, induces, members, shifts, events, eventCount,
				     induces + reduce(acc = [], p IN shifts | acc + relationships(p)) AS rels
				%2$s
				%7$s
				%3$s
				RETURN %4$s AS culprit, [i IN induces | %5$s] AS observations, members,
				       [p IN shifts | %6$s] AS shifts, driftEvents, eventCount AS driftEventCount
				ORDER BY c.key""".formatted(reaction.label(), PathQueries.cited("rels"),
				PathQueries.driftEvents("events"), NodeRef.cypher("c"), PathQueries.observation("i"),
				PathQueries.stepList("p"), PathQueries.named("rels"), DriftEventCypher.TALLY),
				Map.of("reaction", reaction.key(), "shown", shown), CauseRow.class);
	}

	List<ParadoxRow> paradoxes() {
		return list(
				"""
						MATCH tp = (d)-[:TREATS]->(x:Disease)
						MATCH (c)-[ind:INDUCES]->(r)
						WHERE c = d OR EXISTS { (d)-[:MEMBER_OF]->(c) }
						OPTIONAL MATCH rp = (r)-[:RESEMBLES]->(x)
						WITH d, x, r, tp, ind, rp, COLLECT {
						  MATCH sp = (s)-[sh:SHIFTS_TOWARD]->(sub:CellType)
						  WHERE (s = d OR EXISTS { (d)-[:MEMBER_OF]->(s) }) AND EXISTS { (r)-[:DRIVEN_BY]->(sub) }
						    AND any(k IN sh.away_from WHERE EXISTS { (x)-[:DRIVEN_BY]->(:CellType {key: k}) })
						  RETURN sp
						} AS shifts
						WHERE rp IS NOT NULL OR size(shifts) > 0
						WITH d, x, r, tp, ind, shifts, CASE WHEN rp IS NULL THEN [] ELSE [rp] END AS resembles
						WITH d, x, r, tp, ind, resembles + shifts AS evidence,
						     relationships(tp) + [ind] + reduce(acc = [], p IN resembles + shifts | acc + relationships(p)) AS rels
						%s
						%s
						RETURN %s AS drug, %s AS treats, %s AS induces,
						       CASE WHEN size(evidence) > 0 AND type(relationships(evidence[0])[0]) = 'RESEMBLES'
						            THEN 'resembles-treated-disease' ELSE 'opposite-axis' END AS kind,
						       reduce(acc = [], p IN evidence | acc + %s) AS evidence, %s AS reaction
						ORDER BY d.key, x.key, r.key"""
					.formatted(PathQueries.cited("rels"), PathQueries.named("rels"), NodeRef.cypher("d"),
							PathQueries.stepList("tp"), PathQueries.observation("ind"), PathQueries.stepList("p"),
							NodeRef.cypher("r")),
				Map.of(), ParadoxRow.class);
	}

	List<RescueOptions.ReportedRescue> reportedRescues(NodeRef drug, NodeRef reaction) {
		return list(
				"""
						MATCH (d:%1$s {key: $drug}), (r:%2$s {key: $reaction})
						CALL (d, r) {
						  MATCH (e:DriftEvent)-[:RESULTS_IN]->(r), (e)-[:TRIGGERED_BY]->(c)
						  WHERE c = d OR (d)-[:MEMBER_OF]->(c)
						  MATCH (e)-[:MANAGED_BY]->(o)
						  RETURN o, e.key AS source, e.management AS context, e.confidence AS confidence,
						         COLLECT { MATCH (e)-[:REPORTED_IN]->(p:Paper) RETURN p.key ORDER BY p.key } AS refs, 0 AS rank
						  UNION ALL
						  MATCH (r)-[m:MANAGED_BY]->(o)
						  RETURN o, m.id AS source, m.context AS context, m.confidence AS confidence, coalesce(m.refs, []) AS refs,
						         1 AS rank
						}
						WITH DISTINCT o, source, context, confidence, refs, rank
						ORDER BY rank, source, o.key
						RETURN %3$s AS option, source, context, confidence,
						       COLLECT { UNWIND refs AS k MATCH (x:Paper {key: k}) RETURN %4$s } AS papers"""
					.formatted(drug.label(), reaction.label(), NodeRef.cypher("o"), PathQueries.citation("x")),
				Map.of("drug", drug.key(), "reaction", reaction.key()), RescueOptions.ReportedRescue.class);
	}

	/**
	 * Classes that inhibit a cytokine (or its receptor or subunit) of a subset the drug
	 * shifts toward, where that subset drives the reaction.
	 */
	List<Route> rescueSuggestions(NodeRef drug, NodeRef reaction) {
		return list("""
				MATCH (d:%1$s {key: $drug}), (r:%2$s {key: $reaction})
				MATCH p = (s)-[:SHIFTS_TOWARD]->(sub:CellType)-[:PRODUCES]->(:Molecule)
				          <-[:RECEPTOR_FOR|SUBUNIT_OF*0..1]-(:Molecule)<-[:INHIBITS]-(x:DrugClass)
				WHERE (s = d OR (d)-[:MEMBER_OF]->(s)) AND (r)-[:DRIVEN_BY]->(sub)
				  AND x <> s AND NOT (d)-[:MEMBER_OF]->(x)
				WITH p LIMIT $limit
				%3$s""".formatted(drug.label(), reaction.label(), PathQueries.steps("collect(p)")),
				Map.of("drug", drug.key(), "reaction", reaction.key(), "limit", PathQueries.CANDIDATES), Route.class);
	}

	/**
	 * One-hop paths around a subset; {@code pattern} binds {@code p} and may use
	 * {@code $subset}.
	 */
	List<Route> around(String pattern, String subset) {
		return list(pattern + "\nWITH p ORDER BY p\n" + PathQueries.steps("collect(p)"), Map.of("subset", subset),
				Route.class);
	}

	/**
	 * Every relationship of a node as a one-step route leaving it, at most {@code limit},
	 * by type and neighbour. Each type the metagraph allows at the node's label is read
	 * up to {@code limit} times before the sort, so a hub (a reaction with thousands of
	 * drift events) costs as much as a node with {@code limit} relationships of each
	 * type; below that, the answer is every relationship in that order.
	 */
	List<Route> neighbourhood(NodeRef node, int limit) {
		Label label = node.label();
		String perType = Arrays.stream(MetaEdge.values())
			.filter(t -> t.subjects().contains(label) || t.objects().contains(label))
			.map(t -> "MATCH p = (n)-[r:%s]-(m) RETURN p, r, m LIMIT $limit".formatted(t.type()))
			.collect(Collectors.joining("\n  UNION ALL\n  "));
		return list("""
				MATCH (n:%s {key: $key})
				CALL (n) {
				  %s
				}
				WITH p, r, m ORDER BY type(r), m.key, r.id LIMIT $limit
				%s""".formatted(label, perType, PathQueries.steps("collect(p)")),
				Map.of("key", node.key(), "limit", limit), Route.class);
	}

	/**
	 * The relationships the curated data marks contested, as one-step routes, by row id.
	 */
	List<Route> contested() {
		return list("""
				MATCH p = ()-[r]->() WHERE r.contested = true
				WITH p, r ORDER BY r.id, startNode(r).key, endNode(r).key
				%s""".formatted(PathQueries.steps("collect(p)")), Map.of(), Route.class);
	}

	List<Route> connections(String cypher, String from, String to) {
		return list(cypher, Map.of("from", from, "to", to, "limit", PathQueries.CANDIDATES), Route.class);
	}

	private <T> List<T> list(String cypher, Map<String, Object> parameters, Class<T> type) {
		return client.query(cypher)
			.bindAll(parameters)
			.fetch()
			.all()
			.stream()
			.map(row -> JsonMapper.shared().convertValue(row, type))
			.toList();
	}

}
