package org.driftgraph.pathway;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.driftgraph.literature.Citation;
import org.driftgraph.lookup.NodeRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceTests {

	static final NodeRef DRUG = new NodeRef("secukinumab", "Secukinumab", List.of("Drug"), null);

	static final NodeRef CLASS = new NodeRef("class_il17i", "IL-17 inhibitors", List.of("DrugClass"), null);

	static final NodeRef TH2 = new NodeRef("th2", "Th2 cell", List.of("CellType", "ThSubset", "Th2"), null);

	static final NodeRef ERUPTION = new NodeRef("eczematous_eruption", "Paradoxical eczematous eruption",
			List.of("AdverseReaction"), null);

	static Claim claim(String id, NodeRef subject, String confidence, int papers, boolean gk) {
		List<Citation> cited = IntStream.range(0, papers)
			.mapToObj(i -> new Citation("ref" + i, null, null, null, null, null, null))
			.toList();
		return new Claim(id, subject, confidence, false, null, gk, cited, List.of(), List.of());
	}

	static Hop hop(String id, int sign, String confidence, int papers, boolean gk) {
		return Evidence.hop("SUPPRESSES", HopDirection.FORWARD, DRUG, TH2, sign,
				List.of(claim(id, DRUG, confidence, papers, gk)), List.of());
	}

	@Test
	void a_claim_scores_confidence_times_sources() {
		assertThat(Evidence.claimScore(claim("R1", DRUG, "high", 1, false))).isEqualTo(0.5);
		assertThat(Evidence.claimScore(claim("R1", DRUG, "high", 2, false))).isEqualTo(0.75);
		assertThat(Evidence.claimScore(claim("R1", DRUG, "medium", 3, false))).isEqualTo(0.525);
		assertThat(Evidence.claimScore(claim("R1", DRUG, "low", 1, false))).isEqualTo(0.15);
		assertThat(Evidence.claimScore(claim("R1", DRUG, "high", 0, true))).isEqualTo(0.5);
		assertThat(Evidence.claimScore(claim("R1", DRUG, "high", 0, false))).isZero();
	}

	@Test
	void a_hop_scores_its_best_claim() {
		Hop hop = Evidence.hop("SHIFTS_TOWARD", HopDirection.FORWARD, DRUG, TH2, 1,
				List.of(claim("R105", DRUG, "low", 2, false), claim("R102", CLASS, "high", 5, false)), List.of());
		assertThat(hop.score()).isEqualTo(0.969);
		assertThat(Evidence.best(hop).id()).isEqualTo("R102");
		assertThat(hop.claims()).extracting(Claim::id).containsExactly("R105", "R102");
	}

	@Test
	void the_weakest_hop_bounds_the_path_and_signs_multiply() {
		Mechanism path = Evidence.mechanism(List.of(hop("R1", -1, "high", 3, false), hop("R2", -1, "low", 1, false),
				hop("R3", +1, "medium", 2, false)), 1);
		assertThat(path.score()).isEqualTo(0.15);
		assertThat(path.weakestHop().claims().get(0).id()).isEqualTo("R2");
		assertThat(path.netDirection()).isEqualTo(1);
		assertThat(path.counterMechanism()).isFalse();
		assertThat(path.scoreExplanation()).isEqualTo(
				"3 hop(s), scored by the weakest: secukinumab -SUPPRESSES-> th2, its best claim R2: low confidence, 1 paper(s) = 0.150");
	}

	@Test
	void a_mechanism_against_the_observations_is_a_counter_mechanism_and_none_without_observations() {
		List<Hop> lowering = List.of(hop("R1", -1, "high", 3, false));
		assertThat(Evidence.mechanism(lowering, 1).counterMechanism()).isTrue();
		assertThat(Evidence.mechanism(lowering, 0).counterMechanism()).isFalse();
		assertThat(Evidence.mechanism(List.of(hop("R1", 0, "high", 3, false)), 1).counterMechanism()).isFalse();
	}

	@Test
	void ranking_prefers_agreement_then_stronger_evidence_then_fewer_hops() {
		Mechanism strongLong = Evidence
			.mechanism(List.of(hop("R1", 1, "high", 3, false), hop("R2", 1, "high", 3, false)), 1);
		Mechanism strongShort = Evidence.mechanism(List.of(hop("R3", 1, "high", 3, false)), 1);
		Mechanism weak = Evidence.mechanism(List.of(hop("R4", 1, "low", 1, false)), 1);
		Mechanism counter = Evidence.mechanism(List.of(hop("R5", -1, "high", 4, false)), 1);
		assertThat(Stream.of(weak, counter, strongLong, strongShort).sorted(Evidence.MECHANISMS).toList())
			.containsExactly(strongShort, strongLong, weak, counter);
	}

	@Test
	void the_explanation_draws_a_backward_hop_the_way_the_relationship_points() {
		Hop backward = Evidence.hop("DRIVEN_BY", HopDirection.REVERSE, TH2, ERUPTION, 1,
				List.of(claim("R184", ERUPTION, "medium", 2, false)), List.of());
		assertThat(Evidence.pathway(List.of(hop("R9", 1, "high", 2, false), backward)).scoreExplanation())
			.isEqualTo("2 hop(s), scored by the weakest: th2 <-DRIVEN_BY- eczematous_eruption, its best claim R184: "
					+ "medium confidence, 2 paper(s) = 0.450");
	}

}
