/**
 * Quality assurance as code: invariants of the graph (every claim cited, every cited
 * paper present, no orphans, well-formed CURIEs, unique keys, counts as released), each a
 * query in {@code cypher/qa}. Served at {@code /actuator/qa} and enforced by a test.
 */
package org.driftgraph.qa;
