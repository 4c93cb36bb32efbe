package org.driftgraph.kb;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.driftgraph.format.Dataset;
import org.driftgraph.format.EdgeRecord;
import org.driftgraph.format.NodeRecord;
import org.driftgraph.format.curated.CuratedFormat;
import org.driftgraph.format.tsv.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every malformed input is reported with file, line, column and reason; a good one
 * becomes records.
 */
class CuratedFormatTests {

	static final String NODES = """
			labels\tkey\tname\tsynonyms\tcurie\tcurie_verified
			Drug\tsecukinumab\tSecukinumab\tCosentyx|AIN457\tDRUGBANK:DB09029\tfalse
			DrugClass\tclass_il17i\tIL-17 inhibitors\t\t\t
			CellType|ThSubset|Th2\tth2\tTh2 cell\t\tCL:0000546\ttrue
			AdverseReaction\teczematous_eruption\tParadoxical eczematous eruption\t\t\t
			""";

	static final String PAPERS = """
			key\tfirst_author\tyear\ttitle\tdoi\tpmid\tcited_by
			miao2025\tMiao F\t2025\tA review\t10.14218/FIM.2024.00057\t\t
			ref26\tMegna M\t2022\tEczematous drug eruption\t10.1111/ced.15052\t34862807\tmiao2025
			""";

	static final String EDGES = """
			id\tsubject\tpredicate\tobject\trefs\tchecked_refs\tconfidence\taway_from
			R006\tsecukinumab\tMEMBER_OF\tclass_il17i\tmiao2025|GK\t\thigh\t
			R102\tclass_il17i\tSHIFTS_TOWARD\tth2\tmiao2025|ref26\tref26\thigh\tth2
			R125\tsecukinumab\tINDUCES\teczematous_eruption\tref26\t\thigh\t
			""";

	static final String EVENTS = """
			key\tname\ttriggered_by\tresults_in\tshifts_to\trefs\tchecked_refs\tincidence\tconfidence
			DE04\tIL-17i eczema\tclass_il17i\teczematous_eruption\tth2\tmiao2025|ref26\tref26\t5.8% (27/468) [19]\thigh
			""";

	static Map<String, byte[]> files(String nodes, String papers, String edges, String events) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put(CuratedFormat.NODES, nodes.getBytes(StandardCharsets.UTF_8));
		files.put(CuratedFormat.PAPERS, papers.getBytes(StandardCharsets.UTF_8));
		files.put(CuratedFormat.EDGES, edges.getBytes(StandardCharsets.UTF_8));
		files.put(CuratedFormat.DRIFT_EVENTS, events.getBytes(StandardCharsets.UTF_8));
		return files;
	}

	static Dataset read(Map<String, byte[]> files) {
		List<Problem> problems = new java.util.ArrayList<>();
		Dataset dataset = CuratedFormat.read(files, problems);
		DatasetValidator.check(dataset, problems, Map.of());
		return dataset;
	}

	static List<String> problems(Map<String, byte[]> files) {
		try {
			read(files);
			return List.of();
		}
		catch (InvalidDataException ex) {
			return ex.problems().stream().map(Problem::toString).toList();
		}
	}

	@Test
	void reads_nodes_papers_claims_and_drift_events_into_records() {
		Dataset dataset = read(files(NODES, PAPERS, EDGES, EVENTS));
		NodeRecord drug = dataset.nodes().get(0);
		assertThat(drug.properties()).containsEntry("synonyms", List.of("Cosentyx", "AIN457"))
			.containsEntry("curie_verified", false);
		assertThat(dataset.nodes().get(2).extraLabels()).containsExactly("ThSubset", "Th2");
		EdgeRecord member = dataset.edges().stream().filter(e -> "R006".equals(e.id())).findFirst().orElseThrow();
		assertThat(member.properties()).containsEntry("general_knowledge", true)
			.containsEntry("refs", List.of("miao2025"));
		assertThat(dataset.edges()).extracting(e -> e.type().name() + ":" + e.subject() + ">" + e.object())
			.contains("CITES:miao2025>ref26", "TRIGGERED_BY:DE04>class_il17i", "RESULTS_IN:DE04>eczematous_eruption",
					"SHIFTS_TO:DE04>th2", "REPORTED_IN:DE04>ref26");
		NodeRecord event = dataset.nodes().get(dataset.nodes().size() - 1);
		assertThat(event.properties()).containsEntry("incidence", "5.8% (27/468) [19]").doesNotContainKey("refs");
		assertThat(dataset.checksum()).hasSize(64);
	}

	@Test
	void an_unknown_key_names_file_line_and_column() {
		assertThat(problems(files(NODES, PAPERS, EDGES.replace("R125\tsecukinumab", "R125\tsekukinumab"), EVENTS)))
			.containsExactly("edges.tsv:4 [subject]: unknown key 'sekukinumab'");
	}

	@Test
	void an_unknown_predicate_is_refused() {
		assertThat(problems(files(NODES, PAPERS, EDGES.replace("INDUCES", "CAUSES_RASH"), EVENTS)))
			.containsExactly("edges.tsv:4 [predicate]: unknown predicate 'CAUSES_RASH'");
	}

	@Test
	void extra_labels_other_than_a_th_subset_and_its_own_label_are_refused() {
		assertThat(problems(files(NODES.replace("CellType|ThSubset|Th2", "CellType|ThSubset"), PAPERS, EDGES, EVENTS)))
			.isEmpty();
		assertThat(
				problems(files(NODES.replace("CellType|ThSubset|Th2", "CellType|Th2|ThSubset"), PAPERS, EDGES, EVENTS)))
			.isEmpty();
		assertThat(problems(
				files(NODES.replace("CellType|ThSubset|Th2", "CellType|ThSubset|ThSubset"), PAPERS, EDGES, EVENTS)))
			.hasSize(1);
		assertThat(problems(files(NODES.replace("CellType|ThSubset|Th2", "CellType|ThSubset|Th9")
			.replace("DrugClass\t", "DrugClass|ThSubset\t"), PAPERS, EDGES, EVENTS)))
			.containsExactly(
					"nodes.tsv:3 [labels]: extra labels [ThSubset] are not allowed; only CellType|ThSubset has more, "
							+ "optionally followed by one of [Th1, Th2, Th17, Th22, Treg, Tfh]",
					"nodes.tsv:4 [labels]: extra labels [ThSubset, Th9] are not allowed; only CellType|ThSubset has more, "
							+ "optionally followed by one of [Th1, Th2, Th17, Th22, Treg, Tfh]");
	}

	@Test
	void a_predicate_between_the_wrong_labels_is_refused() {
		assertThat(problems(files(NODES, PAPERS, EDGES.replace("MEMBER_OF\tclass_il17i", "MEMBER_OF\tth2"), EVENTS)))
			.singleElement()
			.asString()
			.startsWith("edges.tsv:2 [predicate]: MEMBER_OF cannot connect a Drug (secukinumab) to a CellType (th2)");
	}

	@Test
	void a_malformed_curie_and_a_curie_of_the_wrong_namespace_are_refused() {
		assertThat(problems(
				files(NODES.replace("DRUGBANK:DB09029", "DRUGBANK:DB9029").replace("CL:0000546", "MONDO:0000546"),
						PAPERS, EDGES, EVENTS)))
			.containsExactly("nodes.tsv:2 [curie]: 'DRUGBANK:DB9029' does not match the DRUGBANK pattern DB\\d{5}",
					"nodes.tsv:4 [curie]: a CellType takes CURIEs from [CL], not MONDO");
	}

	@Test
	void a_malformed_doi_or_pmid_is_refused() {
		assertThat(problems(
				files(NODES, PAPERS.replace("10.1111/ced.15052", "10.1111/ ced.15052").replace("34862807", "3486 2807"),
						EDGES, EVENTS)))
			.containsExactly("papers.tsv:3 [doi]: '10.1111/ ced.15052' is not a DOI (10.NNNN/suffix, no spaces)",
					"papers.tsv:3 [pmid]: '3486 2807' is not a PubMed id (digits only)");
	}

	@Test
	void a_ref_that_is_not_a_paper_is_refused() {
		assertThat(problems(files(NODES, PAPERS,
				EDGES.replace("R125\tsecukinumab\tINDUCES\teczematous_eruption\tref26",
						"R125\tsecukinumab\tINDUCES\teczematous_eruption\tref99"),
				EVENTS)))
			.containsExactly("edges.tsv:4 [refs]: 'ref99' is not a paper key");
	}

	@Test
	void general_knowledge_is_refused_on_a_clinical_claim() {
		assertThat(problems(
				files(NODES, PAPERS, EDGES.replace("eczematous_eruption\tref26", "eczematous_eruption\tGK"), EVENTS)))
			.containsExactly("edges.tsv:4 [refs]: GK (general knowledge) is allowed only on taxonomy relationships, "
					+ "not on INDUCES (clinical)");
	}

	@Test
	void a_duplicate_key_names_both_lines() {
		assertThat(problems(files(NODES + "Drug\tsecukinumab\tAgain\t\t\t\n", PAPERS, EDGES, EVENTS)))
			.containsExactly("nodes.tsv:6 [key]: duplicate key 'secukinumab' (first at nodes.tsv:2)");
	}

	@Test
	void a_missing_column_an_unknown_column_and_a_short_line_are_refused() {
		assertThat(problems(files(NODES, PAPERS, EDGES.replace("\tconfidence\t", "\tconfidance\t"), EVENTS)))
			.contains("edges.tsv:1 [confidence]: missing required column")
			.anyMatch(p -> p.startsWith("edges.tsv:1 [confidance]: unknown column"));
		assertThat(problems(files(NODES + "Drug\tonly_two\n", PAPERS, EDGES, EVENTS)))
			.containsExactly("nodes.tsv:6: expected 6 tab-separated fields as in the header, found 2");
	}

	@Test
	void an_empty_file_and_a_file_without_data_are_refused() {
		assertThat(problems(files("", PAPERS, EDGES, EVENTS)))
			.contains("nodes.tsv: the file is empty (no header line)");
		assertThat(problems(files(NODES, PAPERS, EDGES, "key\tname\trefs\tconfidence\n")))
			.containsExactly("drift_events.tsv:1: the file has a header but no data lines");
	}

	@Test
	void a_line_that_is_not_utf8_is_refused() {
		Map<String, byte[]> files = files(NODES, PAPERS, EDGES, EVENTS);
		byte[] latin1 = (NODES + "Drug\tx\tCaf\u00e9\t\t\t\n").getBytes(StandardCharsets.ISO_8859_1);
		files.put(CuratedFormat.NODES, latin1);
		assertThat(problems(files)).containsExactly("nodes.tsv:6: the line is not valid UTF-8");
	}

	@Test
	void a_bad_confidence_and_a_bad_boolean_are_refused() {
		assertThat(problems(files(NODES.replace("\tfalse\n", "\tyes\n"), PAPERS,
				EDGES.replace("\thigh\tth2", "\tsure\tth2"), EVENTS)))
			.containsExactly("edges.tsv:3 [confidence]: 'sure' is not one of [high, medium, low]",
					"nodes.tsv:2 [curie_verified]: 'yes' is not true or false");
	}

}
