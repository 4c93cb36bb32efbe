package org.driftgraph.pathway;

import java.util.List;

import org.driftgraph.lookup.NodeRef;

/**
 * One step of a path, with the claims behind it.
 *
 * @param type the relationship type
 * @param direction {@code forward} when the path runs subject → object, {@code reverse}
 * when object → subject
 * @param from where the path enters the hop
 * @param to where the path leaves it
 * @param sign the type's sign along its flow: +1 raises, -1 lowers, 0 unsigned
 * @param claims the curated claims behind it: the drug's own first, then the class-level
 * ones it inherits
 * @param score its evidence score: its best claim's, see {@link Evidence}
 * @param driftEvents in an {@link Explanation}, the keys of its listed drift events that
 * support the hop: each end of the hop is the asked node, the reaction, or a subset or
 * molecule the event names (shifts from, shifts to, involves); empty in other answers,
 * which list no drift events per question
 */
public record Hop(String type, HopDirection direction, NodeRef from, NodeRef to, int sign, List<Claim> claims,
		double score, List<String> driftEvents) {
}
