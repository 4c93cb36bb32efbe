package org.driftgraph.pathway;

import java.util.List;

import org.driftgraph.literature.Citation;
import org.driftgraph.lookup.NodeRef;

/**
 * What can be done about a drift reaction, split by the kind of evidence.
 *
 * @param drug the culprit asked about
 * @param reaction the reaction asked about
 * @param reported management and switches reported in the literature: for this drug's
 * drift events, and for the reaction in general (each hop's note says in which context)
 * @param suggestions mechanistic suggestions only, not reported rescues: classes that
 * inhibit a cytokine of the subset the drug shifts toward, where that subset drives the
 * reaction
 */
public record RescueOptions(NodeRef drug, NodeRef reaction, List<ReportedRescue> reported, List<Pathway> suggestions) {

	/**
	 * @param option the drug, class or therapy
	 * @param source where it is reported: a drift event key, or the curated row id of a
	 * MANAGED_BY claim
	 * @param context the setting it was reported in
	 * @param confidence high, medium or low
	 * @param papers the papers reporting it
	 */
	public record ReportedRescue(NodeRef option, String source, String context, String confidence,
			List<Citation> papers) {
	}

}
