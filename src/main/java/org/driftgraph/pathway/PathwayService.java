package org.driftgraph.pathway;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.driftgraph.common.InvalidRequestException;
import org.driftgraph.common.NotFoundException;
import org.driftgraph.drift.DriftEventCypher;
import org.driftgraph.lookup.EntityLookup;
import org.driftgraph.lookup.NodeRef;
import org.driftgraph.pathway.PathwayRepository.EventLinks;
import org.driftgraph.pathway.PathwayRepository.MechanismRow;
import org.driftgraph.pathway.PathwayRepository.Route;
import org.driftgraph.pathway.PathwayRepository.Step;
import org.driftgraph.schema.Label;
import org.driftgraph.schema.MetaEdge;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * DriftGraph's public Java API for pathway questions. Usable as a bean without HTTP;
 * every answer is a record whose hops carry their relationship type, direction and claims
 * (each with its papers, title and DOI, and confidence). Unknown keys raise
 * {@link NotFoundException} with suggestions; keys of the wrong kind and out-of-range
 * bounds raise {@link InvalidRequestException}. The Cypher and its mapping live in
 * {@link PathwayRepository} and {@link PathQueries}; this class decides what an answer
 * says (docs/pathways.md, "Path rules").
 */
@Service
@Transactional(readOnly = true)
public class PathwayService {

	/** Hop bound of {@link #explain(String, String)}. */
	public static final int DEFAULT_HOPS = 5;

	/** How many ranked paths an answer keeps. */
	static final int MAX_PATHS = 25;

	/**
	 * How many drift events an answer lists (the first by key); its count says how many
	 * there are. Case data makes thousands per popular drug and reaction, and an answer
	 * must not grow with the graph. As many as a drift-event tally keeps, from which
	 * {@link #causesOf(String)} lists them.
	 */
	public static final int MAX_DRIFT_EVENTS = DriftEventCypher.TALLIED;

	/** How many relationships {@link #neighbourhood(String)} returns at most. */
	public static final int MAX_NEIGHBOURS = 200;

	private static final Set<Label> DRUGS = EnumSet.of(Label.DRUG, Label.DRUG_CLASS);

	private static final Set<Label> OUTCOMES = EnumSet.of(Label.ADVERSE_REACTION, Label.DISEASE);

	private final PathwayRepository repository;

	private final EntityLookup lookup;

	PathwayService(PathwayRepository repository, EntityLookup lookup) {
		this.repository = repository;
		this.lookup = lookup;
	}

	/**
	 * Observations and mechanisms from a drug or class to a reaction or disease, within
	 * {@value #DEFAULT_HOPS} hops.
	 */
	public Explanation explain(String drugOrClass, String reaction) {
		return explain(drugOrClass, reaction, DEFAULT_HOPS);
	}

	/**
	 * What is observed (the INDUCES claims of the drug, its class, or a class's members,
	 * with their context) and the mechanisms that explain it: causal paths from the drug
	 * or its class, every hop along its type's flow, through at least one molecule or
	 * cell type. A hop the drug has itself and inherits from its class is one hop with
	 * both claims, and a mechanism reached both ways is one mechanism. Mechanisms that
	 * agree with the observations come first, each group ranked by its weakest hop, then
	 * by length; one that predicts the opposite is kept and labelled a counter-mechanism.
	 */
	public Explanation explain(String drugOrClass, String reaction, int maxHops) {
		String cypher = PathQueries.mechanisms(maxHops);
		PathwayRepository.Clinical clinical = repository
			.clinical(drugOrClass, DRUGS, reaction, OUTCOMES, MAX_DRIFT_EVENTS)
			.orElseGet(() -> {
				resolve("from", drugOrClass, DRUGS); // says which key is missing or of
														// the wrong kind
				resolve("to", reaction, OUTCOMES);
				throw new IllegalStateException("found " + drugOrClass + " and " + reaction + " only when asked again");
			});
		NodeRef from = clinical.from();
		NodeRef to = clinical.to();
		int observed = clinical.observations().isEmpty() ? 0 : MetaEdge.INDUCES.sign();
		List<Mechanism> mechanisms = mechanisms(from, repository.mechanisms(cypher, from, to), observed,
				support(from, to, clinical.eventLinks()));
		String summary = mechanisms.stream()
			.filter(m -> !m.counterMechanism())
			.findFirst()
			.map(Mechanism::narrative)
			.orElse("No mechanism in the graph leads from " + Narrative.name(from, false) + " to "
					+ Narrative.name(to, true) + " within " + maxHops + " hops"
					+ (mechanisms.isEmpty() ? "" : " that agrees with the observations"));
		return new Explanation(from, to, summary, distinct(clinical.observations()), mechanisms, clinical.driftEvents(),
				clinical.driftEventCount());
	}

	/**
	 * Drugs and classes that induce a reaction, with the subset shift behind it and the
	 * drift events: those of each culprit and the reaction come from their tally
	 * ({@link DriftEventCypher}), so the answer costs the same however many drift events
	 * the graph holds.
	 */
	public List<Cause> causesOf(String reaction) {
		NodeRef to = resolve("reaction", reaction, OUTCOMES);
		return repository.causes(to, MAX_DRIFT_EVENTS)
			.stream()
			.map(row -> new Cause(row.culprit(), row.observations(), row.members(),
					mechanisms(row.culprit(), row.shifts().stream().map(PathwayService::firstHopApart).toList(),
							MetaEdge.INDUCES.sign(), (a, b) -> List.of()),
					row.driftEvents(), row.driftEventCount()))
			.toList();
	}

	/**
	 * Drugs that treat a disease while inducing a reaction that resembles it, or one
	 * driven by the subset the drug shifts toward, away from the subset that drives the
	 * treated disease (the opposite T-helper axis).
	 */
	public List<ParadoxicalReaction> paradoxicalReactions() {
		return repository.paradoxes()
			.stream()
			.map(row -> new ParadoxicalReaction(row.drug(), hops(row.treats()).get(0), row.induces(), row.kind(),
					hops(row.evidence()), row.reaction()))
			.toList();
	}

	/**
	 * Rescues for a drug's drift reaction: what the literature reports (for the drug's or
	 * its class's drift events, and for the reaction in general), kept apart from
	 * mechanistic suggestions (classes that inhibit a cytokine, or its receptor or
	 * subunit, of the subset the drug shifts toward, where that subset drives the
	 * reaction).
	 */
	public RescueOptions rescues(String drug, String reaction) {
		NodeRef culprit = resolve("drug", drug, DRUGS);
		NodeRef outcome = resolve("reaction", reaction, OUTCOMES);
		return new RescueOptions(culprit, outcome, repository.reportedRescues(culprit, outcome),
				rank(repository.rescueSuggestions(culprit, outcome)));
	}

	/**
	 * What drives, produces, suppresses a subset, which drugs shift toward or away from
	 * it, what it drives.
	 */
	public SubsetProfile subsetProfile(String subset) {
		NodeRef cell = resolve("subset", subset, EnumSet.of(Label.CELL_TYPE));
		Function<String, List<Hop>> around = pattern -> repository.around(pattern, cell.key())
			.stream()
			.map(route -> hops(route.steps()).get(0))
			.toList();
		return new SubsetProfile(cell,
				around.apply("MATCH p = ()-[:DRIVES_DIFFERENTIATION|EXPANDS|AMPLIFIES]->(:CellType {key: $subset})"),
				around.apply("MATCH p = (:CellType {key: $subset})-[:PRODUCES]->()"),
				around.apply("MATCH p = ()-[:SUPPRESSES|COUNTER_REGULATES]->(:CellType {key: $subset})"),
				around.apply("MATCH p = (:CellType {key: $subset})-[:SUPPRESSES|COUNTER_REGULATES]->()"),
				around.apply("MATCH p = ()-[:SHIFTS_TOWARD|POLARIZES_TOWARD]->(:CellType {key: $subset})"),
				around.apply("MATCH p = ()-[r:SHIFTS_TOWARD|POLARIZES_TOWARD]->() WHERE $subset IN r.away_from"),
				around.apply("MATCH p = (:CellType {key: $subset})<-[:DRIVEN_BY]-()"));
	}

	/**
	 * Every relationship of a node of any kind, each as a hop leaving that node (its
	 * direction says whether the node is the subject or the object), with its claim; at
	 * most {@value #MAX_NEIGHBOURS}, ordered by type and key.
	 */
	public List<Hop> neighbourhood(String key) {
		NodeRef node = resolve("key", key, EnumSet.allOf(Label.class));
		return repository.neighbourhood(node, MAX_NEIGHBOURS)
			.stream()
			.map(route -> hops(route.steps()).get(0))
			.toList();
	}

	/**
	 * The claims the curated data marks contested, with their notes and papers, by row
	 * id.
	 */
	public List<Hop> contestedClaims() {
		return repository.contested().stream().map(route -> hops(route.steps()).get(0)).toList();
	}

	/**
	 * The shortest connections between any two nodes (papers excepted) over every
	 * knowledge relationship type, ignoring direction, within {@code maxHops}. A
	 * connection is not a mechanism: it may cross observations and taxonomy. Unconnected
	 * nodes give an empty list.
	 */
	public List<Pathway> connect(String a, String b, int maxHops) {
		String cypher = PathQueries.connections(maxHops);
		Set<Label> notPapers = EnumSet.complementOf(EnumSet.of(Label.PAPER));
		NodeRef from = resolve("from", a, notPapers);
		NodeRef to = resolve("to", b, notPapers);
		return rank(repository.connections(cypher, from.key(), to.key()));
	}

	/**
	 * One mechanism per path: rows that differ only in which relationship stands behind a
	 * hop (the drug's or its class's, or parallel claims) become one, each hop listing
	 * its claims with the asked node's own first; ranked.
	 * @param support the drift events that support a hop between two nodes
	 */
	private static List<Mechanism> mechanisms(NodeRef start, List<MechanismRow> rows, int observed,
			BiFunction<NodeRef, NodeRef, List<String>> support) {
		Map<String, List<Hop>> merged = new LinkedHashMap<>();
		for (MechanismRow row : rows) {
			List<Hop> hops = new ArrayList<>();
			hops.add(hop(row.type(), HopDirection.FORWARD, start, row.to(), row.claims(), start, support));
			row.steps()
				.forEach(s -> hops
					.add(hop(s.type(), s.direction(), s.from(), s.to(), List.of(s.claim()), start, support)));
			merged.merge(Evidence.signature(hops), hops, (a, b) -> {
				List<Hop> both = new ArrayList<>();
				for (int i = 0; i < a.size(); i++) {
					List<Claim> claims = new ArrayList<>(a.get(i).claims());
					claims.addAll(b.get(i).claims());
					Hop h = a.get(i);
					both.add(hop(h.type(), h.direction(), h.from(), h.to(), claims, start, support));
				}
				return both;
			});
		}
		return merged.values()
			.stream()
			.map(hops -> Evidence.mechanism(hops, observed))
			.sorted(Evidence.MECHANISMS)
			.limit(MAX_PATHS)
			.toList();
	}

	/**
	 * A hop of these claims, without repeats, the asked node's own first, then those it
	 * inherits from its class.
	 */
	private static Hop hop(String type, HopDirection direction, NodeRef from, NodeRef to, List<Claim> claims,
			NodeRef asked, BiFunction<NodeRef, NodeRef, List<String>> support) {
		Map<String, Claim> distinct = new LinkedHashMap<>();
		claims.forEach(c -> distinct.putIfAbsent(c.id() + "@" + c.subject().key(), c));
		List<Claim> ordered = new ArrayList<>(distinct.values());
		ordered.sort(Comparator.comparing(c -> !c.subject().key().equals(asked.key())));
		return Evidence.hop(type, direction, from, to, sign(type), ordered, support.apply(from, to));
	}

	/**
	 * Which of an explanation's drift events support a hop: those of which each end of
	 * the hop is the asked node, the reaction, or a subset or molecule the event names.
	 * Every listed event is triggered by the asked node, its class or a member, and
	 * results in the reaction, so those two ends always match.
	 */
	private static BiFunction<NodeRef, NodeRef, List<String>> support(NodeRef asked, NodeRef reaction,
			List<EventLinks> events) {
		Predicate<String> end = key -> key.equals(asked.key()) || key.equals(reaction.key());
		return (a, b) -> events.stream()
			.filter(e -> Stream.of(a.key(), b.key()).allMatch(end.or(e.names()::contains)))
			.map(EventLinks::key)
			.toList();
	}

	/**
	 * A path from the culprit in the shape of {@link PathwayRepository#mechanisms}' rows.
	 */
	private static MechanismRow firstHopApart(List<Step> steps) {
		Step first = steps.get(0);
		return new MechanismRow(first.type(), first.to(), List.of(first.claim()), steps.subList(1, steps.size()));
	}

	private static List<Observation> distinct(List<Observation> observations) {
		Map<String, Observation> byClaim = new LinkedHashMap<>();
		observations.forEach(o -> byClaim.putIfAbsent(o.claimId(), o));
		return List.copyOf(byClaim.values());
	}

	private List<Pathway> rank(List<Route> routes) {
		return routes.stream()
			.map(route -> Evidence.pathway(hops(route.steps())))
			.sorted(Evidence.RANKING)
			.limit(MAX_PATHS)
			.toList();
	}

	/** Each step as a hop of its one claim. */
	private static List<Hop> hops(List<Step> steps) {
		return steps.stream()
			.map(s -> Evidence.hop(s.type(), s.direction(), s.from(), s.to(), sign(s.type()), List.of(s.claim()),
					List.of()))
			.toList();
	}

	private static int sign(String type) {
		return MetaEdge.of(type).map(MetaEdge::sign).orElse(0);
	}

	private NodeRef resolve(String parameter, String key, Set<Label> allowed) {
		return lookup.require(parameter, key, allowed).node();
	}

}
