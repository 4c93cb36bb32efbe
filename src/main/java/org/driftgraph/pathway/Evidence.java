package org.driftgraph.pathway;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How strongly the evidence supports a hop and a path. A hop scores its confidence weight (high 1.0, medium 0.6,
 * low 0.3) times a source factor 1 - 0.5^n, where n counts its distinct papers (general knowledge counts as one
 * source): one paper 0.5, two 0.75, three 0.875. A path is as strong as its weakest hop; ties go to the shorter path.
 */
public final class Evidence {

	/** Best first: stronger weakest hop, then fewer hops. */
	static final Comparator<Pathway> RANKING = Comparator.comparingDouble(Pathway::score)
		.reversed()
		.thenComparingInt(p -> p.hops().size())
		.thenComparing(p -> p.hops().toString());

	private Evidence() {
	}

	static double weight(String confidence) {
		return switch (confidence == null ? "" : confidence) {
			case "high" -> 1.0;
			case "medium" -> 0.6;
			default -> 0.3;
		};
	}

	public static double hopScore(String confidence, int papers, boolean generalKnowledge) {
		int sources = papers + (generalKnowledge ? 1 : 0);
		return round(weight(confidence) * (1 - Math.pow(0.5, sources)));
	}

	static Pathway pathway(List<Hop> hops) {
		Hop weakest = hops.stream().min(Comparator.comparingDouble(Hop::score)).orElseThrow();
		int net = hops.stream().mapToInt(Hop::sign).reduce(1, (a, b) -> a * b);
		String explanation = String.format(Locale.ROOT,
				"%d hop(s); weakest hop %s %s %s %s: %s confidence, %d paper(s)%s = %.3f", hops.size(),
				weakest.id() == null ? "" : weakest.id(), weakest.from().key(),
				weakest.direction().equals("reverse") ? "<-" + weakest.type() + "-" : "-" + weakest.type() + "->",
				weakest.to().key(),
				weakest.confidence(), weakest.papers().size(), weakest.generalKnowledge() ? " + general knowledge" : "",
				weakest.score());
		return new Pathway(List.copyOf(hops), net, weakest.score(), explanation,
				hops.stream().anyMatch(Hop::contested));
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
