/**
 * Cell types, above all the CD4+ T-helper subsets whose balance a biologic shifts.
 */
package org.driftgraph.tcell;
