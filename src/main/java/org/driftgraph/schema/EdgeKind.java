package org.driftgraph.schema;

/**
 * What kind of knowledge a relationship type carries, which decides what evidence it
 * needs.
 */
public enum EdgeKind {

	/**
	 * What the domain sheet allows to rest on general knowledge ({@code GK}): class
	 * membership, molecular targets, subunits and receptors, approved indications, and
	 * the textbook definition of the T-helper subsets (their signature cytokines and
	 * differentiation drivers, section a4 of the sheet).
	 */
	TAXONOMY,
	/** A mechanism: always backed by at least one paper. */
	MECHANISM,
	/** A clinical observation: always backed by at least one paper. */
	CLINICAL,
	/** The structure of a reified drift event or of the literature. */
	EVENT;

	/**
	 * @return whether a relationship of this kind may rest on general knowledge alone
	 */
	public boolean allowsGeneralKnowledge() {
		return this == TAXONOMY;
	}

}
