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

	@Test
	void a_paper_links_to_its_doi_resolver_and_pubmed_page_when_it_has_the_identifier() {
		assertThat(Links.doi("10.1111/ced.15052")).isEqualTo("https://doi.org/10.1111/ced.15052");
		assertThat(Links.pubmed("34862807")).isEqualTo("https://pubmed.ncbi.nlm.nih.gov/34862807/");
		assertThat(Links.doi(null)).isNull();
		assertThat(Links.pubmed(null)).isNull();
	}

}
