package org.driftgraph.pathway;

import java.util.List;

import org.driftgraph.literature.Citation;
import org.driftgraph.lookup.NodeRef;

/**
 * A clinical claim that a drug or class induces the reaction ({@code INDUCES}), with the
 * context it was made in.
 *
 * @param claimId its row id ({@code R125})
 * @param culprit the drug or class the claim is about
 * @param population the population or indication it was observed in, or null
 * @param incidence incidence, verbatim, or null
 * @param onset onset, verbatim, or null
 * @param phenotype the clinical picture, or null
 * @param confidence high, medium or low
 * @param contested whether the curated data marks it contested
 * @param note the curators' note, or null
 * @param papers the papers reporting it
 */
public record Observation(String claimId, NodeRef culprit, String population, String incidence, String onset,
		String phenotype, String confidence, boolean contested, String note, List<Citation> papers) {
}
