package org.driftgraph.explorer;

import java.util.List;

/**
 * A paradoxical reaction as the page lists it.
 *
 * @param drug the drug or class
 * @param treats its TREATS claim
 * @param induces its INDUCES claim (possibly its class's)
 * @param reaction the reaction it induces
 * @param kind why it is paradoxical, in words
 * @param evidence the resemblance or the shift behind it
 */
public record ParadoxRow(NodeView drug, ExplainView.HopView treats, ExplainView.ObservationView induces,
		NodeView reaction, String kind, List<ExplainView.HopView> evidence) {
}
