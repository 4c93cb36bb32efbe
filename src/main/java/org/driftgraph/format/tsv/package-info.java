/**
 * Tab-separated files as every DriftGraph format spells them:
 * {@link org.driftgraph.format.tsv.TsvTable} reads them,
 * {@link org.driftgraph.format.tsv.TsvWriter} writes them, with one list separator
 * between them, and a {@link org.driftgraph.format.tsv.Problem} says where an input is
 * wrong.
 */
package org.driftgraph.format.tsv;
