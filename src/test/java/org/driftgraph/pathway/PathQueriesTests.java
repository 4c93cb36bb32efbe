package org.driftgraph.pathway;

import java.util.List;
import java.util.Set;

import org.driftgraph.schema.Label;
import org.driftgraph.schema.MetaEdge;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PathQueriesTests {

	private static final String FORWARD = "MEMBER_OF|INHIBITS|SUBUNIT_OF|RECEPTOR_FOR|PRODUCES|DRIVES_DIFFERENTIATION|SUPPRESSES|COUNTER_REGULATES|AMPLIFIES|SHIFTS_TOWARD|LESIONS_SHOW_SIGNATURE_OF|POLARIZES_TOWARD|EXPANDS|UPREGULATES|REDUCES|PERMITS|CAUSES|INDUCES";

	@Test
	void causal_paths_go_downstream_from_the_start_and_may_end_with_one_backward_hop() {
		assertThat(PathQueries.causalPaths(4)).isEqualTo("""
				MATCH (start:%1$s {key: $from}), (target:%1$s {key: $to})
				CALL (start, target) {
				  MATCH p = (start) (()-[:%2$s]->()){1,4} (target)
				  RETURN p
				  UNION
				  MATCH p = (start) (()-[:%2$s]->()){0,3} ()<-[:DRIVEN_BY]-(target)
				  RETURN p
				}
				WITH p WHERE all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
				RETURN p
				LIMIT $limit""".formatted(Label.ANY, FORWARD));
		assertThat(PathQueries.causalPaths(1)).contains("MATCH p = (start)<-[:DRIVEN_BY]-(target)");
	}

	/** What lets {@link PathQueries#causalPaths} put a backward hop last only: where it leads, no flow starts. */
	@Test
	void a_backward_hop_leads_to_nodes_that_start_no_flow() {
		for (MetaEdge backward : PathQueries.causalTypes()) {
			if (backward.flow() != MetaEdge.Flow.REVERSE) {
				continue;
			}
			for (Label sink : backward.subjects()) {
				for (MetaEdge next : PathQueries.causalTypes()) {
					Set<Label> flowStarts = next.flow() == MetaEdge.Flow.FORWARD ? next.subjects() : next.objects();
					assertThat(flowStarts).as("%s after a backward %s hop to a %s: causalPaths must allow more hops after it",
							next, backward, sink).doesNotContain(sink);
				}
			}
		}
	}

	@Test
	void classification_evidence_and_management_are_not_causal_steps() {
		assertThat(PathQueries.causalTypes()).doesNotContain(MetaEdge.TREATS, MetaEdge.SUBCLASS_OF, MetaEdge.RESEMBLES,
				MetaEdge.HAS_BIOMARKER, MetaEdge.MANAGED_BY, MetaEdge.REPORTED_IN, MetaEdge.CITES, MetaEdge.TRIGGERED_BY);
	}

	@Test
	void connections_cross_every_type_but_citations_and_evidence_links() {
		String cypher = PathQueries.shortestConnections(3);
		assertThat(cypher).contains("allShortestPaths((a)-[:MEMBER_OF|SUBCLASS_OF|").contains("*..3]-(b))");
		assertThat(cypher).doesNotContain("CITES").doesNotContain("REPORTED_IN");
		assertThat(PathQueries.connectingTypes()).hasSize(MetaEdge.values().length - 2);
	}

	@Test
	void hop_bounds_outside_one_to_six_are_refused() {
		for (int hops : List.of(0, 7, -1)) {
			assertThatIllegalArgumentException().isThrownBy(() -> PathQueries.causalPaths(hops));
			assertThatIllegalArgumentException().isThrownBy(() -> PathQueries.shortestConnections(hops));
		}
	}

}
