package org.driftgraph.trapi;

import java.util.List;

import org.driftgraph.pathway.Explanation;
import org.driftgraph.pathway.Hop;
import org.driftgraph.pathway.Pathway;
import org.driftgraph.schema.MetaEdge;

/**
 * The one place that reads the pathway engine's answer for the {@code inferred} mode. It reads
 * {@link Explanation#paths()}: a mechanism is a path that does not go through an {@code INDUCES} relationship (that is
 * the observation, answered by a lookup) and whose net direction raises the reaction. When {@code explain} returns
 * ranked mechanisms of claims instead (issue 13), only this class changes.
 */
final class Mechanisms {

	private Mechanisms() {
	}

	/**
	 * A mechanism by which a drug raises a reaction.
	 * @param score its evidence score (its weakest hop's)
	 * @param explanation how the score came about
	 * @param claims the relationships of its hops, in order
	 */
	record Mechanism(double score, String explanation, List<Claim> claims) {
	}

	/**
	 * A stored relationship behind a hop.
	 * @param subject its subject's key
	 * @param type its type
	 * @param object its object's key
	 * @param id the curated row id, or null
	 */
	record Claim(String subject, String type, String object, String id) {
	}

	/** @return the mechanisms supporting "the drug causes the reaction", best first */
	static List<Mechanism> supporting(Explanation explanation) {
		return explanation.paths()
			.stream()
			.filter(p -> p.netDirection() > 0)
			.filter(p -> p.hops().stream().noneMatch(h -> h.type().equals(MetaEdge.INDUCES.type())))
			.map(Mechanisms::mechanism)
			.toList();
	}

	private static Mechanism mechanism(Pathway path) {
		return new Mechanism(path.score(), path.scoreExplanation(), path.hops().stream().map(Mechanisms::claim).toList());
	}

	private static Claim claim(Hop hop) {
		boolean forward = hop.direction().equals("forward");
		return new Claim(forward ? hop.from().key() : hop.to().key(), hop.type(),
				forward ? hop.to().key() : hop.from().key(), hop.id());
	}

}
