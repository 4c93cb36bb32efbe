/**
 * The knowledge base: the curated data files ({@code src/main/resources/kb/*.tsv}), and the one loader that reads,
 * validates and writes them (and, later, users' files in the same format) in a single transaction, so that a bad row
 * changes nothing. The loaded release is recorded as a {@code :Release} node.
 */
package org.driftgraph.kb;
