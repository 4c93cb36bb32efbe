package org.driftgraph.schema;

import org.driftgraph.disease.AdverseReaction;
import org.driftgraph.disease.Disease;
import org.driftgraph.disease.Factor;
import org.driftgraph.drift.DriftEvent;
import org.driftgraph.drug.Drug;
import org.driftgraph.drug.DrugClass;
import org.driftgraph.drug.Therapy;
import org.driftgraph.literature.Paper;
import org.driftgraph.molecule.Molecule;
import org.driftgraph.support.IntegrationTest;
import org.driftgraph.tcell.CellType;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.neo4j.core.Neo4jTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Every Spring Data Neo4j entity reads the curated nodes of its label, for Java clients of the mapping. */
@SpringBootTest
class EntityMappingIT extends IntegrationTest {

	@Autowired
	Neo4jTemplate template;

	@Test
	void each_label_maps_to_its_entity() {
		Drug secukinumab = template.findById("secukinumab", Drug.class).orElseThrow();
		assertThat(secukinumab.name()).isEqualTo("Secukinumab");
		assertThat(secukinumab.synonyms()).contains("Cosentyx", "AIN457");
		assertThat(secukinumab.curie()).isEqualTo("DRUGBANK:DB09029");
		assertThat(secukinumab.inSeed()).isTrue();
		assertThat(template.findById("nivolumab", Drug.class).orElseThrow().inSeed()).isFalse();
		assertThat(template.findById("dupilumab", Drug.class).orElseThrow().curieVerified()).isTrue();
		assertThat(template.findById("class_il17i", DrugClass.class).orElseThrow().name()).isEqualTo("IL-17 inhibitors");
		assertThat(template.findById("topical_therapy", Therapy.class)).isPresent();
		assertThat(template.findById("ccl17", Molecule.class).orElseThrow().synonyms()).contains("TARC");
		assertThat(template.findById("th17", CellType.class).orElseThrow().curie()).isEqualTo("CL:0000899");
		assertThat(template.findById("psoriasis", Disease.class).orElseThrow().curie()).isEqualTo("MONDO:0005083");
		assertThat(template.findById("eczematous_eruption", AdverseReaction.class)).isPresent();
		assertThat(template.findById("s_aureus", Factor.class).orElseThrow().curie()).isEqualTo("NCBITaxon:1280");
		assertThat(template.findById("ref26", Paper.class).orElseThrow().doi()).isEqualTo("10.1111/ced.15052");
		assertThat(template.findById("DE04", DriftEvent.class).orElseThrow().incidence()).contains("5.8% (27/468)");
		assertThat(template.count(Drug.class)).isEqualTo(19);
		assertThat(template.count(CellType.class)).isEqualTo(10);
	}

}
