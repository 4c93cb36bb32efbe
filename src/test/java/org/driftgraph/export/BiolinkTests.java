package org.driftgraph.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.driftgraph.schema.Biolink;
import org.driftgraph.schema.EdgeKind;
import org.driftgraph.schema.Label;
import org.driftgraph.schema.MetaEdge;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every label and relationship type maps to names the Biolink Model has, and
 * docs/data-formats.md shows the mapping.
 */
class BiolinkTests {

	static final BiolinkModel MODEL = BiolinkModel.load();

	@Test
	void the_copied_model_keeps_its_version_line() {
		assertThat(MODEL.version()).matches("\\d+\\.\\d+\\.\\d+");
		assertThat(MODEL.categories()).contains("biolink:NamedThing", "biolink:Drug")
			.doesNotContain("biolink:Association");
		assertThat(MODEL.predicates()).contains("biolink:related_to", "biolink:treats").doesNotContain("biolink:binds");
	}

	@Test
	void every_label_maps_to_a_biolink_category() {
		for (Label label : Label.values()) {
			assertThat(MODEL.categories()).as(label.value()).contains(Biolink.category(label));
		}
	}

	@Test
	void every_relationship_type_maps_to_a_biolink_predicate_with_valid_qualifiers() {
		for (MetaEdge type : MetaEdge.values()) {
			Biolink.Predicate predicate = Biolink.predicate(type);
			assertThat(MODEL.predicates()).as(type.type()).contains(predicate.predicate());
			predicate.qualifiers().forEach((slot, value) -> assertQualifier(type + " " + slot, slot, value));
		}
	}

	@Test
	void categories_map_back_to_their_label_and_predicates_to_the_types_sharing_them() {
		for (Label label : Label.values()) {
			assertThat(Biolink.label(Biolink.category(label))).contains(label);
		}
		for (MetaEdge type : MetaEdge.values()) {
			assertThat(Biolink.types(Biolink.predicate(type))).as(type.type()).contains(type);
		}
		assertThat(Biolink.label("biolink:SmallMolecule")).isEmpty();
		assertThat(Biolink.types(new Biolink.Predicate("biolink:directly_physically_interacts_with", Map.of())))
			.containsExactly(MetaEdge.RECEPTOR_FOR, MetaEdge.BINDS);
	}

	@Test
	void knowledge_levels_and_agent_type_are_biolink_enum_values() {
		for (EdgeKind kind : EdgeKind.values()) {
			assertThat(MODEL.enumValues("KnowledgeLevelEnum")).as(kind.name()).contains(Biolink.knowledgeLevel(kind));
		}
		assertThat(MODEL.enumValues("AgentTypeEnum")).contains(Biolink.AGENT_TYPE);
	}

	@Test
	void the_documented_table_shows_the_mapping_of_every_label_and_type() throws IOException {
		List<String> documented = Files.readAllLines(Path.of("docs", "data-formats.md"));
		for (Label label : Label.values()) {
			assertThat(documented).as(label.value()).contains(row(label.value(), Biolink.category(label)));
		}
		for (MetaEdge type : MetaEdge.values()) {
			Biolink.Predicate predicate = Biolink.predicate(type);
			assertThat(documented).as(type.type())
				.contains(row(type.type(), predicate.predicate(), qualifiers(predicate.qualifiers()),
						Biolink.knowledgeLevel(type.kind())));
		}
	}

	private static void assertQualifier(String what, String slot, String value) {
		assertThat(MODEL.hasSlot(slot)).as(what).isTrue();
		String range = MODEL.slotRange(slot);
		Set<String> allowed = "uriorcurie".equals(range) ? MODEL.predicates() : MODEL.enumValues(range);
		assertThat(allowed).as(what + " (range " + range + ")").contains(value);
	}

	/** A Markdown table row: each cell as code, an empty one left blank. */
	private static String row(String... cells) {
		return "| " + String.join(" | ", Stream.of(cells).map(c -> c.isEmpty() ? "" : "`" + c + "`").toList()) + " |";
	}

	private static String qualifiers(Map<String, String> qualifiers) {
		return String.join(", ", qualifiers.entrySet().stream().map(q -> q.getKey() + ": " + q.getValue()).toList());
	}

}
