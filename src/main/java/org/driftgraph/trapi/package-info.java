/**
 * DriftGraph as a knowledge provider of the Biomedical Data Translator: the Translator
 * Reasoner API (TRAPI) 1.5.0 at {@code /trapi/1.5}. Query graphs of one to three edges
 * are answered from the curated relationships, named in the Biolink Model as the KGX
 * export names them ({@link org.driftgraph.schema.Biolink}); an {@code inferred} drug →
 * reaction edge is answered by the pathway engine, its mechanisms attached as support
 * graphs. The meta knowledge graph is computed from the metagraph and the graph, so it
 * lists only what a query can return.
 */
package org.driftgraph.trapi;
