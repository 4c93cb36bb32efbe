/**
 * Drift events: reified, n-ary claims that a culprit shifts the CD4+ balance in a treated
 * disease into a reaction.
 */
package org.driftgraph.drift;
