package org.driftgraph.pathway;

import java.util.List;

/**
 * A signed causal path from a drug (or its class) to a reaction through at least one
 * molecule or cell type. It never contains an {@code INDUCES} hop or another type that is
 * not a causal step.
 *
 * @param hops the hops in order; a hop the drug has itself and inherits from its class is
 * one hop with both claims
 * @param netDirection the product of the hops' signs: +1 raises the reaction, -1 lowers
 * it, 0 unsigned
 * @param counterMechanism whether it predicts the opposite of the observations (they say
 * the drug induces it)
 * @param score the weakest hop's score, see {@link Evidence}
 * @param scoreExplanation how the score came about, in words
 * @param weakestHop the hop that sets the score
 * @param narrative one sentence from per-type templates, with the paper keys of each hop
 * in brackets
 * @param contested whether any claim on it is contested
 */
public record Mechanism(List<Hop> hops, int netDirection, boolean counterMechanism, double score,
		String scoreExplanation, Hop weakestHop, String narrative, boolean contested) {
}
