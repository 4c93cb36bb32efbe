package org.driftgraph.pathway;

import java.util.List;

/**
 * A drug that treats one disease while inducing a reaction that mirrors it or sits on the opposite T-helper axis.
 *
 * @param drug the drug or class
 * @param treats the TREATS claim
 * @param induces the INDUCES claim (possibly the drug's class's)
 * @param kind {@code resembles-treated-disease} or {@code opposite-axis}
 * @param evidence the RESEMBLES claim, or the shift (SHIFTS_TOWARD with the treated disease's subset in away_from)
 */
public record ParadoxicalReaction(NodeRef drug, Hop treats, Hop induces, String kind, List<Hop> evidence) {
}
