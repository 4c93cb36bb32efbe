/**
 * Where DriftGraph meets its database: the embedded Neo4j server (the default), the
 * switch to an external Neo4j through {@code NEO4J_URI}, schema migrations from
 * {@code cypher/schema}, and what {@code /actuator/info} tells about them. Nothing here
 * reads or writes graph data; every feature does that through the driver over Bolt.
 */
package org.driftgraph.config;
