package org.driftgraph.pathway;

import java.util.List;

/**
 * A drug or class that can induce a reaction.
 *
 * @param culprit the drug or class
 * @param induces the INDUCES claims (a drug may have several, from different populations) with their evidence
 * @param members for a class, the drugs that belong to it (they inherit the class-level claim)
 * @param shifts the culprit's shift toward a subset that drives the reaction: SHIFTS_TOWARD then DRIVEN_BY
 * @param driftEvents the drift events that document it, the first {@value PathwayService#MAX_DRIFT_EVENTS} by key
 * @param driftEventCount how many drift events document it
 */
public record Cause(NodeRef culprit, List<Hop> induces, List<String> members, List<Pathway> shifts,
		List<DriftEventSummary> driftEvents, int driftEventCount) {
}
