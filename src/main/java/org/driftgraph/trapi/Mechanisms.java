package org.driftgraph.trapi;

import java.util.List;
import java.util.stream.Stream;

import org.driftgraph.pathway.Explanation;
import org.driftgraph.pathway.Hop;
import org.driftgraph.pathway.HopDirection;

/**
 * The one place that reads the pathway engine's answer for the {@code inferred} mode: the
 * mechanisms of {@link Explanation#mechanisms()} that agree with the observations and
 * raise the reaction, each as the stored relationships of its hops' claims (a drug's own
 * claim and the class claim it inherits are both there).
 */
final class Mechanisms {

	private Mechanisms() {
	}

	/**
	 * A mechanism by which a drug raises a reaction.
	 *
	 * @param score its evidence score (its weakest hop's)
	 * @param narrative the engine's sentence for it
	 * @param claims the relationships behind its hops, in order
	 */
	record Mechanism(double score, String narrative, List<Claim> claims) {
	}

	/**
	 * A stored relationship behind a hop.
	 *
	 * @param subject its subject's key
	 * @param type its type
	 * @param object its object's key
	 * @param id the curated row id
	 */
	record Claim(String subject, String type, String object, String id) {
	}

	/**
	 * @return the mechanisms supporting "the drug causes the reaction", best first
	 */
	static List<Mechanism> supporting(Explanation explanation) {
		return explanation.mechanisms()
			.stream()
			.filter(m -> !m.counterMechanism() && m.netDirection() > 0)
			.map(m -> new Mechanism(m.score(), m.narrative(), m.hops().stream().flatMap(Mechanisms::claims).toList()))
			.toList();
	}

	/**
	 * A forward hop's claims are about their subject (the drug, or its class); a reverse
	 * hop is stored backwards.
	 */
	private static Stream<Claim> claims(Hop hop) {
		return hop.claims()
			.stream()
			.map(c -> hop.direction() == HopDirection.FORWARD
					? new Claim(c.subject().key(), hop.type(), hop.to().key(), c.id())
					: new Claim(hop.to().key(), hop.type(), hop.from().key(), c.id()));
	}

}
