package org.driftgraph.pathway;

import java.util.List;

/**
 * A node as it appears in a result.
 *
 * @param key its key
 * @param name its display name (a paper's title)
 * @param labels its labels
 */
public record NodeRef(String key, String name, List<String> labels) {
}
