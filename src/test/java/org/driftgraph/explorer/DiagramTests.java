package org.driftgraph.explorer;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.driftgraph.explorer.ExplainView.ClaimView;
import org.driftgraph.explorer.ExplainView.HopView;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DiagramTests {

	static final NodeView DRUG = new NodeView("d", "Drug", Kind.DRUG);

	static final NodeView CLASS = new NodeView("c", "Class", Kind.CLASS);

	static final NodeView SUBSET = new NodeView("s", "Subset", Kind.SUBSET);

	static final NodeView REACTION = new NodeView("r", "Reaction", Kind.REACTION);

	static HopView hop(NodeView from, String type, NodeView to, boolean reverse) {
		return new HopView(type, reverse, from, to, 1,
				List.of(new ClaimView("R1", reverse ? to : from, "high", false, null, false, List.of())), 0.5,
				List.of());
	}

	@Test
	void layered_puts_each_node_in_its_furthest_column_and_the_end_last() {
		List<HopView> direct = List.of(hop(DRUG, "SHIFTS_TOWARD", SUBSET, false),
				hop(SUBSET, "DRIVEN_BY", REACTION, true));
		List<HopView> viaClass = List.of(hop(DRUG, "MEMBER_OF", CLASS, false),
				hop(CLASS, "SHIFTS_TOWARD", SUBSET, false), hop(SUBSET, "DRIVEN_BY", REACTION, true));
		Diagram diagram = Diagram.layered(List.of(direct, viaClass), REACTION);
		Map<String, Integer> x = diagram.nodes().stream().collect(Collectors.toMap(Diagram.Node::key, Diagram.Node::x));
		assertThat(x.get("d")).isLessThan(x.get("c"));
		assertThat(x.get("c")).isLessThan(x.get("s"));
		assertThat(x.get("s")).isLessThan(x.get("r"));
		assertThat(diagram.nodes()).extracting(Diagram.Node::key).containsExactly("d", "s", "r", "c");
		assertThat(diagram.edges()).extracting(Diagram.Edge::label)
			.containsExactly("SHIFTS_TOWARD", "← DRIVEN_BY", "MEMBER_OF", "SHIFTS_TOWARD");
	}

	@Test
	void star_puts_the_node_in_the_middle_and_draws_each_relationship_as_stored() {
		Diagram diagram = Diagram.star(REACTION,
				List.of(hop(REACTION, "DRIVEN_BY", SUBSET, false), hop(REACTION, "INDUCES", DRUG, true)));
		assertThat(diagram.nodes()).extracting(Diagram.Node::key).containsExactly("r", "s", "d");
		assertThat(diagram.edges()).extracting(e -> e.source() + ">" + e.target()).containsExactly("r>s", "d>r");
		Diagram.Node centre = diagram.nodes().get(0);
		assertThat(diagram.nodes().subList(1, 3))
			.allSatisfy(n -> assertThat(Math.hypot(n.x() - centre.x(), n.y() - centre.y())).isCloseTo(160.0,
					org.assertj.core.data.Offset.offset(1.0)));
	}

	@Test
	void svg_names_every_node_and_escapes_its_text() {
		NodeView odd = new NodeView("x", "IL-4 & <IL-13>", Kind.MOLECULE);
		String svg = ExplainExports.svg(Diagram.layered(List.of(List.of(hop(DRUG, "INHIBITS", odd, false))), odd));
		assertThat(svg).contains("data-key=\"d\"", ">Drug<", ">IL-4 &amp; &lt;IL-13&gt;<", "fill=\"#332288\"");
	}

}
