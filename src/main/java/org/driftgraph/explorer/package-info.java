/**
 * The DriftGraph Explorer: server-side pages (jte templates in
 * {@code src/main/jte/explorer}, compiled to Java by the build) for people who write no
 * Cypher. Search with autocomplete, the explain page (how a drug leads to a reaction,
 * with a citation on every hop, and its exports), entity pages, paradoxical reactions and
 * contested claims. The pages only render what the Java API of the other features returns
 * ({@code lookup}, {@code pathway}, {@code literature});
 * {@link org.driftgraph.explorer.ExplainView} is the one place that reads the shape of
 * the pathway records. The diagram, drawn by Cytoscape.js from its WebJar, is the only
 * part that needs JavaScript.
 */
package org.driftgraph.explorer;
