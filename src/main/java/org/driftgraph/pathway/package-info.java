/**
 * Programmatic pathway traversal: how a drug leads to a reaction, what else causes it, what rescues it, and how any
 * two nodes connect, each hop with its relationship, direction, papers and confidence. Traversal Cypher is rendered
 * from the metagraph ({@link org.driftgraph.schema.MetaEdge}); {@link org.driftgraph.pathway.PathwayService} is the
 * public Java API and {@code /api/...} serves it over HTTP.
 */
package org.driftgraph.pathway;
