package org.driftgraph.pathway;

import java.util.List;
import java.util.Set;

import org.driftgraph.common.InvalidRequestException;
import org.driftgraph.schema.Label;
import org.driftgraph.schema.MetaEdge;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PathQueriesTests {

	private static final String FORWARD = "INHIBITS|SUBUNIT_OF|RECEPTOR_FOR|PRODUCES|DRIVES_DIFFERENTIATION|SUPPRESSES|COUNTER_REGULATES|AMPLIFIES|SHIFTS_TOWARD|POLARIZES_TOWARD|EXPANDS|UPREGULATES|REDUCES|PERMITS|CAUSES";

	@Test
	void mechanisms_read_the_first_hops_of_the_drug_and_its_classes_then_walk_on_once_and_end_with_one_backward_hop() {
		assertThat(PathQueries.mechanisms(4)).startsWith("""
				MATCH (from:%1$s {key: $from}), (target:%1$s {key: $to})
				CALL (from) {
				  MATCH (from)-[first:%2$s]->(next)
				  RETURN first, next
				  UNION
				  MATCH (from:Drug)-[:MEMBER_OF]->(:DrugClass)-[first:%2$s]->(next)
				  WHERE first.applies_to_members IS NULL OR from.key IN first.applies_to_members
				  RETURN first, next
				}
				WITH target, next, type(first) AS type, collect(first) AS firsts
				CALL (next, target) {
				  MATCH p = (next) (()-[:%2$s]->()){0,2} ()<-[:DRIVEN_BY]-(target)
				  RETURN p
				}
				WITH type, next, firsts, p
				WHERE size(relationships(p)) < 4
				  AND all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
				  AND any(n IN nodes(p) WHERE n:Molecule OR n:CellType)
				WITH type, next, firsts, p LIMIT $limit""".formatted(Label.ANY, FORWARD));
		assertThat(PathQueries.mechanisms(2)).contains("MATCH p = (next)<-[:DRIVEN_BY]-(target)");
		assertThat(PathQueries.mechanisms(1)).contains("MATCH p = (next)<-[:DRIVEN_BY]-(target)",
				"size(relationships(p)) < 1");
	}

	/**
	 * Since no forward type ends at a disease or reaction (INDUCES is an observation), no
	 * forward-only branch.
	 */
	@Test
	void no_forward_only_branch_while_no_causal_type_ends_at_a_reaction() {
		assertThat(PathQueries.mechanisms(5)).doesNotContain("(target)\n  RETURN p\n  UNION")
			.doesNotContain("INDUCES")
			.doesNotContain("LESIONS_SHOW_SIGNATURE_OF")
			.doesNotContain("HAS_BIOMARKER")
			.doesNotContain("RESEMBLES");
	}

	/**
	 * What lets {@link PathQueries#causalPaths} put a backward hop last only: where it
	 * leads, no flow starts.
	 */
	@Test
	void a_backward_hop_leads_to_nodes_that_start_no_flow() {
		for (MetaEdge backward : PathQueries.causalTypes()) {
			if (backward.flow() != MetaEdge.Flow.REVERSE) {
				continue;
			}
			for (Label sink : backward.subjects()) {
				for (MetaEdge next : PathQueries.causalTypes()) {
					Set<Label> flowStarts = next.flow() == MetaEdge.Flow.FORWARD ? next.subjects() : next.objects();
					assertThat(flowStarts)
						.as("%s after a backward %s hop to a %s: causalPaths must allow more hops after it", next,
								backward, sink)
						.doesNotContain(sink);
				}
			}
		}
	}

	@Test
	void observations_classification_evidence_and_management_are_not_causal_steps() {
		assertThat(PathQueries.causalTypes()).doesNotContain(MetaEdge.INDUCES, MetaEdge.LESIONS_SHOW_SIGNATURE_OF,
				MetaEdge.HAS_BIOMARKER, MetaEdge.HAS_RISK_FACTOR, MetaEdge.RESEMBLES, MetaEdge.TREATS,
				MetaEdge.MEMBER_OF, MetaEdge.SUBCLASS_OF, MetaEdge.BINDS, MetaEdge.MANAGED_BY, MetaEdge.REPORTED_IN,
				MetaEdge.CITES, MetaEdge.TRIGGERED_BY);
		assertThat(PathQueries.causalTypes()).containsExactly(MetaEdge.INHIBITS, MetaEdge.SUBUNIT_OF,
				MetaEdge.RECEPTOR_FOR, MetaEdge.PRODUCES, MetaEdge.DRIVES_DIFFERENTIATION, MetaEdge.SUPPRESSES,
				MetaEdge.COUNTER_REGULATES, MetaEdge.AMPLIFIES, MetaEdge.SHIFTS_TOWARD, MetaEdge.POLARIZES_TOWARD,
				MetaEdge.EXPANDS, MetaEdge.UPREGULATES, MetaEdge.REDUCES, MetaEdge.PERMITS, MetaEdge.CAUSES,
				MetaEdge.DRIVEN_BY);
	}

	@Test
	void connections_cross_every_type_but_citations_and_evidence_links() {
		String cypher = PathQueries.connections(3);
		assertThat(cypher).contains("allShortestPaths((a)-[:MEMBER_OF|SUBCLASS_OF|").contains("*..3]-(b))");
		assertThat(cypher).doesNotContain("CITES").doesNotContain("REPORTED_IN");
		assertThat(PathQueries.connectingTypes()).hasSize(MetaEdge.values().length - 2);
	}

	@Test
	void hop_bounds_outside_one_to_six_are_refused_with_the_parameter_named() {
		for (int hops : List.of(0, 7, -1)) {
			assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> PathQueries.mechanisms(hops))
				.withMessage("Parameter 'maxHops' must be between 1 and 6, was " + hops + ".")
				.satisfies(e -> assertThat(e.parameter()).isEqualTo("maxHops"));
			assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> PathQueries.connections(hops));
		}
	}

}
