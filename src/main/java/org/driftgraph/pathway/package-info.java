/**
 * Programmatic pathway traversal: what is observed about a drug and a reaction and the
 * mechanisms that explain it, what else causes it, what rescues it, and how any two nodes
 * connect, each hop with its relationship, direction and the curated claims behind it
 * (papers, confidence). {@link org.driftgraph.pathway.PathwayService} is the public Java
 * API and decides what an answer says; {@link org.driftgraph.pathway.PathQueries} renders
 * its Cypher from the metagraph ({@link org.driftgraph.schema.MetaEdge}) and
 * {@code PathwayRepository} maps the results onto the records; {@code /api/...} serves it
 * over HTTP.
 */
package org.driftgraph.pathway;
