package org.driftgraph.pathway;

import java.util.List;

import org.driftgraph.lookup.NodeRef;

/**
 * Everything the graph says about one T-helper subset (or other cell type), each with its
 * evidence.
 *
 * @param subset the cell type
 * @param drivenBy what drives its differentiation or expansion (DRIVES_DIFFERENTIATION,
 * EXPANDS, AMPLIFIES in)
 * @param produces the cytokines it produces
 * @param suppressedBy what suppresses or counter-regulates it
 * @param suppresses what it suppresses or counter-regulates
 * @param shiftedTowardBy drugs and classes that shift the balance toward it
 * @param shiftedAwayBy drugs and classes that shift the balance away from it
 * ({@code away_from})
 * @param drives the diseases and reactions it drives
 */
public record SubsetProfile(NodeRef subset, List<Hop> drivenBy, List<Hop> produces, List<Hop> suppressedBy,
		List<Hop> suppresses, List<Hop> shiftedTowardBy, List<Hop> shiftedAwayBy, List<Hop> drives) {
}
