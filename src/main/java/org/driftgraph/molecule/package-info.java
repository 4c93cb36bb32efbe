/**
 * Molecular targets, cytokines, receptors and biomarkers: the signals between drugs and T-helper subsets.
 */
package org.driftgraph.molecule;
