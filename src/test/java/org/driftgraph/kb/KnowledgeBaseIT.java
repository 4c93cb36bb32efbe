package org.driftgraph.kb;

import java.util.List;
import java.util.Map;

import org.driftgraph.lookup.EntityLookup;
import org.driftgraph.qa.QualityChecks;
import org.driftgraph.qa.QualityReport;
import org.driftgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curated graph after a normal start, asked the questions researchers ask. Expected
 * values are counted from {@code shared/domain/domain-facts.md} by hand, not from the
 * data files.
 */
@SpringBootTest
class KnowledgeBaseIT extends IntegrationTest {

	@Autowired
	Driver driver;

	@Autowired
	EntityLookup lookup;

	@Autowired
	QualityChecks quality;

	@Autowired
	KnowledgeBaseLoader.Result release;

	List<Record> query(String cypher, Map<String, Object> parameters) {
		try (var session = driver.session()) {
			return session.run(cypher, parameters).list();
		}
	}

	List<Record> query(String cypher) {
		return query(cypher, Map.of());
	}

	@Test
	void holds_every_entity_of_the_sheet_by_label() {
		Map<String, Long> counts = Map.of("Drug", 19L, "DrugClass", 12L, "Molecule", 34L, "CellType", 10L, "ThSubset",
				6L, "Disease", 14L, "AdverseReaction", 2L, "Factor", 6L, "Paper", 57L, "DriftEvent", 17L);
		counts.forEach((label,
				expected) -> assertThat(query("MATCH (n:" + label + ") RETURN count(n) AS c").get(0).get("c").asLong())
					.as(label)
					.isEqualTo(expected));
		assertThat(query("MATCH (n:ThSubset) RETURN n.key AS k ORDER BY k").stream().map(r -> r.get("k").asString()))
			.containsExactly("tfh", "th1", "th17", "th2", "th22", "treg");
		assertThat(query(
				"MATCH (n:ThSubset) RETURN n.key + ':' + [l IN labels(n) WHERE NOT l IN ['CellType', 'ThSubset']][0] "
						+ "AS own")
			.stream()
			.map(r -> r.get("own").asString()))
			.containsExactlyInAnyOrder("tfh:Tfh", "th1:Th1", "th17:Th17", "th2:Th2", "th22:Th22", "treg:Treg");
	}

	@Test
	void holds_every_relationship_row_of_sections_b1_to_b11_with_evidence() {
		List<String> ids = query("MATCH ()-[r]->() WHERE r.id STARTS WITH 'R' RETURN DISTINCT r.id AS id ORDER BY id")
			.stream()
			.map(r -> r.get("id").asString())
			.toList();
		assertThat(ids).hasSize(174).contains("R001", "R146", "R211").doesNotContain("R082");
		assertThat(query("MATCH ()-[r]->() WHERE r.id IS NOT NULL AND (r.confidence IS NULL OR r.refs IS NULL) "
				+ "RETURN count(r) AS c")
			.get(0)
			.get("c")
			.asLong()).isZero();
	}

	@Test
	void th2_cells_produce_il4_il5_and_il13_citing_raphael() {
		List<Record> rows = query("""
				MATCH (:ThSubset {key: 'th2'})-[r:PRODUCES]->(m:Molecule)
				RETURN m.key AS cytokine, r.refs AS refs ORDER BY cytokine""");
		assertThat(rows).extracting(r -> r.get("cytokine").asString()).containsExactly("il13", "il4", "il5");
		assertThat(rows).allSatisfy(r -> assertThat(r.get("refs").asList(v -> v.asString())).contains("ref06"));
	}

	@Test
	void tnf_inhibitor_class_has_five_members() {
		assertThat(query("MATCH (d:Drug)-[:MEMBER_OF]->(:DrugClass {key: 'class_tnfi'}) RETURN d.key AS d ORDER BY d"))
			.extracting(r -> r.get("d").asString())
			.containsExactly("adalimumab", "certolizumab_pegol", "etanercept", "golimumab", "infliximab");
	}

	@Test
	void biologics_exclude_the_small_molecule_jak_and_tyk2_inhibitors() {
		assertThat(query("MATCH (c:DrugClass)-[:SUBCLASS_OF]->(:DrugClass {key: 'class_biologic'}) RETURN c.key AS c"))
			.extracting(r -> r.get("c").asString())
			.containsExactlyInAnyOrder("class_tnfi", "class_il17i", "class_il12_23i", "class_il23i", "class_il4_13i",
					"class_pd1_pdl1i");
	}

	@Test
	void every_drift_event_is_reported_in_papers_and_il17_eczema_keeps_its_figures_verbatim() {
		List<Record> rows = query("""
				MATCH (e:DriftEvent)
				OPTIONAL MATCH (e)-[:REPORTED_IN]->(p:Paper)
				RETURN e.key AS event, collect(p.key) AS papers ORDER BY event""");
		assertThat(rows).hasSize(17).allSatisfy(r -> assertThat(r.get("papers").asList()).isNotEmpty());
		Record de04 = query("""
				MATCH (e:DriftEvent {key: 'DE04'})-[:REPORTED_IN]->(p:Paper)
				RETURN e.incidence AS incidence, collect(p.key) AS papers""").get(0);
		assertThat(de04.get("incidence").asString()).contains("2.2–12.1%")
			.contains("5.8% (27/468)")
			.contains("2.8% (8/289)");
		assertThat(de04.get("papers").asList(v -> v.asString())).contains("ref19", "ref26", "miao2025");
		assertThat(query("""
				MATCH (e:DriftEvent {key: 'DE17'})-[:MANAGED_BY]->(rescue) RETURN rescue.key AS k"""))
			.extracting(r -> r.get("k").asString())
			.contains("dupilumab");
	}

	@Test
	void paradoxical_reactions_resemble_the_disease_they_mimic() {
		assertThat(query("MATCH (a:AdverseReaction)-[:RESEMBLES]->(d:Disease) RETURN a.key + '>' + d.key AS pair"))
			.extracting(r -> r.get("pair").asString())
			.containsExactlyInAnyOrder("eczematous_eruption>atopic_dermatitis", "psoriasiform_eruption>psoriasis");
	}

	@Test
	void contested_claims_stay_marked_with_their_reason() {
		List<Record> contested = query("""
				MATCH (s)-[r]->(o) WHERE r.contested = true
				RETURN r.id AS id, s.key AS subject, type(r) AS type, o.key AS object, r.confidence AS confidence,
				       r.note AS note ORDER BY id""");
		assertThat(contested).extracting(r -> r.get("id").asString()).contains("R101", "R131", "R138", "R190");
		Record bimekizumab = contested.stream()
			.filter(r -> r.get("id").asString().equals("R131"))
			.findFirst()
			.orElseThrow();
		assertThat(bimekizumab.get("confidence").asString()).isEqualTo("low");
		assertThat(bimekizumab.get("note").asString()).isNotBlank();
		assertThat(query("MATCH (:Drug {key: 'dupilumab'})-[r:INDUCES]->(:Disease {key: 'ulcerative_colitis'}) "
				+ "RETURN r.contested AS c, r.refs AS refs")
			.get(0)
			.get("refs")
			.asList()).containsExactly("miao2025");
	}

	@Test
	void negative_knowledge_is_absent() {
		assertThat(query("""
				MATCH (e:DriftEvent)-[:TRIGGERED_BY]->(c)
				WHERE c.key IN ['upadacitinib', 'deucravacitinib', 'class_jaki', 'class_tyk2i']
				   OR (c)-[:MEMBER_OF]->(:DrugClass {key: 'class_jaki'})
				RETURN e""")).isEmpty();
		assertThat(query("""
				MATCH (d {key: $d})-[:INDUCES]->(r {key: $r}) RETURN d""",
				Map.of("d", "dupilumab", "r", "eczematous_eruption")))
			.isEmpty();
		assertThat(query("MATCH ({key: 'class_tnfi'})-[:INDUCES]->({key: 'bullous_pemphigoid'}) RETURN 1")).isEmpty();
		assertThat(query("MATCH ({key: 'bimekizumab'})-[:SHIFTS_TOWARD]->() RETURN 1")).isEmpty();
		assertThat(query("MATCH (d)-[:INDUCES]->({key: 'polymyalgia_rheumatica'}) RETURN d.key AS d"))
			.extracting(r -> r.get("d").asString())
			.containsExactly("dupilumab");
	}

	@Test
	void drug_level_shift_copies_name_the_class_they_inherit_from() {
		assertThat(query("""
				MATCH (d:Drug)-[r:SHIFTS_TOWARD]->(:ThSubset {key: 'th2'}) WHERE r.inherited_from IS NOT NULL
				RETURN d.key + '<' + r.inherited_from AS copy ORDER BY copy"""))
			.extracting(r -> r.get("copy").asString())
			.containsExactly("adalimumab<class_tnfi", "etanercept<class_tnfi", "infliximab<class_tnfi",
					"ixekizumab<class_il17i", "secukinumab<class_il17i", "ustekinumab<class_il12_23i");
	}

	@Test
	void papers_carry_the_corrected_identifiers_of_section_d2() {
		Map<String, Object> ref10 = query("MATCH (p:Paper {key: 'ref10'}) RETURN properties(p) AS p").get(0)
			.get("p")
			.asMap();
		assertThat(ref10).containsEntry("doi", "10.1007/s40257-017-0296-7").containsEntry("pmid", "28597181");
		assertThat(query("MATCH (p:Paper {key: 'ref14'}) RETURN p.pmid AS pmid").get(0).get("pmid").asString())
			.isEqualTo("39516105");
		assertThat(query("MATCH (p:Paper {key: 'ref21'}) RETURN p.pmid AS pmid").get(0).get("pmid").isNull()).isTrue();
		assertThat(query("MATCH (:Paper {key: 'miao2025'})-[:CITES]->(p:Paper) RETURN count(p) AS c").get(0)
			.get("c")
			.asLong()).isEqualTo(56);
	}

	@Test
	void search_finds_by_brand_abbreviation_and_subset_name_case_insensitively() {
		assertThat(lookup.search("Cosentyx", 5)).first().extracting(e -> e.node().key()).isEqualTo("secukinumab");
		assertThat(lookup.search("tarc", 5)).first().extracting(e -> e.node().key()).isEqualTo("ccl17");
		assertThat(lookup.search("Th17", 5)).first().extracting(e -> e.node().key()).isEqualTo("th17");
		assertThat(lookup.search("a OR b:c (", 5)).isNotNull();
		assertThat(lookup.byCurie("DRUGBANK:DB09029")).extracting(e -> e.node().key()).containsExactly("secukinumab");
		assertThat(lookup.byCurie("CL:0000899")).extracting(e -> e.node().key()).containsExactly("th17");
		assertThat(lookup.byKey("dupilumab")).get().extracting(e -> e.node().name()).isEqualTo("Dupilumab");
		assertThat(lookup.byKey("no_such_key")).isEmpty();
	}

	@Test
	void the_quality_checks_pass_on_the_curated_graph() {
		QualityReport report = quality.run();
		assertThat(report.checks()).allSatisfy(check -> assertThat(check.examples()).as(check.name()).isEmpty());
		assertThat(report.passed()).isTrue();
	}

	@Test
	void the_release_is_recorded_once_with_its_checksum() {
		Record recorded = query("MATCH (r:Release {checksum: $c}) RETURN r.nodes AS nodes, r.loaded_at AS at",
				Map.of("c", release.checksum()))
			.get(0);
		assertThat(recorded.get("nodes").asInt()).isEqualTo(release.nodes());
		assertThat(recorded.get("at").isNull()).isFalse();
	}

}
