package org.driftgraph.pathway;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.driftgraph.common.InvalidRequestException;
import org.driftgraph.common.NotFoundException;
import org.driftgraph.drift.DriftEventSummary;
import org.driftgraph.literature.Citation;
import org.driftgraph.schema.Label;
import org.driftgraph.schema.MetaEdge;
import org.driftgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The pathway API on the full curated graph, with values asserted. */
@SpringBootTest
class PathwayServiceIT extends IntegrationTest {

	@Autowired
	PathwayService pathways;

	@Autowired
	Driver driver;

	static String keys(List<Hop> hops) {
		StringBuilder s = new StringBuilder(hops.get(0).from().key());
		hops.forEach(h -> s.append(" ").append(h.type()).append(" ").append(h.to().key()));
		return s.toString();
	}

	static String keys(Mechanism mechanism) {
		return keys(mechanism.hops());
	}

	static String keys(Pathway pathway) {
		return keys(pathway.hops());
	}

	static List<String> claims(Hop hop) {
		return hop.claims().stream().map(c -> c.id() + "@" + c.subject().key()).toList();
	}

	@Test
	void secukinumab_eczema_is_explained_through_th2_with_both_observations_in_their_populations() {
		Explanation why = pathways.explain("secukinumab", "eczematous_eruption");
		assertThat(why.observations()).extracting(Observation::claimId).containsExactly("R125", "R126", "R128");
		assertThat(why.observations()).extracting(o -> o.culprit().key())
			.containsExactly("secukinumab", "secukinumab", "class_il17i");
		assertThat(why.observations()).extracting(Observation::population)
			.containsExactly("plaque psoriasis", "GPP + asthma (atopic predisposition)", null);
		assertThat(why.observations().get(0).onset()).isEqualTo("mean onset 16.9 ± 17.0 weeks (about 3–4 months) [19]");
		assertThat(why.observations().get(1).papers()).extracting(Citation::key).containsExactly("ref21");
		Mechanism top = why.mechanisms().get(0);
		assertThat(keys(top)).isEqualTo("secukinumab SHIFTS_TOWARD th2 DRIVEN_BY eczematous_eruption");
		// the drug's own copy of R102 first, then the class claim it inherits: one hop,
		// not two paths
		assertThat(claims(top.hops().get(0))).containsExactly("R102@secukinumab", "R102@class_il17i");
		assertThat(top.hops().get(1).direction()).isEqualTo(HopDirection.REVERSE);
		assertThat(top.netDirection()).isEqualTo(1);
		assertThat(top.counterMechanism()).isFalse();
		// R184: high confidence, 3 papers = 0.875, weaker than R102's 5 papers (0.969)
		assertThat(top.score()).isEqualTo(0.875);
		assertThat(top.weakestHop()).isEqualTo(top.hops().get(1));
		assertThat(top.scoreExplanation()).isEqualTo("2 hop(s), scored by the weakest: th2 <-DRIVEN_BY- "
				+ "eczematous_eruption, its best claim R184: high confidence, 3 paper(s) = 0.875");
		assertThat(top.narrative())
			.isEqualTo("Secukinumab shifts the CD4+ balance toward Th2 cell, away from Th17 cell "
					+ "[miao2025, ref26, ref19, ref20, ref15]; Th2 cell drives the paradoxical eczematous eruption "
					+ "[miao2025, ref26, ref12]");
		assertThat(why.summary()).isEqualTo(top.narrative());
		assertThat(why.mechanisms()).extracting(PathwayServiceIT::keys)
			.contains("secukinumab SHIFTS_TOWARD th22 DRIVEN_BY eczematous_eruption",
					"secukinumab UPREGULATES il17c AMPLIFIES th2 DRIVEN_BY eczematous_eruption");
		Mechanism il17c = why.mechanisms()
			.stream()
			.filter(m -> m.hops().get(0).type().equals("UPREGULATES"))
			.findFirst()
			.orElseThrow();
		assertThat(claims(il17c.hops().get(0))).containsExactly("R143@class_il17i");
		assertThat(il17c.narrative())
			.startsWith("Secukinumab, like the IL-17 inhibitors, upregulates IL-17C [miao2025, ref29]; ");
		assertThat(why.driftEvents()).extracting(DriftEventSummary::key).containsExactly("DE04", "DE05", "DE06");
	}

	@Test
	void ustekinumab_eczema_is_explained_through_th2_from_the_p40_blockade() {
		Explanation why = pathways.explain("ustekinumab", "eczematous_eruption");
		assertThat(why.observations()).extracting(Observation::claimId).containsExactly("R133", "R132");
		assertThat(why.observations().get(0).population()).isEqualTo("psoriasis patients with high serum IgE [32]");
		assertThat(why.observations().get(1).culprit().key()).isEqualTo("class_il12_23i");
		Mechanism top = why.mechanisms().get(0);
		assertThat(keys(top)).isEqualTo("ustekinumab SHIFTS_TOWARD th2 DRIVEN_BY eczematous_eruption");
		assertThat(claims(top.hops().get(0))).containsExactly("R104@ustekinumab", "R104@class_il12_23i");
		assertThat(top.narrative())
			.startsWith("Ustekinumab shifts the CD4+ balance toward Th2 cell, away from Th1 cell "
					+ "and Th17 cell [miao2025, ref32]; ");
		Mechanism p40 = why.mechanisms()
			.stream()
			.filter(m -> keys(m).equals("ustekinumab INHIBITS il12b_p40 SUBUNIT_OF il12 DRIVES_DIFFERENTIATION th1 "
					+ "SUPPRESSES th2 DRIVEN_BY eczematous_eruption"))
			.findFirst()
			.orElseThrow();
		assertThat(claims(p40.hops().get(0))).containsExactly("R032@ustekinumab", "R031@class_il12_23i");
		assertThat(p40.hops()).extracting(Hop::sign).containsExactly(-1, 1, 1, -1, 1);
		assertThat(p40.netDirection()).isEqualTo(1);
		assertThat(why.driftEvents()).extracting(DriftEventSummary::key).containsExactly("DE08");
	}

	@Test
	void dupilumab_psoriasiform_eruption_goes_through_th17_with_il4ra_as_the_target() {
		Explanation why = pathways.explain("dupilumab", "psoriasiform_eruption");
		assertThat(why.observations()).extracting(Observation::claimId).containsExactly("R135", "R136");
		assertThat(why.observations()).extracting(Observation::population)
			.containsExactly("AD patients", "asthmatic patient");
		Mechanism top = why.mechanisms().get(0);
		assertThat(keys(top)).isEqualTo("dupilumab SHIFTS_TOWARD th17 DRIVEN_BY psoriasiform_eruption");
		assertThat(claims(top.hops().get(0))).containsExactly("R106@dupilumab");
		Mechanism target = why.mechanisms()
			.stream()
			.filter(m -> keys(m).equals("dupilumab INHIBITS il4ra RECEPTOR_FOR il4 DRIVES_DIFFERENTIATION th2 "
					+ "SUPPRESSES th17 DRIVEN_BY psoriasiform_eruption"))
			.findFirst()
			.orElseThrow();
		assertThat(claims(target.hops().get(0))).containsExactly("R038@dupilumab", "R037@class_il4_13i");
		assertThat(target.netDirection()).isEqualTo(1);
		assertThat(target.counterMechanism()).isFalse();
		assertThat(target.narrative()).startsWith("Dupilumab inhibits IL-4 receptor α [miao2025, ref35, ref37]; "
				+ "IL-4 receptor α is a receptor for IL-4 [general knowledge]; ");
		assertThat(why.driftEvents()).extracting(DriftEventSummary::key).containsExactly("DE10", "DE11", "DE12");
	}

	@Test
	void pd1_inhibitors_reach_psoriasiform_eruptions_through_th17_and_the_macrophage_route() {
		Explanation why = pathways.explain("class_pd1_pdl1i", "psoriasiform_eruption");
		assertThat(why.observations()).extracting(Observation::claimId).containsExactly("R139");
		assertThat(why.observations().get(0).population()).isEqualTo("cancer patients");
		assertThat(keys(why.mechanisms().get(0)))
			.isEqualTo("class_pd1_pdl1i INHIBITS pd1 SUPPRESSES th17 DRIVEN_BY psoriasiform_eruption");
		assertThat(why.mechanisms().get(0).score()).isEqualTo(0.563);
		Mechanism macrophage = why.mechanisms()
			.stream()
			.filter(m -> keys(m).equals(
					"class_pd1_pdl1i POLARIZES_TOWARD m1_macrophage EXPANDS th17 DRIVEN_BY " + "psoriasiform_eruption"))
			.findFirst()
			.orElseThrow();
		assertThat(macrophage.hops()).extracting(h -> h.claims().get(0).id()).containsExactly("R110", "R146", "R186");
		assertThat(macrophage.netDirection()).isEqualTo(1);
		assertThat(macrophage.narrative()).isEqualTo("PD-1/PD-L1 inhibitors polarise cells toward M1 (inflammatory) "
				+ "macrophage, away from M2 macrophage [miao2025]; M1 (inflammatory) macrophage expands Th17 cell via "
				+ "TNF-α and IL-12 (p35/p40 heterodimer) [miao2025]; Th17 cell drives the paradoxical psoriasiform "
				+ "eruption [miao2025, ref37]");
		assertThat(why.driftEvents()).extracting(DriftEventSummary::key).containsExactly("DE15");
		// a member inherits the class's claims: nivolumab has its own PD-1 claim (R041)
		// beside the class's (R039)
		Explanation nivolumab = pathways.explain("nivolumab", "psoriasiform_eruption");
		assertThat(nivolumab.observations()).extracting(o -> o.claimId() + "@" + o.culprit().key())
			.containsExactly("R139@class_pd1_pdl1i");
		assertThat(claims(nivolumab.mechanisms().get(0).hops().get(0))).containsExactly("R041@nivolumab",
				"R039@class_pd1_pdl1i");
		assertThat(nivolumab.mechanisms()).extracting(PathwayServiceIT::keys)
			.contains("nivolumab POLARIZES_TOWARD m1_macrophage EXPANDS th17 DRIVEN_BY psoriasiform_eruption");
	}

	@Test
	void adalimumab_has_no_mechanism_twice_through_its_class_and_the_th22_route_is_a_counter_mechanism() {
		Explanation why = pathways.explain("adalimumab", "eczematous_eruption");
		assertThat(why.observations()).extracting(o -> o.claimId() + "@" + o.culprit().key())
			.containsExactly("R123@adalimumab", "R120@class_tnfi");
		assertThat(why.observations().get(0).population()).isEqualTo("plaque psoriasis [11]");
		assertThat(why.mechanisms()).extracting(PathwayServiceIT::keys)
			.containsExactly("adalimumab SHIFTS_TOWARD th2 DRIVEN_BY eczematous_eruption",
					"adalimumab SHIFTS_TOWARD th2 SUPPRESSES th17 COUNTER_REGULATES th22 DRIVEN_BY eczematous_eruption",
					"adalimumab INHIBITS tnf DRIVES_DIFFERENTIATION th22 DRIVEN_BY eczematous_eruption",
					"adalimumab SHIFTS_TOWARD th2 SUPPRESSES th1 PRODUCES tnf DRIVES_DIFFERENTIATION th22 DRIVEN_BY "
							+ "eczematous_eruption");
		assertThat(why.mechanisms()).noneMatch(m -> m.hops()
			.stream()
			.anyMatch(h -> h.from().key().equals("class_tnfi") || h.to().key().equals("class_tnfi")));
		Mechanism shift = why.mechanisms().get(0);
		assertThat(claims(shift.hops().get(0))).containsExactly("R100@adalimumab", "R100@class_tnfi");
		assertThat(shift.contested()).isTrue(); // R100 is in tension with R101
		Mechanism th22 = why.mechanisms().get(2);
		assertThat(claims(th22.hops().get(0))).containsExactly("R023@adalimumab", "R020@class_tnfi");
		assertThat(th22.netDirection()).isEqualTo(-1);
		assertThat(th22.counterMechanism()).isTrue();
		assertThat(why.mechanisms().subList(0, 2)).noneMatch(Mechanism::counterMechanism);
		assertThat(why.summary()).isEqualTo(shift.narrative());
		assertThat(why.driftEvents()).extracting(DriftEventSummary::key).containsExactly("DE01", "DE02", "DE16");
		assertThat(why.driftEventCount()).isEqualTo(3);
	}

	/**
	 * Every drug or class against every reaction and disease: no mechanism holds an
	 * observation or another non-causal type, each hop goes its type's way, each passes a
	 * molecule or cell type, none is listed twice, and each claim is the drug's or one of
	 * its classes'.
	 */
	@Test
	void no_mechanism_in_the_curated_graph_contains_induces_or_a_non_causal_type() {
		List<String> culprits = keys("MATCH (n) WHERE n:Drug OR n:DrugClass RETURN n.key AS key ORDER BY key");
		List<String> outcomes = keys("MATCH (n) WHERE n:AdverseReaction OR n:Disease RETURN n.key AS key ORDER BY key");
		assertThat(culprits).hasSize(31);
		assertThat(outcomes).hasSize(16);
		int explained = 0;
		int mechanisms = 0;
		for (String culprit : culprits) {
			Set<String> ownAndClasses = new HashSet<>(keys(
					"MATCH (d {key: '" + culprit + "'}) OPTIONAL MATCH (d)-[:MEMBER_OF]->(c) RETURN c.key AS key"));
			ownAndClasses.add(culprit);
			for (String outcome : outcomes) {
				Explanation why = pathways.explain(culprit, outcome);
				explained += why.mechanisms().isEmpty() ? 0 : 1;
				mechanisms += why.mechanisms().size();
				assertThat(why.mechanisms()).extracting(PathwayServiceIT::keys).doesNotHaveDuplicates();
				for (Mechanism m : why.mechanisms()) {
					assertThat(m.hops()).as(keys(m)).allSatisfy(hop -> {
						MetaEdge type = MetaEdge.of(hop.type()).orElseThrow();
						assertThat(type).isNotEqualTo(MetaEdge.INDUCES);
						assertThat(type.causal()).isTrue();
						assertThat(hop.direction()).isEqualTo(
								type.flow() == MetaEdge.Flow.FORWARD ? HopDirection.FORWARD : HopDirection.REVERSE);
						assertThat(hop.claims()).isNotEmpty()
							.extracting(c -> c.id() + "@" + c.subject().key())
							.doesNotHaveDuplicates();
						assertThat(hop.claims())
							.allSatisfy(c -> assertThat(c.papers().isEmpty() && !c.generalKnowledge()).isFalse());
					});
					assertThat(m.hops().get(0).from().key()).isEqualTo(culprit);
					assertThat(m.hops().get(0).claims())
						.allSatisfy(c -> assertThat(ownAndClasses).contains(c.subject().key()));
					assertThat(m.hops().stream().flatMap(h -> h.from().labels().stream())).as(keys(m))
						.containsAnyOf("Molecule", "CellType");
				}
			}
		}
		// not vacuous: the curated graph explains many pairs
		assertThat(explained).isGreaterThan(40);
		assertThat(mechanisms).isGreaterThan(200);
	}

	private List<String> keys(String cypher) {
		try (var session = driver.session()) {
			List<String> keys = new ArrayList<>();
			session.run(cypher).forEachRemaining(r -> {
				if (!r.get("key").isNull()) {
					keys.add(r.get("key").asString());
				}
			});
			return keys;
		}
	}

	@Test
	void unconnected_nodes_give_an_empty_result_not_an_error() {
		assertThat(pathways.connect("cd4_t", "th1", 6)).isEmpty();
		Explanation none = pathways.explain("upadacitinib", "bullous_pemphigoid", 2);
		assertThat(none.mechanisms()).isEmpty();
		assertThat(none.observations()).isEmpty();
		assertThat(none.summary())
			.isEqualTo("No mechanism in the graph leads from Upadacitinib to bullous pemphigoid within 2 hops");
	}

	@Test
	void connect_finds_the_shortest_explained_connections() {
		List<Pathway> connections = pathways.connect("secukinumab", "ustekinumab", 3);
		assertThat(connections).isNotEmpty()
			.allSatisfy(p -> assertThat(p.hops()).hasSize(connections.get(0).hops().size()));
		assertThat(connections).extracting(PathwayServiceIT::keys)
			.contains("secukinumab INDUCES eczematous_eruption MANAGED_BY ustekinumab",
					"secukinumab SHIFTS_TOWARD th2 SHIFTS_TOWARD ustekinumab");
		Pathway shared = connections.stream()
			.filter(p -> keys(p).equals("secukinumab SHIFTS_TOWARD th2 SHIFTS_TOWARD ustekinumab"))
			.findFirst()
			.orElseThrow();
		assertThat(shared.hops()).extracting(Hop::direction)
			.containsExactly(HopDirection.FORWARD, HopDirection.REVERSE);
		assertThat(shared.narrative()).isEqualTo("Secukinumab shifts the CD4+ balance toward Th2 cell, away from Th17 "
				+ "cell [miao2025, ref26, ref19, ref20, ref15]; Ustekinumab shifts the CD4+ balance toward Th2 cell, away "
				+ "from Th1 cell and Th17 cell [miao2025, ref32]");
	}

	@Test
	void causes_of_the_eczematous_eruption_are_the_sheets_culprits_with_their_shifts() {
		List<Cause> causes = pathways.causesOf("eczematous_eruption");
		assertThat(causes).extracting(c -> c.culprit().key())
			.containsExactly("adalimumab", "bimekizumab", "class_il12_23i", "class_il17i", "class_tnfi", "etanercept",
					"guselkumab", "infliximab", "ixekizumab", "secukinumab", "ustekinumab");
		Cause secukinumab = causes.stream()
			.filter(c -> c.culprit().key().equals("secukinumab"))
			.findFirst()
			.orElseThrow();
		assertThat(secukinumab.observations()).extracting(Observation::claimId).containsExactly("R125", "R126");
		assertThat(secukinumab.observations()).extracting(Observation::population)
			.containsExactly("plaque psoriasis", "GPP + asthma (atopic predisposition)");
		assertThat(secukinumab.shifts()).extracting(PathwayServiceIT::keys)
			.containsExactly("secukinumab SHIFTS_TOWARD th2 DRIVEN_BY eczematous_eruption",
					"secukinumab SHIFTS_TOWARD th22 DRIVEN_BY eczematous_eruption");
		assertThat(secukinumab.shifts()).noneMatch(Mechanism::counterMechanism);
		Cause tnfi = causes.stream().filter(c -> c.culprit().key().equals("class_tnfi")).findFirst().orElseThrow();
		assertThat(tnfi.members()).containsExactly("adalimumab", "certolizumab_pegol", "etanercept", "golimumab",
				"infliximab");
		assertThat(tnfi.driftEvents()).extracting(DriftEventSummary::key).containsExactly("DE01", "DE02");
		assertThat(tnfi.driftEventCount()).isEqualTo(2);
		Cause bimekizumab = causes.stream()
			.filter(c -> c.culprit().key().equals("bimekizumab"))
			.findFirst()
			.orElseThrow();
		assertThat(bimekizumab.observations().get(0).contested()).isTrue();
		assertThat(bimekizumab.observations().get(0).confidence()).isEqualTo("low");
		assertThat(bimekizumab.shifts()).isEmpty(); // the sheet (e3): no inherited shift
													// without evidence
	}

	@Test
	void paradoxical_reactions_include_the_mirror_and_the_opposite_axis() {
		List<ParadoxicalReaction> reactions = pathways.paradoxicalReactions();
		List<String> found = reactions.stream()
			.map(p -> p.drug().key() + " treats " + p.treats().to().key() + ", induces " + p.induces().claimId() + " ("
					+ p.kind().value() + ")")
			.toList();
		assertThat(found).contains("adalimumab treats psoriasis, induces R124 (resembles-treated-disease)",
				"dupilumab treats atopic_dermatitis, induces R135 (opposite-axis)",
				"secukinumab treats psoriasis, induces R125 (opposite-axis)");
		assertThat(found).noneMatch(s -> s.startsWith("upadacitinib") || s.startsWith("deucravacitinib"));
		ParadoxicalReaction dupilumab = reactions.stream()
			.filter(p -> p.drug().key().equals("dupilumab") && p.induces().claimId().equals("R135"))
			.findFirst()
			.orElseThrow();
		assertThat(dupilumab.kind()).isEqualTo(ParadoxicalReaction.Kind.OPPOSITE_AXIS);
		assertThat(dupilumab.induces().population()).isEqualTo("AD patients");
		// the shifts toward what drives the eruption, away from Th2, which drives atopic
		// dermatitis (R182)
		assertThat(dupilumab.evidence()).extracting(h -> h.type() + " " + h.to().key())
			.containsExactlyInAnyOrder("SHIFTS_TOWARD th17", "SHIFTS_TOWARD th1");
		assertThat(dupilumab.evidence())
			.allSatisfy(h -> assertThat(h.claims().get(0).awayFrom()).containsExactly("Th2 cell"));
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
		assertThat(th2.drives()).extracting(Hop::direction).containsOnly(HopDirection.REVERSE);
		assertThat(th2.drives()).allSatisfy(h -> assertThat(h.claims()).hasSize(1));
	}

	@Test
	void bad_input_gets_a_precise_error() {
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> pathways.explain("ref26", "psoriasis"))
			.withMessage("'ref26' is a Paper; parameter 'from' must be a Drug or DrugClass.");
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> pathways.explain("adalimumabb", "eczematous_eruption"))
			.satisfies(ex -> assertThat(ex.suggestions()).contains("adalimumab"));
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> pathways.connect("th1", "th2", 7))
			.withMessage("Parameter 'maxHops' must be between 1 and 6, was 7.");
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> pathways.explain("adalimumab", "eczematous_eruption", 0))
			.withMessage("Parameter 'maxHops' must be between 1 and 6, was 0.");
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> pathways.subsetProfile(" "))
			.withMessage("Parameter 'subset' must not be blank.");
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> pathways.causesOf("x".repeat(201)))
			.satisfies(ex -> assertThat(ex.parameter()).isEqualTo("reaction"));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> pathways.causesOf("' OR 1=1 //"))
			.satisfies(ex -> assertThat(ex.parameter()).isEqualTo("reaction"));
	}

	/**
	 * The neighbourhood reads each relationship type the node's label allows, a bounded
	 * number of times each; on the curated graph that is every relationship of every
	 * node, in the order of a plain query over all of them.
	 */
	@Test
	void a_neighbourhood_is_every_relationship_of_the_node_by_type_and_neighbour() {
		List<String> keys;
		try (var session = driver.session()) {
			keys = session.run("MATCH (n:" + Label.ANY + ") RETURN n.key AS key ORDER BY key")
				.list(r -> r.get("key").asString());
		}
		assertThat(keys).hasSizeGreaterThan(150);
		for (String key : keys) {
			List<String> expected;
			try (var session = driver.session()) {
				expected = session
					.run("""
							MATCH (n:%s {key: $key})-[r]-(m)
							WITH r, m ORDER BY type(r), m.key, r.id LIMIT $limit
							RETURN type(r) + ' ' + m.key AS hop""".formatted(Label.ANY),
							Map.of("key", key, "limit", PathwayService.MAX_NEIGHBOURS))
					.list(r -> r.get("hop").asString());
			}
			assertThat(pathways.neighbourhood(key)).as(key)
				.extracting(h -> h.type() + " " + h.to().key())
				.containsExactlyElementsOf(expected);
		}
	}

}
