package org.driftgraph.pathway;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.driftgraph.common.InvalidRequestException;
import org.driftgraph.drift.DriftEventSummary;
import org.driftgraph.literature.Citation;
import org.driftgraph.lookup.NodeRef;
import org.driftgraph.schema.Label;
import org.driftgraph.schema.MetaEdge;

/**
 * Renders the pathway Cypher (public so that Java clients and the benchmark run the very
 * Cypher {@link PathwayService} runs). Relationship types come only from
 * {@link MetaEdge}; hop bounds are checked here, once; every other value is a parameter.
 * Each statement returns map projections shaped like the records they become: a path is a
 * list of {@code steps}, one per relationship, each with its {@link NodeRef}s and its
 * {@link Claim} (papers and the names of {@code away_from} and {@code via} resolved in
 * the same statement).
 */
public final class PathQueries {

	/** The largest hop bound any query accepts. */
	public static final int MAX_HOPS = 6;

	/** How many candidate paths a query returns before ranking. */
	static final int CANDIDATES = 500;

	private PathQueries() {
	}

	/**
	 * Types along which an effect travels, in metagraph order: the only ones a mechanism
	 * walks.
	 */
	static List<MetaEdge> causalTypes() {
		return Arrays.stream(MetaEdge.values()).filter(MetaEdge::causal).toList();
	}

	/**
	 * Types that {@code connect} may cross: all but citations and evidence links, which
	 * would join everything.
	 */
	static List<MetaEdge> connectingTypes() {
		return Arrays.stream(MetaEdge.values()).filter(t -> t != MetaEdge.CITES && t != MetaEdge.REPORTED_IN).toList();
	}

	/**
	 * The causal paths behind {@code explain}: from {@code $from} (and, for a drug, from
	 * each class it is a member of) to {@code $to}, every hop along its type's flow
	 * (forward, or backward for {@code DRIVEN_BY}), no node repeated, at most
	 * {@code maxHops} hops, through at least one molecule or cell type. One row per path:
	 * its first hop as {@code type}, {@code to} and {@code claims} (the drug's and its
	 * classes' relationships of that type to that node, a class's unless its
	 * {@code applies_to_members} lists other members only), then the other hops as
	 * {@code steps}. Reading the first hops of the drug and its classes together and
	 * walking on once from each node they reach means the drug's and its class's shared
	 * downstream is read once, not twice.
	 * <p>
	 * A backward hop can only be the last one, because the nodes it leads to (diseases
	 * and reactions) start no flow ({@code PathQueriesTests} holds the metagraph to
	 * that); a forward-only branch is rendered only if some forward type can end at a
	 * disease or reaction. So every hop before the last is an outgoing relationship of a
	 * few types, and a hub is never asked for all of its incoming relationships: the
	 * query reads the starts' downstream neighbourhood only.
	 */
	public static String mechanisms(int maxHops) {
		checkHops(maxHops);
		List<MetaEdge> forwardTypes = causalTypes().stream().filter(t -> t.flow() == MetaEdge.Flow.FORWARD).toList();
		String forward = typeList(forwardTypes);
		String reverse = typeList(causalTypes().stream().filter(t -> t.flow() == MetaEdge.Flow.REVERSE).toList());
		Set<Label> outcomes = EnumSet.of(Label.ADVERSE_REACTION, Label.DISEASE);
		boolean forwardReachesOutcome = forwardTypes.stream()
			.anyMatch(t -> t.objects().stream().anyMatch(outcomes::contains));
		// after the first hop: at most maxHops - 2 forward hops and the backward one, or
		// maxHops - 1 forward hops
		String forwardBranch = !forwardReachesOutcome ? "" : """
				  MATCH p = %s
				  RETURN p
				  UNION
				""".formatted(maxHops == 1 ? "(next) WHERE next = target"
				: "(next) (()-[:%s]->()){0,%d} (target)".formatted(forward, maxHops - 1));
		String beforeLastHop = maxHops <= 2 ? "(next)"
				: "(next) (()-[:%s]->()){0,%d} ()".formatted(forward, maxHops - 2);
		return """
				MATCH (from:%1$s {key: $from}), (target:%1$s {key: $to})
				CALL (from) {
				  MATCH (from)-[first:%2$s]->(next)
				  RETURN first, next
				  UNION
				  MATCH (from:Drug)-[:MEMBER_OF]->(:DrugClass)-[first:%2$s]->(next)
				  WHERE first.applies_to_members IS NULL OR from.key IN first.applies_to_members
				  RETURN first, next
				}
				WITH target, next, type(first) AS type, collect(first) AS firsts
				CALL (next, target) {
				%3$s  MATCH p = %4$s<-[:%5$s]-(target)
				  RETURN p
				}
				WITH type, next, firsts, p
				WHERE size(relationships(p)) < %6$d
				  AND all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
				  AND any(n IN nodes(p) WHERE n:Molecule OR n:CellType)
				WITH type, next, firsts, p LIMIT $limit
				WITH collect({type: type, next: next, firsts: firsts, p: p}) AS rows
				WITH rows, reduce(acc = [], row IN rows | acc + row.firsts + relationships(row.p)) AS rels
				%7$s
				%8$s
				UNWIND rows AS row
				RETURN row.type AS type, %9$s AS to, [f IN row.firsts | %10$s] AS claims, %11$s AS steps""".formatted(
				Label.ANY, forward, forwardBranch, beforeLastHop, reverse, maxHops, cited("rels"), named("rels"),
				NodeRef.cypher("row.next"), claim("f"), stepList("row.p"));
	}

	/**
	 * All shortest connections between {@code $from} and {@code $to} in either direction.
	 */
	static String connections(int maxHops) {
		checkHops(maxHops);
		return """
				MATCH (a:%1$s {key: $from}), (b:%1$s {key: $to})
				MATCH p = allShortestPaths((a)-[:%2$s*..%3$d]-(b))
				WITH p LIMIT $limit
				%4$s""".formatted(Label.ANY, typeList(connectingTypes()), maxHops, steps("collect(p)"));
	}

	/**
	 * The tail of a statement that turns a list of paths into one row per path with a
	 * {@code steps} column.
	 * @param paths a Cypher expression for the list of paths
	 */
	static String steps(String paths) {
		return """
				WITH %s AS paths
				WITH paths, reduce(acc = [], p IN paths | acc + relationships(p)) AS rels
				%s
				%s
				UNWIND paths AS p
				RETURN %s AS steps""".formatted(paths, cited("rels"), named("rels"), stepList("p"));
	}

	/**
	 * A path as a list of steps, each {@code {type, direction, from, to, claim}};
	 * {@code papers} from {@link #cited} and {@code names} from {@link #named} must be in
	 * scope.
	 */
	static String stepList(String p) {
		return """
				[i IN range(0, size(relationships(%1$s)) - 1) | {
				  type: type(relationships(%1$s)[i]),
				  direction: CASE WHEN startNode(relationships(%1$s)[i]) = nodes(%1$s)[i] THEN 'forward' ELSE 'reverse' END,
				  from: %2$s, to: %3$s, claim: %4$s
				}]"""
			.formatted(p, NodeRef.cypher("nodes(" + p + ")[i]"), NodeRef.cypher("nodes(" + p + ")[i + 1]"),
					claim("relationships(" + p + ")[i]"));
	}

	/**
	 * An {@code INDUCES} relationship as an {@link Observation}; {@code papers} from
	 * {@link #cited} in scope.
	 */
	static String observation(String i) {
		return """
				{claimId: %1$s.id, culprit: %2$s, population: %1$s.population, incidence: %1$s.incidence,
				   onset: %1$s.onset, phenotype: %1$s.phenotype, confidence: %1$s.confidence,
				   contested: coalesce(%1$s.contested, false), note: %1$s.note, papers: %3$s}""".formatted(i,
				NodeRef.cypher("startNode(" + i + ")"), papers(i));
	}

	/**
	 * A {@code CALL} that yields {@code driftEvents}: the first {@code $shown} of a list
	 * of drift events (ordered by key) as {@link DriftEventSummary} records with their
	 * papers.
	 */
	static String driftEvents(String events) {
		return """
				CALL (%1$s) {
				  UNWIND %1$s[..$shown] AS e
				  OPTIONAL MATCH (e)-[:REPORTED_IN]->(x:Paper)
				  WITH e, x ORDER BY x.key
				  WITH e, [x IN collect(x) | %2$s] AS cites
				  ORDER BY e.key
				  RETURN collect({key: e.key, name: e.name, incidence: e.incidence, onset: e.onset,
				    confidence: e.confidence, contested: coalesce(e.contested, false), papers: cites}) AS driftEvents
				}""".formatted(events, citation("x"));
	}

	/**
	 * A {@code CALL} that yields {@code papers}, the citations of a list of
	 * relationships, read once for all of them.
	 * @param relationships the variable holding the list of relationships
	 */
	static String cited(String relationships) {
		return """
				CALL (%1$s) {
				  UNWIND %1$s AS r
				  UNWIND coalesce(r.refs, []) AS k
				  WITH DISTINCT k
				  MATCH (x:Paper {key: k})
				  RETURN collect(%2$s) AS papers
				}""".formatted(relationships, citation("x"));
	}

	/**
	 * A {@code CALL} that yields {@code names}, key and name of the nodes that a list of
	 * relationships names in {@code away_from} and {@code via}, read once for all of
	 * them.
	 * @param relationships the variable holding the list of relationships
	 */
	static String named(String relationships) {
		return """
				CALL (%1$s) {
				  UNWIND %1$s AS r
				  UNWIND coalesce(r.away_from, []) + coalesce(r.via, []) AS k
				  WITH DISTINCT k
				  MATCH (x:%2$s {key: k})
				  RETURN collect({key: x.key, name: x.name}) AS names
				}""".formatted(relationships, Label.ANY);
	}

	/** A paper as a {@link Citation}. */
	static String citation(String x) {
		return "{key: %1$s.key, firstAuthor: %1$s.first_author, year: %1$s.year, title: %1$s.title, journal: %1$s.journal, doi: %1$s.doi, pmid: %1$s.pmid}"
			.formatted(x);
	}

	/**
	 * The papers of relationship {@code r} in its own order, from {@code papers} as
	 * {@link #cited} yields it.
	 */
	static String papers(String r) {
		return "[x IN [k IN coalesce(%s.refs, []) | head([c IN papers WHERE c.key = k])] WHERE x IS NOT NULL]"
			.formatted(r);
	}

	/**
	 * A relationship as a {@link Claim}, with {@code papers} from {@link #cited} and
	 * {@code names} from {@link #named} in scope.
	 */
	static String claim(String r) {
		return """
				{id: %1$s.id, subject: %2$s, confidence: %1$s.confidence, contested: coalesce(%1$s.contested, false),
				   note: %1$s.note, generalKnowledge: coalesce(%1$s.general_knowledge, false), papers: %3$s,
				   awayFrom: [k IN coalesce(%1$s.away_from, []) | coalesce(head([n IN names WHERE n.key = k]).name, k)],
				   via: [k IN coalesce(%1$s.via, []) | coalesce(head([n IN names WHERE n.key = k]).name, k)]}"""
			.formatted(r, NodeRef.cypher("startNode(" + r + ")"), papers(r));
	}

	static String typeList(List<MetaEdge> types) {
		return types.stream().map(MetaEdge::type).collect(Collectors.joining("|"));
	}

	static void checkHops(int maxHops) {
		if (maxHops < 1 || maxHops > MAX_HOPS) {
			throw new InvalidRequestException("maxHops",
					"Parameter 'maxHops' must be between 1 and " + MAX_HOPS + ", was " + maxHops + ".");
		}
	}

}
