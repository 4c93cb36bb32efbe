package org.driftgraph.pathway;

import java.util.List;

import org.driftgraph.drift.DriftEventSummary;
import org.driftgraph.lookup.NodeRef;

/**
 * A drug or class that is reported to induce a reaction.
 *
 * @param culprit the drug or class
 * @param observations its INDUCES claims (a drug may have several, from different
 * populations)
 * @param members for a class, the drugs that belong to it
 * @param shifts the culprit's own shift toward a subset that drives the reaction:
 * SHIFTS_TOWARD then DRIVEN_BY
 * @param driftEvents the drift events that document it, the first
 * {@value PathwayService#MAX_DRIFT_EVENTS} by key
 * @param driftEventCount how many drift events document it
 */
public record Cause(NodeRef culprit, List<Observation> observations, List<String> members, List<Mechanism> shifts,
		List<DriftEventSummary> driftEvents, int driftEventCount) {
}
