package org.driftgraph.lookup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntityLookupTests {

	@Test
	void user_text_is_searched_literally_with_the_last_word_as_prefix() {
		assertThat(EntityLookup.luceneQuery("Cosentyx", false)).isEqualTo("(cosentyx OR cosentyx*)");
		assertThat(EntityLookup.luceneQuery("  IL-17 OR inhibitors ", false))
			.isEqualTo("il\\-17 AND or AND (inhibitors OR inhibitors*)");
		assertThat(EntityLookup.luceneQuery("a:b (c)", false)).isEqualTo("a\\:b AND (\\(c\\) OR \\(c\\)*)");
	}

	@Test
	void suggestions_match_every_word_fuzzily_and_blank_text_matches_nothing() {
		assertThat(EntityLookup.luceneQuery("adalimumabb", true)).isEqualTo("adalimumabb~");
		assertThat(EntityLookup.luceneQuery("il-17 inhibitor", true)).isEqualTo("il\\-17~ OR inhibitor~");
		assertThat(EntityLookup.luceneQuery("   ", true)).isEmpty();
	}

}
