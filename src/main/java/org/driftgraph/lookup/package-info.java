/**
 * Finding nodes: by key, by CURIE (or cross-reference), and by name or synonym through
 * the full-text index ({@code Cosentyx} finds secukinumab, {@code TARC} finds CCL17).
 */
package org.driftgraph.lookup;
