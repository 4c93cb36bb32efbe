package org.driftgraph.explorer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LinksTests {

	@Test
	void an_entity_link_encodes_its_key_as_one_path_segment() {
		assertThat(Links.entity("secukinumab")).isEqualTo("/entity/secukinumab");
		assertThat(Links.entity("a b/c?d")).isEqualTo("/entity/a%20b%2Fc%3Fd");
	}

	@Test
	void a_question_link_encodes_both_ends_as_query_values() {
		assertThat(Links.explain("secukinumab", "eczematous_eruption"))
			.isEqualTo("/explain?from=secukinumab&to=eczematous_eruption");
		assertThat(Links.question("/explain.csv", "a&b", "c d")).isEqualTo("/explain.csv?from=a%26b&to=c%20d");
	}

}
