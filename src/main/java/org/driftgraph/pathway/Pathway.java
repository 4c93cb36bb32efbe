package org.driftgraph.pathway;

import java.util.List;

/**
 * A path between two nodes that need not be a mechanism (a connection, a rescue
 * suggestion), ranked by its weakest hop.
 *
 * @param hops the hops in order
 * @param score the weakest hop's score, see {@link Evidence}
 * @param scoreExplanation how the score came about, in words
 * @param weakestHop the hop that sets the score
 * @param narrative one sentence from per-type templates, with the paper keys of each hop
 * in brackets
 * @param contested whether any claim on it is contested
 */
public record Pathway(List<Hop> hops, double score, String scoreExplanation, Hop weakestHop, String narrative,
		boolean contested) {
}
