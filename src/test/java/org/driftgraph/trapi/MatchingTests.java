package org.driftgraph.trapi;

import java.util.List;
import java.util.Map;

import org.driftgraph.schema.Label;
import org.driftgraph.schema.MetaEdge;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How query categories, predicates and qualifiers map onto the metagraph, by the Biolink
 * Model's hierarchy.
 */
class MatchingTests {

	static final BiolinkHierarchy BIOLINK = BiolinkHierarchy.load();

	static List<String> forward(List<Matching.Match> matches) {
		return matches.stream().filter(m -> !m.inverted()).map(m -> m.type().type()).toList();
	}

	static List<String> inverted(List<Matching.Match> matches) {
		return matches.stream()
			.filter(Matching.Match::inverted)
			.map(m -> m.type().type() + " as " + m.predicate())
			.toList();
	}

	@Test
	void a_category_matches_the_labels_mapped_to_it_or_below_it() {
		assertThat(Matching.labels(List.of("biolink:Drug"), BIOLINK)).containsExactly(Label.DRUG);
		assertThat(Matching.labels(List.of("biolink:ChemicalEntity"), BIOLINK)).containsExactly(Label.DRUG,
				Label.DRUG_CLASS);
		assertThat(Matching.labels(List.of("biolink:Gene"), BIOLINK)).isEmpty();
		assertThat(Matching.labels(List.of(), BIOLINK)).containsExactlyInAnyOrder(Label.values());
		assertThat(Matching.labels(List.of("biolink:NamedThing"), BIOLINK)).containsExactlyInAnyOrder(Label.values());
	}

	@Test
	void causes_matches_its_own_types_and_those_qualified_by_it() {
		List<Matching.Match> causes = Matching.matches(List.of("biolink:causes"), BIOLINK);
		assertThat(forward(causes)).contains("INDUCES", "CAUSES", "RESULTS_IN", "SHIFTS_TOWARD", "INHIBITS")
			.doesNotContain("TREATS", "DRIVEN_BY", "MEMBER_OF");
		// caused_by (TRIGGERED_BY) read backwards is causes
		assertThat(inverted(causes)).containsExactly("TRIGGERED_BY as biolink:causes");
	}

	@Test
	void an_inverse_predicate_is_answered_by_the_unqualified_types_read_backwards() {
		List<Matching.Match> contributesTo = Matching.matches(List.of("biolink:contributes_to"), BIOLINK);
		assertThat(inverted(contributesTo)).contains("DRIVEN_BY as biolink:contributes_to");
		assertThat(forward(contributesTo)).contains("DRIVES_DIFFERENTIATION", "PERMITS", "INDUCES");
		// a symmetric predicate answers both ways under its own name
		assertThat(inverted(Matching.matches(List.of("biolink:directly_physically_interacts_with"), BIOLINK)))
			.containsExactly("RECEPTOR_FOR as biolink:directly_physically_interacts_with",
					"BINDS as biolink:directly_physically_interacts_with");
		// qualified types are never read backwards: their qualifiers describe the stored
		// object
		assertThat(Matching.matches(List.of(), BIOLINK)).filteredOn(Matching.Match::inverted)
			.noneMatch(m -> m.type() == MetaEdge.SHIFTS_TOWARD || m.type() == MetaEdge.INHIBITS);
	}

	@Test
	void a_qualifier_set_matches_when_the_edge_has_every_qualifier_of_it() {
		Map<String, String> inhibits = Map.of("qualified_predicate", "biolink:causes", "object_aspect_qualifier",
				"activity", "object_direction_qualifier", "decreased");
		assertThat(Matching.satisfies(inhibits, List.of(), BIOLINK)).isTrue();
		assertThat(Matching.satisfies(inhibits, List.of(Map.of("object_direction_qualifier", "decreased")), BIOLINK))
			.isTrue();
		assertThat(Matching.satisfies(inhibits, List.of(Map.of("object_direction_qualifier", "increased")), BIOLINK))
			.isFalse();
		// sets are alternatives
		assertThat(Matching.satisfies(inhibits, List.of(Map.of("object_direction_qualifier", "increased"),
				Map.of("object_aspect_qualifier", "activity")), BIOLINK))
			.isTrue();
		// a qualified_predicate is satisfied by its descendants: causes is below
		// contributes_to
		assertThat(
				Matching.satisfies(inhibits, List.of(Map.of("qualified_predicate", "biolink:contributes_to")), BIOLINK))
			.isTrue();
		assertThat(Matching.satisfies(Map.of(), List.of(Map.of("object_direction_qualifier", "decreased")), BIOLINK))
			.isFalse();
	}

}
