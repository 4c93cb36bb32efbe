/**
 * KGX, the Biolink Model's knowledge graph exchange format, as TSV or JSON Lines:
 * {@link org.driftgraph.format.kgx.KgxFormat} reads it into records for the import (the
 * columns it declares are the ones {@link org.driftgraph.format.kgx.KgxWriter} writes for
 * the export), typing DriftGraph's own properties as the curated format's columns do.
 */
package org.driftgraph.format.kgx;
