package org.driftgraph.literature;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class PaperViewTests {

	@Test
	void a_paper_view_keeps_the_citation_fields_at_the_top_level_of_its_json() {
		Citation megna = new Citation("ref26", "Megna M", 2024, "A title", "Clin Exp Dermatol", "10.1111/ced.15052",
				null);
		PaperView view = new PaperView(megna, List.of(), List.of("DE04"));
		Map<String, Object> json = JsonMapper.shared()
			.readValue(JsonMapper.shared().writeValueAsString(view), new TypeReference<Map<String, Object>>() {
			});
		assertThat(json.keySet()).containsExactly("key", "firstAuthor", "year", "title", "journal", "doi", "pmid",
				"claims", "driftEvents");
		assertThat(json).containsEntry("doi", "10.1111/ced.15052").containsEntry("driftEvents", List.of("DE04"));
	}

}
