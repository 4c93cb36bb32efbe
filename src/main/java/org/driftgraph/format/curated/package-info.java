/**
 * DriftGraph's own release format ({@code src/main/resources/kb/*.tsv}):
 * {@link org.driftgraph.format.curated.CuratedTable} declares the files and their columns
 * once, {@link org.driftgraph.format.curated.CuratedFormat} reads them into records for
 * the import, {@link org.driftgraph.format.curated.CuratedWriter} writes them for the
 * export and the synthetic generator.
 */
package org.driftgraph.format.curated;
