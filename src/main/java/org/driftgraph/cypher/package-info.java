/**
 * The read-only Cypher endpoint: any read query with parameters, checked before it runs
 * (no writes, no LOAD CSV), run in a read transaction with a timeout and a row cap,
 * answered as JSON nodes, relationships and paths.
 */
package org.driftgraph.cypher;
