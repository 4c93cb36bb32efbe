package org.driftgraph.pathway;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.driftgraph.lookup.NodeRef;

/**
 * How strongly the evidence supports a claim, a hop and a path. A claim scores its
 * confidence weight (high 1.0, medium 0.6, low 0.3) times a source factor 1 - 0.5^n,
 * where n counts its distinct papers (general knowledge counts as one source): one paper
 * 0.5, two 0.75, three 0.875. A hop scores its best claim. A path is as strong as its
 * weakest hop; ties go to the shorter path.
 */
public final class Evidence {

	/**
	 * Best first: stronger weakest hop, then fewer hops, then by its hops' keys so that
	 * the order is stable.
	 */
	static final Comparator<Pathway> RANKING = Comparator.comparingDouble(Pathway::score)
		.reversed()
		.thenComparingInt(p -> p.hops().size())
		.thenComparing(p -> signature(p.hops()));

	/** Mechanisms that agree with the observations first, then as {@link #RANKING}. */
	static final Comparator<Mechanism> MECHANISMS = Comparator.comparing(Mechanism::counterMechanism)
		.thenComparing(Comparator.comparingDouble(Mechanism::score).reversed())
		.thenComparingInt(m -> m.hops().size())
		.thenComparing(m -> signature(m.hops()));

	private Evidence() {
	}

	static double weight(String confidence) {
		return switch (confidence == null ? "" : confidence) {
			case "high" -> 1.0;
			case "medium" -> 0.6;
			default -> 0.3;
		};
	}

	static double claimScore(Claim claim) {
		return claimScore(claim.confidence(), claim.papers().size(), claim.generalKnowledge());
	}

	/**
	 * A claim's score from its parts (public: the TRAPI endpoint scores curated edges as
	 * the pathway engine does).
	 * @param confidence high, medium or low
	 * @param papers how many papers it cites
	 * @param generalKnowledge whether it also rests on general knowledge
	 */
	public static double claimScore(String confidence, int papers, boolean generalKnowledge) {
		int sources = papers + (generalKnowledge ? 1 : 0);
		return round(weight(confidence) * (1 - Math.pow(0.5, sources)));
	}

	/**
	 * @return the claim a hop's score comes from: its best, the first of equals
	 */
	static Claim best(Hop hop) {
		Claim best = hop.claims().get(0);
		for (Claim claim : hop.claims()) {
			if (claimScore(claim) > claimScore(best)) {
				best = claim;
			}
		}
		return best;
	}

	static Hop hop(String type, HopDirection direction, NodeRef from, NodeRef to, int sign, List<Claim> claims,
			List<String> driftEvents) {
		double score = claims.stream().mapToDouble(Evidence::claimScore).max().orElse(0);
		return new Hop(type, direction, from, to, sign, List.copyOf(claims), score, List.copyOf(driftEvents));
	}

	static Pathway pathway(List<Hop> hops) {
		Hop weakest = weakest(hops);
		return new Pathway(List.copyOf(hops), weakest.score(), explain(hops, weakest), weakest, Narrative.of(hops),
				contested(hops));
	}

	/**
	 * @param observed the direction the observations report (+1 induces), or 0 when there
	 * are none
	 */
	static Mechanism mechanism(List<Hop> hops, int observed) {
		Hop weakest = weakest(hops);
		int net = hops.stream().mapToInt(Hop::sign).reduce(1, (a, b) -> a * b);
		return new Mechanism(List.copyOf(hops), net, observed != 0 && net == -observed, weakest.score(),
				explain(hops, weakest), weakest, Narrative.of(hops), contested(hops));
	}

	private static Hop weakest(List<Hop> hops) {
		return hops.stream().min(Comparator.comparingDouble(Hop::score)).orElseThrow();
	}

	private static boolean contested(List<Hop> hops) {
		return hops.stream().flatMap(h -> h.claims().stream()).anyMatch(Claim::contested);
	}

	private static String explain(List<Hop> hops, Hop weakest) {
		Claim claim = best(weakest);
		return String.format(Locale.ROOT,
				"%d hop(s), scored by the weakest: %s %s %s, its best claim %s: %s confidence, %d paper(s)%s = %.3f",
				hops.size(), weakest.from().key(), arrow(weakest), weakest.to().key(), claim.id(), claim.confidence(),
				claim.papers().size(), claim.generalKnowledge() ? " + general knowledge" : "", weakest.score());
	}

	private static String arrow(Hop hop) {
		return hop.direction() == HopDirection.REVERSE ? "<-" + hop.type() + "-" : "-" + hop.type() + "->";
	}

	/**
	 * @return the path as keys and types, e.g.
	 * {@code adalimumab -SHIFTS_TOWARD-> th2 <-DRIVEN_BY- eczematous_eruption}
	 */
	static String signature(List<Hop> hops) {
		return hops.get(0).from().key()
				+ hops.stream().map(h -> " " + arrow(h) + " " + h.to().key()).collect(Collectors.joining());
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
