package org.driftgraph.pathway;

import java.util.List;

import org.driftgraph.common.InvalidRequestException;
import org.driftgraph.common.NotFoundException;
import org.driftgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The pathway API on the full curated graph, with values asserted. */
@SpringBootTest
class PathwayServiceIT extends IntegrationTest {

	@Autowired
	PathwayService pathways;

	static List<String> types(Pathway path) {
		return path.hops().stream().map(Hop::type).toList();
	}

	static String keys(Pathway path) {
		StringBuilder s = new StringBuilder(path.hops().get(0).from().key());
		path.hops().forEach(h -> s.append(" ").append(h.type()).append(" ").append(h.to().key()));
		return s.toString();
	}

	@Test
	void adalimumab_reaches_the_eczematous_eruption_by_ranked_cited_paths() {
		Explanation explanation = pathways.explain("adalimumab", "eczematous_eruption");
		assertThat(explanation.from().key()).isEqualTo("adalimumab");
		assertThat(explanation.paths()).extracting(PathwayServiceIT::keys)
			.contains("adalimumab INDUCES eczematous_eruption",
					"adalimumab MEMBER_OF class_tnfi INDUCES eczematous_eruption",
					"adalimumab SHIFTS_TOWARD th2 DRIVEN_BY eczematous_eruption");
		// ranked by the weakest hop: the class path (R003 3 sources, R120 6 papers) and the shift path (R100 copy,
		// R184 3 papers) both score 0.875, ahead of the direct claim R123 (2 papers: 0.75)
		Pathway best = explanation.paths().get(0);
		assertThat(best.score()).isEqualTo(0.875);
		assertThat(best.scoreExplanation()).startsWith("2 hop(s); weakest hop");
		Pathway direct = explanation.paths()
			.stream()
			.filter(p -> p.hops().size() == 1)
			.findFirst()
			.orElseThrow();
		assertThat(direct.hops().get(0).id()).isEqualTo("R123");
		assertThat(direct.score()).isEqualTo(0.75);
		assertThat(direct.netDirection()).isEqualTo(1);
		assertThat(direct.hops().get(0).papers()).extracting(Citation::key).containsExactly("ref11", "ref27");
		assertThat(direct.hops().get(0).papers().get(0).doi()).isEqualTo("10.1111/jdv.16246");
		Pathway shift = explanation.paths()
			.stream()
			.filter(p -> types(p).equals(List.of("SHIFTS_TOWARD", "DRIVEN_BY")))
			.findFirst()
			.orElseThrow();
		assertThat(shift.hops().get(1).direction()).isEqualTo("reverse");
		assertThat(shift.contested()).isTrue(); // R100 is in tension with R101
		// blocking TNF also lowers Th22, which drives the eruption: the paths disagree, and say so
		assertThat(explanation.paths()).anySatisfy(p -> assertThat(p.netDirection()).isEqualTo(-1));
		assertThat(explanation.directionsDisagree()).isTrue();
		assertThat(explanation.driftEvents()).extracting(DriftEventSummary::key).containsExactly("DE01", "DE02", "DE16");
		assertThat(explanation.driftEventCount()).isEqualTo(3);
		assertThat(explanation.paths()).allSatisfy(p -> assertThat(p.hops()).allSatisfy(
				h -> assertThat(h.papers().isEmpty() && !h.generalKnowledge()).as(h.toString()).isFalse()));
	}

	@Test
	void pd1_inhibitors_reach_psoriasiform_eruptions_through_macrophage_polarisation() {
		Explanation explanation = pathways.explain("class_pd1_pdl1i", "psoriasiform_eruption");
		Pathway macrophage = explanation.paths()
			.stream()
			.filter(p -> types(p).equals(List.of("POLARIZES_TOWARD", "EXPANDS", "DRIVEN_BY")))
			.findFirst()
			.orElseThrow();
		assertThat(keys(macrophage)).isEqualTo("class_pd1_pdl1i POLARIZES_TOWARD m1_macrophage EXPANDS th17 DRIVEN_BY "
				+ "psoriasiform_eruption");
		assertThat(macrophage.hops()).extracting(Hop::id).containsExactly("R110", "R146", "R186");
		assertThat(macrophage.netDirection()).isEqualTo(1);
		assertThat(macrophage.hops().get(0).papers()).extracting(Citation::key).containsExactly("miao2025");
		assertThat(explanation.paths()).extracting(PathwayServiceIT::keys)
			.contains("class_pd1_pdl1i INDUCES psoriasiform_eruption",
					"class_pd1_pdl1i INHIBITS pd1 SUPPRESSES th17 DRIVEN_BY psoriasiform_eruption");
		assertThat(explanation.driftEvents()).extracting(DriftEventSummary::key).containsExactly("DE15");
	}

	@Test
	void unconnected_nodes_give_an_empty_result_not_an_error() {
		assertThat(pathways.connect("cd4_t", "th1", 6)).isEmpty();
		assertThat(pathways.explain("upadacitinib", "bullous_pemphigoid", 2).paths()).isEmpty();
	}

	@Test
	void connect_finds_the_shortest_explained_connections() {
		List<Pathway> connections = pathways.connect("secukinumab", "ustekinumab", 3);
		assertThat(connections).isNotEmpty()
			.allSatisfy(p -> assertThat(p.hops()).hasSize(connections.get(0).hops().size()));
		assertThat(connections).extracting(PathwayServiceIT::keys)
			.contains("secukinumab INDUCES eczematous_eruption MANAGED_BY ustekinumab");
	}

	@Test
	void causes_of_the_eczematous_eruption_are_the_sheets_culprits_with_their_shifts() {
		List<Cause> causes = pathways.causesOf("eczematous_eruption");
		assertThat(causes).extracting(c -> c.culprit().key())
			.containsExactly("adalimumab", "bimekizumab", "class_il12_23i", "class_il17i", "class_tnfi", "etanercept",
					"guselkumab", "infliximab", "ixekizumab", "secukinumab", "ustekinumab");
		Cause secukinumab = causes.stream().filter(c -> c.culprit().key().equals("secukinumab")).findFirst().orElseThrow();
		assertThat(secukinumab.induces()).extracting(Hop::id).containsExactlyInAnyOrder("R125", "R126");
		assertThat(secukinumab.shifts()).extracting(PathwayServiceIT::keys)
			.containsExactlyInAnyOrder("secukinumab SHIFTS_TOWARD th2 DRIVEN_BY eczematous_eruption",
					"secukinumab SHIFTS_TOWARD th22 DRIVEN_BY eczematous_eruption");
		Cause tnfi = causes.stream().filter(c -> c.culprit().key().equals("class_tnfi")).findFirst().orElseThrow();
		assertThat(tnfi.members()).hasSize(5);
		assertThat(tnfi.driftEvents()).extracting(DriftEventSummary::key).containsExactly("DE01", "DE02");
		assertThat(tnfi.driftEventCount()).isEqualTo(2);
		Cause bimekizumab = causes.stream().filter(c -> c.culprit().key().equals("bimekizumab")).findFirst().orElseThrow();
		assertThat(bimekizumab.induces().get(0).contested()).isTrue();
		assertThat(bimekizumab.induces().get(0).confidence()).isEqualTo("low");
	}

	@Test
	void paradoxical_reactions_include_the_mirror_and_the_opposite_axis() {
		List<String> found = pathways.paradoxicalReactions()
			.stream()
			.map(p -> p.drug().key() + " treats " + p.treats().to().key() + ", induces " + p.induces().to().key() + " ("
					+ p.kind() + ")")
			.toList();
		assertThat(found).contains("adalimumab treats psoriasis, induces psoriasiform_eruption (resembles-treated-disease)",
				"dupilumab treats atopic_dermatitis, induces psoriasiform_eruption (opposite-axis)",
				"secukinumab treats psoriasis, induces eczematous_eruption (opposite-axis)");
		assertThat(found).noneMatch(s -> s.startsWith("upadacitinib") || s.startsWith("deucravacitinib"));
	}

	@Test
	void rescues_separate_reported_management_from_mechanistic_suggestions() {
		RescueOptions options = pathways.rescues("ixekizumab", "eczematous_eruption");
		assertThat(options.reported()).anySatisfy(r -> {
			assertThat(r.option().key()).isEqualTo("dupilumab");
			assertThat(r.source()).isEqualTo("DE17");
			assertThat(r.papers()).extracting(Citation::key).contains("ref25");
		});
		assertThat(options.reported()).anySatisfy(r -> assertThat(r.source()).isEqualTo("R201"));
		assertThat(options.suggestions()).extracting(PathwayServiceIT::keys)
			.contains("ixekizumab SHIFTS_TOWARD th2 PRODUCES il4 RECEPTOR_FOR il4ra INHIBITS class_il4_13i");
		RescueOptions dupilumab = pathways.rescues("dupilumab", "psoriasiform_eruption");
		assertThat(dupilumab.reported()).anySatisfy(r -> assertThat(r.option().key()).isEqualTo("upadacitinib"));
		assertThat(dupilumab.suggestions()).extracting(p -> p.hops().get(p.hops().size() - 1).to().key())
			.contains("class_il17i", "class_tnfi");
	}

	@Test
	void th2_profile_lists_drivers_products_brakes_and_drugs() {
		SubsetProfile th2 = pathways.subsetProfile("th2");
		assertThat(th2.produces()).extracting(h -> h.to().key()).containsExactlyInAnyOrder("il4", "il5", "il13");
		assertThat(th2.drivenBy()).extracting(h -> h.from().key()).containsExactlyInAnyOrder("il4", "il17c");
		assertThat(th2.suppressedBy()).extracting(h -> h.from().key()).contains("th1", "ifng", "treg", "th17");
		assertThat(th2.suppresses()).extracting(h -> h.to().key()).containsExactlyInAnyOrder("th1", "th17");
		assertThat(th2.shiftedTowardBy()).extracting(h -> h.from().key())
			.contains("class_tnfi", "class_il17i", "class_il12_23i", "guselkumab", "secukinumab");
		assertThat(th2.shiftedAwayBy()).extracting(h -> h.from().key()).containsOnly("dupilumab");
		assertThat(th2.drives()).extracting(h -> h.to().key())
			.containsExactlyInAnyOrder("atopic_dermatitis", "eczematous_eruption", "bullous_pemphigoid");
		assertThat(th2.drives()).extracting(Hop::direction).containsOnly("reverse");
	}

	@Test
	void bad_input_gets_a_precise_error() {
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> pathways.explain("ref26", "psoriasis"))
			.withMessage("'ref26' is a Paper; parameter 'from' must be a Drug or DrugClass.");
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> pathways.explain("adalimumabb", "eczematous_eruption"))
			.satisfies(ex -> assertThat(ex.suggestions()).contains("adalimumab"));
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> pathways.connect("th1", "th2", 7))
			.withMessage("Parameter 'maxHops' must be between 1 and 6, was 7.");
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> pathways.subsetProfile(" "))
			.withMessage("Parameter 'subset' must not be blank.");
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> pathways.causesOf("x".repeat(201)))
			.satisfies(ex -> assertThat(ex.parameter()).isEqualTo("reaction"));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> pathways.causesOf("' OR 1=1 //"))
			.satisfies(ex -> assertThat(ex.parameter()).isEqualTo("reaction"));
	}

}
