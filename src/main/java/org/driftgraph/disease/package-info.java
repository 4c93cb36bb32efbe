/**
 * Diseases (indications and drift outcomes), paradoxical adverse reactions, and risk factors.
 */
package org.driftgraph.disease;
