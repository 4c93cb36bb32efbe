package org.driftgraph.lookup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntityLookupTests {

	@Test
	void user_text_is_searched_literally_with_the_last_word_as_prefix() {
		assertThat(EntityLookup.luceneQuery("Cosentyx")).isEqualTo("(cosentyx OR cosentyx*)");
		assertThat(EntityLookup.luceneQuery("  IL-17 OR inhibitors ")).isEqualTo("il\\-17 AND or AND (inhibitors OR inhibitors*)");
		assertThat(EntityLookup.luceneQuery("a:b (c)")).isEqualTo("a\\:b AND (\\(c\\) OR \\(c\\)*)");
	}

}
