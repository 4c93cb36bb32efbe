package org.driftgraph.pathway;

import java.util.List;

/**
 * A path of hops, ranked by its weakest hop.
 *
 * @param hops the hops in order
 * @param netDirection the product of the hops' signs: +1 the start raises the end, -1 lowers it, 0 unsigned
 * @param score the weakest hop's score
 * @param scoreExplanation how the score came about, in words
 * @param contested whether any hop is contested
 */
public record Pathway(List<Hop> hops, int netDirection, double score, String scoreExplanation, boolean contested) {
}
