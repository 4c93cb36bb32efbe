package org.driftgraph.pathway;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.driftgraph.schema.MetaEdge;

/**
 * Renders traversal Cypher from the metagraph. Relationship types come only from {@link MetaEdge}; hop bounds are
 * validated integers; every other value is a parameter.
 */
final class PathQueries {

	/** The largest hop bound any query accepts. */
	static final int MAX_HOPS = 6;

	private PathQueries() {
	}

	/** Types along which an effect travels, in metagraph order. */
	static List<MetaEdge> causalTypes() {
		return Arrays.stream(MetaEdge.values()).filter(t -> t.flow() != MetaEdge.Flow.NONE).toList();
	}

	/** Types that {@code connect} may cross: all but citations and evidence links, which would join everything. */
	static List<MetaEdge> connectingTypes() {
		return Arrays.stream(MetaEdge.values())
			.filter(t -> t != MetaEdge.CITES && t != MetaEdge.REPORTED_IN)
			.toList();
	}

	/**
	 * Causal paths from {@code $from} to {@code $to}: every hop follows its type's flow (forward, or backward for
	 * {@code DRIVEN_BY}), no node repeats, at most {@code maxHops} hops.
	 */
	static String causalPaths(int maxHops) {
		checkHops(maxHops);
		List<MetaEdge> types = causalTypes();
		String reverse = types.stream()
			.filter(t -> t.flow() == MetaEdge.Flow.REVERSE)
			.map(t -> "'" + t.type() + "'")
			.collect(Collectors.joining(", "));
		return """
				MATCH (start {key: $from}), (target {key: $to})
				MATCH p = (start) ((a)-[r:%s]-(b)
				      WHERE CASE WHEN type(r) IN [%s] THEN endNode(r) = a ELSE startNode(r) = a END){1,%d} (target)
				WHERE all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
				RETURN p
				LIMIT $limit""".formatted(typeList(types), reverse, maxHops);
	}

	/** All shortest connections between {@code $from} and {@code $to} in either direction. */
	static String shortestConnections(int maxHops) {
		checkHops(maxHops);
		return """
				MATCH (a {key: $from}), (b {key: $to})
				MATCH p = allShortestPaths((a)-[:%s*..%d]-(b))
				RETURN p
				LIMIT $limit""".formatted(typeList(connectingTypes()), maxHops);
	}

	private static String typeList(List<MetaEdge> types) {
		return types.stream().map(MetaEdge::type).collect(Collectors.joining("|"));
	}

	private static void checkHops(int maxHops) {
		if (maxHops < 1 || maxHops > MAX_HOPS) {
			throw new IllegalArgumentException("maxHops must be between 1 and " + MAX_HOPS + ", was " + maxHops);
		}
	}

}
