package org.driftgraph.pathway;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.driftgraph.schema.Label;
import org.driftgraph.schema.MetaEdge;

/**
 * Renders traversal Cypher from the metagraph (public so that Java clients and the benchmark run the very Cypher
 * {@link PathwayService} runs). Relationship types come only from {@link MetaEdge}; hop bounds are
 * validated integers; every other value is a parameter.
 */
public final class PathQueries {

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
	 * {@code DRIVEN_BY}), no node repeats, at most {@code maxHops} hops. A backward hop can only be the last one,
	 * because the nodes it leads to (diseases and reactions) start no flow ({@code PathQueriesTests} holds the
	 * metagraph to that). So every hop before it is an outgoing relationship of a few types, and a hub is never
	 * asked for all of its incoming relationships: the query reads the start's downstream neighbourhood only.
	 */
	public static String causalPaths(int maxHops) {
		checkHops(maxHops);
		String forward = typeList(causalTypes().stream().filter(t -> t.flow() == MetaEdge.Flow.FORWARD).toList());
		String reverse = typeList(causalTypes().stream().filter(t -> t.flow() == MetaEdge.Flow.REVERSE).toList());
		String beforeLastHop = maxHops == 1 ? "(start)" : "(start) (()-[:%s]->()){0,%d} ()".formatted(forward, maxHops - 1);
		return """
				MATCH (start:%1$s {key: $from}), (target:%1$s {key: $to})
				CALL (start, target) {
				  MATCH p = (start) (()-[:%2$s]->()){1,%3$d} (target)
				  RETURN p
				  UNION
				  MATCH p = %4$s<-[:%5$s]-(target)
				  RETURN p
				}
				WITH p WHERE all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
				RETURN p
				LIMIT $limit""".formatted(Label.ANY, forward, maxHops, beforeLastHop, reverse);
	}

	/** All shortest connections between {@code $from} and {@code $to} in either direction. */
	static String shortestConnections(int maxHops) {
		checkHops(maxHops);
		return """
				MATCH (a:%s {key: $from}), (b:%s {key: $to})
				MATCH p = allShortestPaths((a)-[:%s*..%d]-(b))
				RETURN p
				LIMIT $limit""".formatted(Label.ANY, Label.ANY, typeList(connectingTypes()), maxHops);
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
