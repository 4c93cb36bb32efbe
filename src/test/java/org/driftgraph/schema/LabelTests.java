package org.driftgraph.schema;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LabelTests {

	@Test
	void the_any_label_expression_names_every_label_once() {
		assertThat(Label.ANY)
			.isEqualTo(Arrays.stream(Label.values()).map(Label::value).collect(Collectors.joining("|")));
	}

	@Test
	void a_label_expression_names_the_given_labels_in_their_order() {
		assertThat(Label.expression(EnumSet.of(Label.DRUG_CLASS, Label.DRUG))).isEqualTo("Drug|DrugClass");
		assertThat(Label.expression(EnumSet.allOf(Label.class))).isEqualTo(Label.ANY);
	}

	@Test
	void a_nodes_primary_label_is_its_metagraph_label_wherever_neo4j_lists_it() {
		assertThat(Label.primary(List.of("ThSubset", "Th17", "CellType"))).contains(Label.CELL_TYPE);
		assertThat(Label.primary(List.of("Release"))).isEmpty();
	}

}
