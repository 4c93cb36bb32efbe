/**
 * The knowledge base's import pipeline: the one loader that reads the curated data files
 * ({@code src/main/resources/kb/*.tsv}) and users' curated or KGX files through
 * {@code org.driftgraph.format}, validates them and writes them in a single transaction,
 * so that a bad row changes nothing. The loaded release is recorded as a {@code :Release}
 * node.
 */
package org.driftgraph.kb;
