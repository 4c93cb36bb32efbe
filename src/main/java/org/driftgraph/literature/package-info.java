/**
 * Papers: the review and its references, the evidence behind every claim in the graph.
 */
package org.driftgraph.literature;
