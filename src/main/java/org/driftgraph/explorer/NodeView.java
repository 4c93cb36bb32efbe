package org.driftgraph.explorer;

import org.driftgraph.lookup.EntitySummary;
import org.driftgraph.pathway.NodeRef;

/**
 * A node as a page shows it: a chip or a link to its entity page.
 *
 * @param key its key
 * @param name its display name
 * @param kind what it is
 */
public record NodeView(String key, String name, Kind kind) {

	static NodeView of(NodeRef node) {
		return new NodeView(node.key(), node.name() == null ? node.key() : node.name(), Kind.of(node.labels()));
	}

	static NodeView of(EntitySummary entity) {
		return new NodeView(entity.key(), entity.name() == null ? entity.key() : entity.name(),
				Kind.of(entity.labels()));
	}

}
