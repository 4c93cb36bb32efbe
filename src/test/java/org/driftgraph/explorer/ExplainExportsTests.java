package org.driftgraph.explorer;

import java.util.List;

import org.driftgraph.explorer.ExplainView.ClaimView;
import org.driftgraph.explorer.ExplainView.HopView;
import org.driftgraph.explorer.ExplainView.MechanismView;
import org.driftgraph.literature.Citation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExplainExportsTests {

	static final Citation WITH_IDS = new Citation("ref26", "Megna M", 2022, "Eczematous drug eruption {IL-22}",
			"Clin Exp Dermatol", "10.1111/ced.15052", "34862807");

	static final Citation WITHOUT = new Citation("ref18", "Yang X", null, "A title, with a comma", null, null, null);

	static ExplainView view() {
		HopView hop = new HopView(
				"DRIVEN_BY", true, DiagramTests.SUBSET, DiagramTests.REACTION, 1, List.of(new ClaimView("R184",
						DiagramTests.REACTION, "high", false, "a \"quoted\" note", false, List.of(WITH_IDS, WITHOUT))),
				0.75, List.of());
		MechanismView mechanism = new MechanismView(1, List.of(hop), 1, false, 0.75, "1 hop(s)", "narrative", false);
		return new ExplainView(DiagramTests.SUBSET, DiagramTests.REACTION, "narrative", List.of(), List.of(mechanism),
				List.of(hop), List.of(), 0);
	}

	@Test
	void csv_writes_the_claim_as_stored_with_its_papers_identifiers() {
		List<String> rows = ExplainExports.csv(view()).lines().toList();
		assertThat(rows).containsExactly(ExplainExports.CSV_HEADER,
				"1,1,r,DRIVEN_BY,s,reverse,1,R184,high,false,ref26 doi:10.1111/ced.15052 pmid:34862807; ref18");
	}

	@Test
	void bibtex_and_ris_have_one_entry_per_paper_with_what_is_known() {
		String bibtex = ExplainExports.bibtex(view());
		assertThat(bibtex).contains("@article{ref26,\n  author = {Megna M and others},\n"
				+ "  title = {Eczematous drug eruption \\{IL-22\\}},\n  journal = {Clin Exp Dermatol},\n  year = {2022},\n"
				+ "  doi = {10.1111/ced.15052},\n  pmid = {34862807},\n}");
		assertThat(bibtex)
			.contains("@article{ref18,\n  author = {Yang X and others},\n  title = {A title, with a comma},\n}");
		String ris = ExplainExports.ris(view());
		assertThat(ris.split("TY  - JOUR")).hasSize(3);
		assertThat(ris).contains("DO  - 10.1111/ced.15052\r\n", "AN  - PMID:34862807\r\n",
				"UR  - https://doi.org/10.1111/ced.15052\r\n");
	}

}
