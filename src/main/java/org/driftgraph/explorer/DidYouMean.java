package org.driftgraph.explorer;

/**
 * A "did you mean" link.
 *
 * @param node the suggested node
 * @param href the page asked for, with the suggestion in place of the unknown key
 */
public record DidYouMean(NodeView node, String href) {
}
