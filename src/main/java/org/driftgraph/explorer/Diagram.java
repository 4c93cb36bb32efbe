package org.driftgraph.explorer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.driftgraph.explorer.ExplainView.HopView;

/**
 * A diagram laid out on the server: Cytoscape.js draws it at these positions
 * ({@code preset} layout), and the SVG export draws the very same picture, so both say
 * the same.
 *
 * @param nodes the nodes with their positions
 * @param edges the edges, each drawn once
 */
public record Diagram(List<Node> nodes, List<Edge> edges) {

	static final int COLUMN = 280;

	static final int ROW = 90;

	/**
	 * @param key the node's key (the {@code data-key} of its element)
	 * @param name its label
	 * @param kind what it is (its colour)
	 * @param x centre, pixels from the left
	 * @param y centre, pixels from the top
	 */
	public record Node(String key, String name, Kind kind, int x, int y) {
	}

	/**
	 * @param source the key the arrow starts at
	 * @param target the key it points to
	 * @param label its type, with an arrow when the path reads it backwards
	 * @param sign +1, -1 or 0
	 * @param contested whether a claim behind it is contested
	 */
	public record Edge(String source, String target, String label, int sign, boolean contested) {
	}

	/**
	 * @return whether an edge between these nodes would cross the nodes between them, so
	 * is drawn as an arc
	 */
	static boolean arc(Node from, Node to) {
		return from.y() == to.y() && Math.abs(to.x() - from.x()) > COLUMN;
	}

	/**
	 * @return the width the nodes need, for the SVG
	 */
	public int width() {
		return nodes.stream().mapToInt(Node::x).max().orElse(0) + COLUMN;
	}

	/**
	 * @return the height the nodes need, for the SVG
	 */
	public int height() {
		return nodes.stream().mapToInt(Node::y).max().orElse(0) + ROW;
	}

	/**
	 * Paths left to right: a node's column is the furthest position it has on any path,
	 * the end node takes the last column, and a column's nodes stack in the order the
	 * paths (best first) meet them.
	 */
	static Diagram layered(List<List<HopView>> paths, NodeView end) {
		Map<String, NodeView> nodes = new LinkedHashMap<>();
		Map<String, Integer> column = new LinkedHashMap<>();
		Map<String, Edge> edges = new LinkedHashMap<>();
		for (List<HopView> path : paths) {
			for (int i = 0; i < path.size(); i++) {
				HopView hop = path.get(i);
				place(nodes, column, hop.from(), i);
				place(nodes, column, hop.to(), i + 1);
				edges.putIfAbsent(hop.from().key() + ">" + hop.type() + ">" + hop.to().key(), edge(hop));
			}
		}
		int last = column.values().stream().mapToInt(Integer::intValue).max().orElse(0);
		if (column.containsKey(end.key())) {
			column.put(end.key(), last);
		}
		Map<Integer, Integer> rows = new LinkedHashMap<>();
		List<Node> placed = new ArrayList<>();
		nodes.forEach((key, node) -> {
			int x = column.get(key);
			int y = rows.merge(x, 1, Integer::sum) - 1;
			placed.add(new Node(key, node.name(), node.kind(), COLUMN / 2 + x * COLUMN, ROW / 2 + y * ROW));
		});
		return new Diagram(List.copyOf(placed), List.copyOf(edges.values()));
	}

	/** One node in the middle, its neighbours on a circle around it. */
	static Diagram star(NodeView centre, List<HopView> hops) {
		Map<String, NodeView> around = new LinkedHashMap<>();
		Map<String, Edge> edges = new LinkedHashMap<>();
		for (HopView hop : hops) {
			around.putIfAbsent(hop.to().key(), hop.to());
			edges.putIfAbsent(hop.subject().key() + ">" + hop.type() + ">" + hop.object().key(),
					new Edge(hop.subject().key(), hop.object().key(), hop.type(), hop.sign(), hop.contested()));
		}
		around.remove(centre.key());
		int radius = Math.max(160, around.size() * 18);
		List<Node> placed = new ArrayList<>();
		placed.add(new Node(centre.key(), centre.name(), centre.kind(), radius + COLUMN / 2, radius + ROW / 2));
		int i = 0;
		for (NodeView node : around.values()) {
			double angle = 2 * Math.PI * i++ / around.size();
			placed.add(new Node(node.key(), node.name(), node.kind(),
					(int) Math.round(radius + COLUMN / 2 + radius * Math.cos(angle)),
					(int) Math.round(radius + ROW / 2 + radius * Math.sin(angle))));
		}
		return new Diagram(List.copyOf(placed), List.copyOf(edges.values()));
	}

	private static void place(Map<String, NodeView> nodes, Map<String, Integer> column, NodeView node, int position) {
		nodes.putIfAbsent(node.key(), node);
		column.merge(node.key(), position, Math::max);
	}

	private static Edge edge(HopView hop) {
		return new Edge(hop.from().key(), hop.to().key(), hop.reverse() ? "← " + hop.type() : hop.type(), hop.sign(),
				hop.contested());
	}

}
