/**
 * The metagraph: DriftGraph's node labels and relationship types held as data (as
 * hetionet's metaedges are). The loader validates every row against it, and traversal
 * Cypher is built from it, so a label or type that is not here can neither enter the
 * graph nor a query.
 */
package org.driftgraph.schema;
