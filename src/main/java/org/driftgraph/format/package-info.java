/**
 * The exchange formats, one package each, each owning both directions: {@code tsv} (the
 * tab-separated files the others are made of), {@code curated} (DriftGraph's own release
 * files) and {@code kgx} (the Biolink Model's knowledge graph exchange format). A format
 * depends only on the metagraph ({@code schema}); {@code kb} imports through it and
 * {@code export} writes through it.
 */
package org.driftgraph.format;
