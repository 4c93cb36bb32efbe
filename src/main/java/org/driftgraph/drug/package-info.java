/**
 * Drugs, drug classes and non-drug therapies: what patients receive, and what rescues a drift reaction.
 */
package org.driftgraph.drug;
