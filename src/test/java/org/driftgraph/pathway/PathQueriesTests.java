package org.driftgraph.pathway;

import java.util.List;

import org.driftgraph.schema.MetaEdge;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PathQueriesTests {

	@Test
	void causal_paths_follow_each_types_flow_within_the_hop_bound() {
		assertThat(PathQueries.causalPaths(4)).isEqualTo("""
				MATCH (start {key: $from}), (target {key: $to})
				MATCH p = (start) ((a)-[r:MEMBER_OF|INHIBITS|SUBUNIT_OF|RECEPTOR_FOR|PRODUCES|DRIVES_DIFFERENTIATION|SUPPRESSES|\
				COUNTER_REGULATES|AMPLIFIES|SHIFTS_TOWARD|LESIONS_SHOW_SIGNATURE_OF|POLARIZES_TOWARD|EXPANDS|UPREGULATES|REDUCES|\
				PERMITS|CAUSES|DRIVEN_BY|INDUCES]-(b)
				      WHERE CASE WHEN type(r) IN ['DRIVEN_BY'] THEN endNode(r) = a ELSE startNode(r) = a END){1,4} (target)
				WHERE all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
				RETURN p
				LIMIT $limit""");
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
