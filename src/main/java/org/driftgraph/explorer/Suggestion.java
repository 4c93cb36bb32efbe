package org.driftgraph.explorer;

/**
 * One suggestion.
 *
 * @param key the node's key
 * @param name its name
 * @param kind what it is, in words
 * @param css the CSS class of its kind
 * @param match what matched when it is not the name (a synonym such as Cosentyx, a
 * CURIE), or null
 * @param href its entity page
 */
public record Suggestion(String key, String name, String kind, String css, String match, String href) {
}
