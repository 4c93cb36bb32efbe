package org.driftgraph.export;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.driftgraph.common.InvalidRequestException;
import org.driftgraph.common.Parameters;
import org.driftgraph.schema.Label;

/**
 * Which part of the graph an export holds: the whole graph, the neighbourhood of a node,
 * or a drift event with its evidence. An export holds the scope's nodes and every
 * relationship between two of them.
 */
public final class ExportScope {

	/** The widest neighbourhood an export takes. */
	public static final int MAX_HOPS = 3;

	private static final List<String> LABELS = Arrays.stream(Label.values()).map(Label::value).toList();

	private static final ExportScope WHOLE_GRAPH = new ExportScope(null, null, null,
			"MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels)");

	private final String parameter;

	private final String focus;

	private final Label focusLabel;

	private final String nodes;

	private ExportScope(String parameter, String focus, Label focusLabel, String nodes) {
		this.parameter = parameter;
		this.focus = focus;
		this.focusLabel = focusLabel;
		this.nodes = nodes;
	}

	/**
	 * @return every node of the metagraph's labels and every relationship
	 */
	public static ExportScope wholeGraph() {
		return WHOLE_GRAPH;
	}

	/**
	 * @param focus the key of the node at the centre
	 * @param hops how far out, in relationships of either direction (1 to
	 * {@value #MAX_HOPS})
	 * @return the nodes within {@code hops} of the focus
	 */
	public static ExportScope neighbourhood(String focus, int hops) {
		Parameters.requireText("focus", focus);
		if (hops < 1 || hops > MAX_HOPS) {
			throw new InvalidRequestException("hops",
					"Parameter 'hops' must be between 1 and " + MAX_HOPS + ", was " + hops + ".");
		}
		// hops is a checked integer, and a variable-length bound cannot be a parameter
		return new ExportScope("focus", focus, null,
				"MATCH (:%s {key: $focus})-[*0..%d]-(n) WITH DISTINCT n".formatted(Label.ANY, hops));
	}

	/**
	 * @param event the key of a drift event
	 * @return the event, every node it links (culprit, diseases, outcome, subsets,
	 * molecules, management, the papers reporting it), and the papers cited by the claims
	 * among them
	 */
	public static ExportScope driftEvent(String event) {
		Parameters.requireText("event", event);
		return new ExportScope("event", event, Label.DRIFT_EVENT, """
				MATCH (event:DriftEvent {key: $focus})
				OPTIONAL MATCH (event)-->(linked)
				WITH event, collect(linked) AS linked
				WITH [event] + linked AS core
				UNWIND core AS a
				OPTIONAL MATCH (a)-[r]->(b) WHERE b IN core
				WITH core, reduce(refs = [], r IN collect(r) | refs + coalesce(r.refs, [])) AS refs
				UNWIND core + COLLECT { UNWIND refs AS ref MATCH (p:Paper {key: ref}) RETURN p } AS n
				WITH DISTINCT n""");
	}

	/**
	 * @return the key at the centre of the scope, or null for the whole graph
	 */
	public String focus() {
		return focus;
	}

	/**
	 * @return the request parameter that named the focus ({@code focus} or
	 * {@code event}), or null
	 */
	String parameter() {
		return parameter;
	}

	/**
	 * @return the label the focus must have, or null when any will do
	 */
	Label focusLabel() {
		return focusLabel;
	}

	/**
	 * @return Cypher that binds {@code n} to every node of the scope, once each
	 */
	String nodes() {
		return nodes;
	}

	/**
	 * @return the parameters of {@link #nodes()}
	 */
	Map<String, Object> parameters() {
		return focus == null ? Map.of("labels", LABELS) : Map.of("labels", LABELS, "focus", focus);
	}

}
