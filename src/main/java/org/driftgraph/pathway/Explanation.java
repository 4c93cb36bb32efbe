package org.driftgraph.pathway;

import java.util.List;

import org.driftgraph.drift.DriftEventSummary;
import org.driftgraph.lookup.NodeRef;

/**
 * Why a drug or class leads to a reaction: what was observed, and the mechanisms that
 * explain it.
 *
 * @param from the drug or class asked about
 * @param to the reaction or disease asked about
 * @param summary the best mechanism's narrative that agrees with the observations, or a
 * sentence saying there is none
 * @param observations the claims that the drug, its class (or, for a class, its members)
 * induces the reaction, one per claim id: the asked node's own first
 * @param mechanisms the causal paths, agreeing ones first, each group best evidence first
 * @param driftEvents the drift events that document this drug (or its class) leading to
 * this reaction, the first {@value PathwayService#MAX_DRIFT_EVENTS} by key
 * @param driftEventCount how many drift events document it
 */
public record Explanation(NodeRef from, NodeRef to, String summary, List<Observation> observations,
		List<Mechanism> mechanisms, List<DriftEventSummary> driftEvents, int driftEventCount) {
}
