/**
 * The graph, or a subgraph around a node or a drift event, written out for other tools:
 * KGX (TSV and JSON Lines, with Biolink categories and predicates), GraphML for Gephi and
 * Cytoscape, Cytoscape.js JSON, and the curated format itself, which loads back into an
 * empty database as the same graph. Every export streams from one read transaction into
 * the files a {@link org.driftgraph.export.FileSink} opens; {@code /api/export} serves
 * them over HTTP.
 */
package org.driftgraph.export;
