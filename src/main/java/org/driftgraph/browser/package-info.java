/**
 * Neo4j Browser on DriftGraph: the style sheet that tells subsets, drugs and reactions
 * apart, and the guide that walks a newcomer through the drift story with queries from
 * {@code cypher/examples}. This service serves both (CORS-open, since Neo4j Browser
 * fetches them from another origin); the embedded Neo4j asks Browser to open them on
 * connect.
 */
package org.driftgraph.browser;
