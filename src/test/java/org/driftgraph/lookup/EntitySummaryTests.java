package org.driftgraph.lookup;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class EntitySummaryTests {

	static Map<String, Object> json(Object value) {
		return JsonMapper.shared()
			.readValue(JsonMapper.shared().writeValueAsString(value), new TypeReference<Map<String, Object>>() {
			});
	}

	@Test
	void a_search_hit_keeps_the_node_fields_at_the_top_level_of_its_json() {
		NodeRef secukinumab = new NodeRef("secukinumab", "Secukinumab", List.of("Drug"), "DRUGBANK:DB09029");
		Map<String, Object> json = json(new EntitySummary(secukinumab, List.of("Cosentyx"), 1.0));
		assertThat(json.keySet()).containsExactlyInAnyOrder("key", "labels", "name", "curie", "synonyms", "score");
		assertThat(json).containsEntry("key", "secukinumab")
			.containsEntry("curie", "DRUGBANK:DB09029")
			.containsEntry("synonyms", List.of("Cosentyx"));
	}

	@Test
	void a_node_is_its_four_fields_in_json_and_read_back_from_them() {
		NodeRef th2 = new NodeRef("th2", "Th2 cell", List.of("CellType", "ThSubset"), null);
		Map<String, Object> json = json(th2);
		assertThat(json.keySet()).containsExactly("key", "name", "labels", "curie");
		assertThat(JsonMapper.shared().convertValue(json, NodeRef.class)).isEqualTo(th2);
		assertThat(th2.label().value()).isEqualTo("CellType");
	}

}
