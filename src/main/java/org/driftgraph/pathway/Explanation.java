package org.driftgraph.pathway;

import java.util.List;

/**
 * How a drug or class leads to a reaction.
 *
 * @param from the drug or class asked about
 * @param to the reaction or disease asked about
 * @param paths the causal paths, best evidence first
 * @param directionsDisagree true when some paths raise the reaction and others lower it
 * @param driftEvents the drift events that document this drug (or its class) leading to this reaction, the first
 * {@value PathwayService#MAX_DRIFT_EVENTS} by key
 * @param driftEventCount how many drift events document it
 */
public record Explanation(NodeRef from, NodeRef to, List<Pathway> paths, boolean directionsDisagree,
		List<DriftEventSummary> driftEvents, int driftEventCount) {
}
