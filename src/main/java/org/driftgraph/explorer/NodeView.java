package org.driftgraph.explorer;

import org.driftgraph.lookup.NodeRef;

/**
 * A node as a page shows it: a chip or a link to its entity page. The one node view
 * ({@link NodeRef}) with what the templates need ready: a name to show and its
 * {@link Kind}.
 *
 * @param key its key
 * @param name its display name
 * @param kind what it is
 */
public record NodeView(String key, String name, Kind kind) {

	static NodeView of(NodeRef node) {
		return new NodeView(node.key(), node.name() == null ? node.key() : node.name(), Kind.of(node.labels()));
	}

}
