package org.driftgraph.explorer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.driftgraph.drift.DriftEventSummary;
import org.driftgraph.literature.Citation;
import org.driftgraph.pathway.Claim;
import org.driftgraph.pathway.Explanation;
import org.driftgraph.pathway.Hop;
import org.driftgraph.pathway.HopDirection;
import org.driftgraph.pathway.Mechanism;
import org.driftgraph.pathway.Observation;

/**
 * The explain page's model, and the one place that reads the shape of the pathway records
 * ({@link Explanation}, {@link Hop}, {@link Claim}, {@link Observation}): templates and
 * exports see only these records and the shared {@link Citation}, so a change of the
 * pathway records' shape changes this class alone.
 *
 * @param from the drug or class asked about
 * @param to the reaction or disease asked about
 * @param summary one line: the best mechanism, or that none was found
 * @param observations who is reported to induce the reaction, the asked node's own first
 * @param mechanisms the ranked mechanisms, agreeing ones first
 * @param evidence the mechanisms' distinct hops, each once in order of first appearance:
 * a hop that several mechanisms share has one evidence panel, which keeps the page near
 * the size of the JSON answer
 * @param driftEvents the drift events behind the question
 * @param driftEventCount how many there are in all
 */
public record ExplainView(NodeView from, NodeView to, String summary, List<ObservationView> observations,
		List<MechanismView> mechanisms, List<HopView> evidence, List<DriftEventSummary> driftEvents,
		int driftEventCount) {

	/**
	 * @param explanation what {@code PathwayService.explain} returned
	 */
	static ExplainView of(Explanation explanation) {
		List<MechanismView> mechanisms = new ArrayList<>();
		for (Mechanism m : explanation.mechanisms()) {
			mechanisms.add(new MechanismView(mechanisms.size() + 1, m.hops().stream().map(ExplainView::hop).toList(),
					m.netDirection(), m.counterMechanism(), m.score(), m.scoreExplanation(), m.narrative(),
					m.contested()));
		}
		List<HopView> evidence = mechanisms.stream().flatMap(m -> m.hops().stream()).distinct().toList();
		return new ExplainView(NodeView.of(explanation.from()), NodeView.of(explanation.to()), explanation.summary(),
				explanation.observations().stream().map(ExplainView::observation).toList(), List.copyOf(mechanisms),
				evidence, explanation.driftEvents(), explanation.driftEventCount());
	}

	/**
	 * @return the id of the evidence panel of a hop of {@link #mechanisms}:
	 * {@code evidence-1} for the first
	 */
	public String evidenceId(HopView hop) {
		return "evidence-" + (evidence.indexOf(hop) + 1);
	}

	/**
	 * A hop of any pathway answer (explanations, profiles, paradoxes, neighbourhoods) as
	 * pages show it.
	 */
	static HopView hop(Hop hop) {
		return new HopView(hop.type(), hop.direction() == HopDirection.REVERSE, NodeView.of(hop.from()),
				NodeView.of(hop.to()), hop.sign(),
				hop.claims()
					.stream()
					.map(c -> new ClaimView(c.id(), NodeView.of(c.subject()), c.confidence(), c.contested(), c.note(),
							c.generalKnowledge(), papers(c.papers())))
					.toList(),
				hop.score(), hop.driftEvents());
	}

	/** An INDUCES claim (of an explanation, a cause or a paradox) as pages show it. */
	static ObservationView observation(Observation o) {
		return new ObservationView(o.claimId(), NodeView.of(o.culprit()), o.population(), o.incidence(), o.onset(),
				o.phenotype(), o.confidence(), o.contested(), o.note(), papers(o.papers()));
	}

	static List<Citation> papers(List<Citation> citations) {
		return citations.stream().filter(Objects::nonNull).toList();
	}

	/**
	 * @return every paper the answer cites (mechanisms, observations, drift events), each
	 * once, in order of citing
	 */
	public List<Citation> citedPapers() {
		Map<String, Citation> byKey = new LinkedHashMap<>();
		Stream
			.of(evidence.stream().flatMap(h -> h.papers().stream()),
					observations.stream().flatMap(o -> o.papers().stream()),
					driftEvents.stream().flatMap(e -> papers(e.papers()).stream()))
			.flatMap(s -> s)
			.forEach(p -> byKey.putIfAbsent(p.key(), p));
		return List.copyOf(byKey.values());
	}

	/**
	 * @return the layered diagram of all mechanisms, drug on the left, reaction on the
	 * right
	 */
	public Diagram diagram() {
		return Diagram.layered(mechanisms.stream().map(MechanismView::hops).toList(), to);
	}

	/**
	 * A curated claim behind a hop.
	 *
	 * @param id its row id ({@code R102}), or null for drift-event links
	 * @param subject what it is about: the hop's subject, or the class whose claim a drug
	 * inherits
	 * @param confidence high, medium or low
	 * @param contested whether the curated data marks it contested
	 * @param note the curators' note, or null
	 * @param generalKnowledge whether it rests on general knowledge (taxonomy only)
	 * @param papers its papers
	 */
	public record ClaimView(String id, NodeView subject, String confidence, boolean contested, String note,
			boolean generalKnowledge, List<Citation> papers) {
	}

	/**
	 * One hop of a mechanism.
	 *
	 * @param type the relationship type
	 * @param reverse whether the path crosses it from object to subject
	 * ({@code DRIVEN_BY})
	 * @param from where the path enters it
	 * @param to where the path leaves it
	 * @param sign +1 raises, -1 lowers, 0 unsigned
	 * @param claims the claims behind it
	 * @param score its evidence score
	 * @param driftEvents the keys of the explanation's drift events that support it,
	 * empty outside an explanation
	 */
	public record HopView(String type, boolean reverse, NodeView from, NodeView to, int sign, List<ClaimView> claims,
			double score, List<String> driftEvents) {

		/**
		 * @return the type as words: {@code SHIFTS_TOWARD} is "shifts toward"
		 */
		public String verb() {
			return type.toLowerCase(Locale.ROOT).replace('_', ' ');
		}

		public String signSymbol() {
			return sign > 0 ? "+" : sign < 0 ? "−" : "·";
		}

		public boolean contested() {
			return claims.stream().anyMatch(ClaimView::contested);
		}

		/**
		 * @return whether only general knowledge, no paper, stands behind it
		 */
		public boolean generalKnowledgeOnly() {
			return papers().isEmpty() && claims.stream().anyMatch(ClaimView::generalKnowledge);
		}

		/**
		 * @return the papers of all its claims, each once
		 */
		public List<Citation> papers() {
			return claims.stream()
				.flatMap(c -> c.papers().stream())
				.collect(Collectors.toMap(Citation::key, p -> p, (a, b) -> a, LinkedHashMap::new))
				.values()
				.stream()
				.toList();
		}

		/**
		 * @return the subject as stored: the path's exit for a reverse hop
		 */
		public NodeView subject() {
			return reverse ? to : from;
		}

		/**
		 * @return the object as stored
		 */
		public NodeView object() {
			return reverse ? from : to;
		}

	}

	/**
	 * A ranked mechanism.
	 *
	 * @param rank 1 for the best
	 * @param hops its hops in order
	 * @param netDirection +1 raises the reaction, -1 lowers it, 0 unsigned
	 * @param counterMechanism whether it predicts the opposite of the observations
	 * @param score its score
	 * @param scoreExplanation how the score came about
	 * @param narrative the mechanism in words
	 * @param contested whether a hop is contested
	 */
	public record MechanismView(int rank, List<HopView> hops, int netDirection, boolean counterMechanism, double score,
			String scoreExplanation, String narrative, boolean contested) {

		public String directionSymbol() {
			return netDirection > 0 ? "↑" : netDirection < 0 ? "↓" : "·";
		}

		public String directionWords() {
			return netDirection > 0 ? "raises" : netDirection < 0 ? "lowers" : "unsigned";
		}

	}

	/**
	 * A report that the drug (or its class) induces the reaction.
	 *
	 * @param claimId the INDUCES claim's row id
	 * @param culprit the drug or the class the claim is about
	 * @param population in whom, or null
	 * @param incidence how often, verbatim, or null
	 * @param onset when, verbatim, or null
	 * @param phenotype which form, or null
	 * @param confidence high, medium or low
	 * @param contested whether contested
	 * @param note the curators' note, or null
	 * @param papers its papers
	 */
	public record ObservationView(String claimId, NodeView culprit, String population, String incidence, String onset,
			String phenotype, String confidence, boolean contested, String note, List<Citation> papers) {
	}

}
