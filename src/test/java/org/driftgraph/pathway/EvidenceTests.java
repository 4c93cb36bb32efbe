package org.driftgraph.pathway;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceTests {

	static Hop hop(String id, int sign, String confidence, int papers, boolean gk) {
		NodeRef a = new NodeRef("a", "A", List.of("Drug"));
		NodeRef b = new NodeRef("b", "B", List.of("CellType"));
		List<Citation> cited = java.util.stream.IntStream.range(0, papers)
			.mapToObj(i -> new Citation("ref" + i, null, null, null, null, null))
			.toList();
		return new Hop(id, "T", "forward", a, b, sign, confidence, false, null, gk, cited,
				Evidence.hopScore(confidence, papers, gk));
	}

	@Test
	void a_hop_scores_confidence_times_sources() {
		assertThat(Evidence.hopScore("high", 1, false)).isEqualTo(0.5);
		assertThat(Evidence.hopScore("high", 2, false)).isEqualTo(0.75);
		assertThat(Evidence.hopScore("medium", 3, false)).isEqualTo(0.525);
		assertThat(Evidence.hopScore("low", 1, false)).isEqualTo(0.15);
		assertThat(Evidence.hopScore("high", 0, true)).isEqualTo(0.5);
		assertThat(Evidence.hopScore("high", 0, false)).isZero();
	}

	@Test
	void the_weakest_hop_bounds_the_path_and_signs_multiply() {
		Pathway path = Evidence.pathway(List.of(hop("R1", -1, "high", 3, false), hop("R2", -1, "low", 1, false),
				hop("R3", +1, "medium", 2, false)));
		assertThat(path.score()).isEqualTo(0.15);
		assertThat(path.netDirection()).isEqualTo(1);
		assertThat(path.scoreExplanation()).isEqualTo("3 hop(s); weakest hop R2 a -T-> b: low confidence, 1 paper(s) = 0.150");
	}

	@Test
	void ranking_prefers_stronger_evidence_then_fewer_hops() {
		Pathway strongLong = Evidence.pathway(List.of(hop("R1", 1, "high", 3, false), hop("R2", 1, "high", 3, false)));
		Pathway strongShort = Evidence.pathway(List.of(hop("R3", 1, "high", 3, false)));
		Pathway weak = Evidence.pathway(List.of(hop("R4", 1, "low", 1, false)));
		assertThat(java.util.stream.Stream.of(weak, strongLong, strongShort).sorted(Evidence.RANKING).toList())
			.containsExactly(strongShort, strongLong, weak);
	}

	@Test
	void the_explanation_draws_a_backward_hop_the_way_the_relationship_points() {
		Hop forward = hop("R9", 1, "high", 2, false);
		Hop backward = new Hop("R184", "DRIVEN_BY", "reverse", forward.to(), forward.from(), 1, "medium", false, null,
				false, forward.papers(), Evidence.hopScore("medium", 2, false));
		assertThat(Evidence.pathway(List.of(forward, backward)).scoreExplanation())
			.isEqualTo("2 hop(s); weakest hop R184 b <-DRIVEN_BY- a: medium confidence, 2 paper(s) = 0.450");
	}

}
