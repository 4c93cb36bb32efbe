package org.driftgraph.format.kgx;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.driftgraph.format.Dataset;
import org.driftgraph.format.EdgeRecord;
import org.driftgraph.format.NodeRecord;
import org.driftgraph.format.tsv.Problem;
import org.driftgraph.kb.ImportFormat;
import org.driftgraph.schema.Label;
import org.driftgraph.schema.MetaEdge;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading KGX without a database: fields, categories and predicates mapped back, keys,
 * and every problem's message.
 */
class KgxFormatTests {

	/** Nodes already in the graph, as the loader would look them up. */
	static final Map<String, KgxFormat.Known> GRAPH = Map.of("MONDO:0005083",
			new KgxFormat.Known("psoriasis", Label.DISEASE), "PMID:30545401", new KgxFormat.Known("ref01", Label.PAPER),
			"UniProtKB:Q16552", new KgxFormat.Known("il17a", Label.MOLECULE), "CL:0000899",
			new KgxFormat.Known("th17", Label.CELL_TYPE));

	final List<Problem> problems = new ArrayList<>();

	Dataset read(String... namesAndContents) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (int i = 0; i < namesAndContents.length; i += 2) {
			files.put(namesAndContents[i], namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
		}
		KgxFormat kgx = KgxFormat.read(files, problems);
		Map<String, KgxFormat.Known> graph = new LinkedHashMap<>();
		kgx.idsToLookUp().stream().filter(GRAPH::containsKey).forEach(id -> graph.put(id, GRAPH.get(id)));
		return kgx.dataset(graph, problems);
	}

	@Test
	void third_party_tsv_maps_back_with_derived_keys_curies_and_types_told_apart_by_the_metagraph() {
		Dataset dataset = read("nodes.tsv",
				"""
						id\tcategory\tname\tsynonym\tprovided_by
						CHEBI:44185\tbiolink:Drug|biolink:ChemicalEntity|biolink:NamedThing\tmethotrexate\tMTX|amethopterin\tinfores:x
						MONDO:0005083\tbiolink:Disease\tPsoriasis (plaque psoriasis)\t\t
						""",
				"edges.tsv",
				"""
						id\tsubject\tpredicate\tobject\tpublications\tknowledge_level\tagent_type
						urn:uuid:1\tCHEBI:44185\tbiolink:treats\tMONDO:0005083\tPMID:30545401\tknowledge_assertion\tmanual_agent
						""");
		assertThat(problems).isEmpty();
		assertThat(dataset.nodes()).extracting(NodeRecord::key).containsExactly("CHEBI_44185", "psoriasis");
		NodeRecord methotrexate = dataset.nodes().get(0);
		assertThat(methotrexate.label()).isEqualTo(Label.DRUG);
		assertThat(methotrexate.properties()).containsEntry("curie", "CHEBI:44185")
			.containsEntry("name", "methotrexate")
			.containsEntry("synonyms", List.of("MTX", "amethopterin"))
			.containsEntry("provided_by", "infores:x");
		EdgeRecord treats = dataset.edges().get(0);
		assertThat(dataset.edges()).hasSize(1);
		assertThat(treats.type()).isEqualTo(MetaEdge.TREATS);
		assertThat(treats.subject()).isEqualTo("CHEBI_44185");
		assertThat(treats.object()).isEqualTo("psoriasis");
		assertThat(treats.properties()).containsEntry("id", "urn_uuid_1")
			.containsEntry("refs", List.of("ref01"))
			.doesNotContainKeys("knowledge_level", "agent_type", "publications");
	}

	@Test
	void a_predicate_several_types_share_is_told_apart_by_the_labels_it_connects() {
		Dataset dataset = read("edges.jsonl",
				"""
						{"subject":"UniProtKB:Q16552","predicate":"biolink:affects","object":"CL:0000899","qualified_predicate":"biolink:causes","object_direction_qualifier":"increased","publications":["PMID:30545401"]}
						""");
		assertThat(problems).isEmpty();
		assertThat(dataset.edges()).singleElement().satisfies(edge -> {
			assertThat(edge.type()).isEqualTo(MetaEdge.AMPLIFIES);
			assertThat(edge.properties()).containsEntry("refs", List.of("ref01")).doesNotContainKey("id");
		});
	}

	@Test
	void an_ambiguous_unknown_or_unfitting_predicate_is_a_problem_naming_the_candidates() {
		read("nodes.tsv", """
				id\tcategory\tname
				UniProtKB:P29460\tbiolink:Protein\tIL-12B
				DRUGBANK:DB00563\tbiolink:Drug\tMethotrexate
				""", "edges.tsv", """
				subject\tpredicate\tobject\tpublications
				UniProtKB:P29460\tbiolink:directly_physically_interacts_with\tUniProtKB:Q16552\tPMID:30545401
				UniProtKB:P29460\tbiolink:regulates\tUniProtKB:Q16552\tPMID:30545401
				DRUGBANK:DB00563\tbiolink:causes\tCL:0000899\tPMID:30545401
				DRUGBANK:DB00563\tbiolink:treats\tMONDO:0005083\t
				""");
		assertThat(problems).containsExactly(new Problem("edges.tsv", 2, "predicate",
				"biolink:directly_physically_interacts_with between a Molecule "
						+ "(UniProtKB_P29460) and a Molecule (il17a) is ambiguous: it may be RECEPTOR_FOR or BINDS; add "
						+ "original_predicate (driftgraph:RECEPTOR_FOR or driftgraph:BINDS)"),
				new Problem("edges.tsv", 3, "predicate", "no DriftGraph relationship type is biolink:regulates; use a "
						+ "predicate and qualifiers of the Biolink table in docs/data-formats.md, or add original_predicate "
						+ "(driftgraph:<TYPE>)"),
				new Problem("edges.tsv", 4, "predicate",
						"biolink:causes between a Drug (DRUGBANK_DB00563) and a CellType "
								+ "(th17) is none of DriftGraph's types: CAUSES connects [Molecule, Factor] to [Factor]; INDUCES "
								+ "connects [Drug, DrugClass] to [Disease, AdverseReaction]; RESULTS_IN connects [DriftEvent] to "
								+ "[Disease, AdverseReaction]"));
	}

	@Test
	void original_predicate_names_the_type_and_must_agree_with_the_predicate() {
		Dataset dataset = read("edges.tsv",
				"""
						id\tsubject\tpredicate\tobject\toriginal_predicate\tpublications
						driftgraph:K001\tUniProtKB:Q16552\tbiolink:directly_physically_interacts_with\tUniProtKB:Q16552\tdriftgraph:BINDS\tPMID:30545401
						driftgraph:K002\tUniProtKB:Q16552\tbiolink:treats\tUniProtKB:Q16552\tdriftgraph:BINDS\tPMID:30545401
						driftgraph:K003\tUniProtKB:Q16552\tbiolink:treats\tUniProtKB:Q16552\tdriftgraph:HEALS\tPMID:30545401
						""");
		assertThat(dataset.edges()).singleElement().satisfies(edge -> {
			assertThat(edge.type()).isEqualTo(MetaEdge.BINDS);
			assertThat(edge.id()).isEqualTo("K001");
		});
		assertThat(problems).extracting(Problem::toString)
			.containsExactly(
					"edges.tsv:3 [predicate]: original_predicate driftgraph:BINDS is "
							+ "biolink:directly_physically_interacts_with, not biolink:treats",
					"edges.tsv:4 [original_predicate]: unknown original_predicate 'driftgraph:HEALS'; DriftGraph's are "
							+ "driftgraph:<TYPE> with TYPE one of " + List.of(MetaEdge.values()));
	}

	@Test
	void an_unknown_category_a_malformed_curie_and_labels_that_do_not_fit_are_problems_with_line_and_field() {
		read("nodes.tsv", """
				id\tcategory\tname\tlabels\txref
				CHEBI:44185\tbiolink:SmallMolecule\tmethotrexate\t\t
				MONDO:5083\tbiolink:Disease\tpsoriasis\t\t
				psoriasis\tbiolink:Disease\tpsoriasis\t\t
				NCBIGene:3605\tbiolink:Protein\tIL17A\t\t
				MONDO:0005083\tbiolink:Disease\tpsoriasis\tDisease|Th17\tMESH:123
				PMID:12\tbiolink:Drug\tnot a drug\t\t
				PMID:x1\tbiolink:Publication\ta paper\t\t
				""");
		assertThat(problems).extracting(Problem::toString)
			.containsExactly(
					"nodes.tsv:2 [category]: no DriftGraph label has the category biolink:SmallMolecule; the categories "
							+ "read are biolink:Drug (Drug), biolink:ChemicalEntity (DrugClass), biolink:Protein (Molecule), "
							+ "biolink:Cell (CellType), biolink:Disease (Disease), biolink:PhenotypicFeature "
							+ "(AdverseReaction), biolink:NamedThing (Factor), biolink:Treatment (Therapy), "
							+ "biolink:Publication (Paper), biolink:PathologicalProcess (DriftEvent)",
					"nodes.tsv:3 [id]: 'MONDO:5083' does not match the MONDO pattern \\d{7}",
					"nodes.tsv:4 [id]: 'psoriasis' is not a CURIE (PREFIX:local-id)",
					"nodes.tsv:5 [id]: unknown CURIE prefix in 'NCBIGene:3605'; known are [CHEBI, CL, DRUGBANK, GO, HP, "
							+ "MESH, MONDO, NCBITaxon, UniProtKB]",
					"nodes.tsv:6 [xref]: 'MESH:123' does not match the MESH pattern [CD]\\d{6,9}",
					"nodes.tsv:6 [labels]: labels [Disease, Th17] do not fit category biolink:Disease; only "
							+ "CellType|ThSubset has more, optionally followed by one of [Th1, Th2, Th17, Th22, Treg, Tfh]",
					"nodes.tsv:7 [id]: unknown CURIE prefix in 'PMID:12'; known are [CHEBI, CL, DRUGBANK, GO, HP, MESH, "
							+ "MONDO, NCBITaxon, UniProtKB]",
					"nodes.tsv:8 [id]: 'PMID:x1' is not a paper id (PMID:digits, doi:10.NNNN/suffix or driftgraph:<key>)");
	}

	@Test
	void missing_columns_name_file_and_column() {
		read("nodes.tsv", "id\tname\nCHEBI:44185\tmethotrexate\n", "edges.tsv",
				"subject\tobject\nCHEBI:44185\tMONDO:0005083\n");
		assertThat(problems).containsExactly(new Problem("nodes.tsv", 1, "category", "missing required column"),
				new Problem("edges.tsv", 1, "predicate", "missing required column"));
	}

	@Test
	void json_lines_report_invalid_json_missing_fields_and_unknown_ends_by_line() {
		read("nodes.jsonl", """
				{"id": "CHEBI:44185", "category": ["biolink:Drug"], "name": "methotrexate"}
				{"id": "CHEBI:44186", "category": ["biolink:Drug"
				["not", "an", "object"]

				{"category": ["biolink:Drug"]}
				{"id": "CHEBI:1", "category": ["biolink:Drug"], "note": {"nested": true}}
				""", "edges.jsonl",
				"""
						{"subject": "CHEBI:44185", "predicate": "biolink:treats", "object": "MONDO:0005015", "publications": ["PMID:1"]}
						""");
		assertThat(problems).extracting(Problem::toString)
			.containsExactly(
					"nodes.jsonl:2: invalid JSON at column 50: Unexpected end-of-input: expected close marker "
							+ "for Array",
					"nodes.jsonl:3: a line must hold one JSON object (a node), not [not, an, object]",
					"nodes.jsonl:5 [id]: missing value",
					"nodes.jsonl:6 [note]: a property is text, a number, true or false, or a list of these; not "
							+ "{nested=true}",
					"edges.jsonl:1 [object]: unknown node 'MONDO:0005015': neither in the nodes file nor in the graph (as "
							+ "a CURIE, PMID:, doi: or driftgraph:<key>)");
	}

	@Test
	void an_unresolvable_publication_is_a_problem() {
		read("edges.tsv",
				"""
						id\tsubject\tpredicate\tobject\toriginal_predicate\tpublications
						X1\tUniProtKB:Q16552\tbiolink:directly_physically_interacts_with\tUniProtKB:Q16552\tdriftgraph:BINDS\tPMID:1|CL:0000899
						""");
		assertThat(problems).extracting(Problem::toString)
			.containsExactly(
					"edges.tsv:2 [publications]: 'PMID:1' names no paper in the nodes file or the graph; add it to the nodes "
							+ "with category biolink:Publication",
					"edges.tsv:2 [publications]: 'CL:0000899' names no paper in the nodes file or the graph; add it to the "
							+ "nodes with category biolink:Publication");
	}

	@Test
	void empty_files_are_problems() {
		read("nodes.jsonl", "\n\n", "edges.tsv", "");
		assertThat(problems).containsExactly(new Problem("nodes.jsonl", 0, null, "the file is empty (no JSON lines)"),
				new Problem("edges.tsv", 0, null, "the file is empty (no header line)"));
	}

	@Test
	void tsv_cells_take_the_types_driftgraph_gives_its_properties() {
		Dataset dataset = read("nodes.tsv", """
				id\tcategory\tname\tkey\tyear\ttitle\tcurie_verified
				PMID:30545401\tbiolink:Publication\tA title\tref01\t2019\t\t
				doi:10.1000/xyz\tbiolink:Publication\tAnother\t\tlast year\t\t
				CHEBI:44185\tbiolink:Drug\tmethotrexate\t\t\t\tyes
				""");
		assertThat(dataset.nodes().get(0).properties()).containsEntry("key", "ref01")
			.containsEntry("year", 2019L)
			.containsEntry("title", "A title")
			.containsEntry("pmid", "30545401")
			.doesNotContainKeys("name", "curie");
		assertThat(dataset.nodes().get(1).key()).isEqualTo("doi_10_1000_xyz");
		assertThat(dataset.nodes().get(1).properties()).containsEntry("doi", "10.1000/xyz");
		assertThat(problems).extracting(Problem::toString)
			.containsExactly("nodes.tsv:3 [year]: 'last year' is not a whole number",
					"nodes.tsv:4 [curie_verified]: 'yes' is not true or false");
	}

	@Test
	void keys_are_derived_from_curies_deterministically() {
		assertThat(KgxFormat.derivedKey("MONDO:0005083")).isEqualTo("MONDO_0005083");
		assertThat(KgxFormat.derivedKey("driftgraph:secukinumab")).isEqualTo("secukinumab");
		assertThat(KgxFormat.derivedKey("driftgraph:DE04-TRIGGERED_BY-secukinumab")).isNull();
		assertThat(KgxFormat.derivedKey("X:" + "1".repeat(99))).isNull();
	}

	@Test
	void the_format_is_detected_from_names_and_headers() {
		assertThat(ImportFormat.detect(Map.of("nodes.jsonl", new byte[0]))).isEqualTo(ImportFormat.KGX);
		assertThat(ImportFormat.detect(Map.of("nodes.tsv", "# kgx\nid\tcategory\tname\n".getBytes())))
			.isEqualTo(ImportFormat.KGX);
		assertThat(ImportFormat.detect(Map.of("edges.tsv", "subject\tpredicate\tobject\tknowledge_level\n".getBytes())))
			.isEqualTo(ImportFormat.KGX);
		assertThat(ImportFormat.detect(Map.of("nodes.tsv", "labels\tkey\tname\n".getBytes(), "edges.tsv",
				"id\tsubject\tpredicate\tobject\trefs\tconfidence\n".getBytes())))
			.isEqualTo(ImportFormat.CURATED);
		assertThat(ImportFormat.detect(Map.of("papers.tsv", "key\n".getBytes()))).isEqualTo(ImportFormat.CURATED);
	}

}
