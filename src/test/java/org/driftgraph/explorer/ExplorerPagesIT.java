package org.driftgraph.explorer;

import java.io.StringReader;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.driftgraph.literature.Citation;
import org.driftgraph.pathway.Claim;
import org.driftgraph.pathway.Explanation;
import org.driftgraph.pathway.Hop;
import org.driftgraph.pathway.PathwayService;
import org.driftgraph.support.GraphFingerprint;
import org.driftgraph.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.xml.sax.InputSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Explorer's pages over HTTP, parsed as a browser would: what each page shows (by its
 * {@code data-testid} hooks), the downloads of the explain page, and bad input answered
 * as a page with a status, never a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExplorerPagesIT extends IntegrationTest {

	static final String EXPLAIN = "/explain?from=secukinumab&to=eczematous_eruption";

	@LocalServerPort
	int port;

	@Autowired
	PathwayService pathways;

	@Autowired
	Driver driver;

	ResponseEntity<String> get(String uri, Object... variables) {
		return RestClient.builder()
			.baseUrl("http://127.0.0.1:" + port)
			.build()
			.get()
			.uri(uri, variables)
			.retrieve()
			.onStatus(HttpStatusCode::isError, (req, res) -> {
			})
			.toEntity(String.class);
	}

	Document page(String uri, Object... variables) {
		ResponseEntity<String> response = get(uri, variables);
		assertThat(response.getStatusCode().value()).as(uri).isEqualTo(200);
		assertThat(response.getHeaders().getContentType()).hasToString("text/html;charset=UTF-8");
		return Jsoup.parse(response.getBody());
	}

	static List<String> keys(Element scope, String css) {
		return scope.select(css).eachAttr("data-key");
	}

	@Test
	void home_has_the_search_box_and_example_questions_as_permalinks() {
		Document home = page("/");
		assertThat(home.select("[data-testid=search-input]")).hasSize(1);
		assertThat(home.select("ul.examples a").eachAttr("href")).contains(EXPLAIN);
		assertThat(home.select("ul.examples a").first().text())
			.isEqualTo("Secukinumab → Paradoxical eczematous eruption");
	}

	@Test
	void suggestions_find_brand_names_curies_and_papers_and_say_their_kind() {
		List<Map<String, Object>> cosentyx = suggest("Cosentyx");
		assertThat(cosentyx.get(0)).containsEntry("key", "secukinumab")
			.containsEntry("kind", "drug")
			.containsEntry("match", "Cosentyx")
			.containsEntry("href", "/entity/secukinumab");
		assertThat(suggest("CL:0000899").get(0)).containsEntry("key", "th17").containsEntry("kind", "subset");
		assertThat(suggest("TARC").get(0)).containsEntry("key", "ccl17").containsEntry("kind", "molecule");
		assertThat(suggest("ref26").get(0)).containsEntry("key", "ref26").containsEntry("kind", "paper");
		assertThat(suggest("10.1111/ced.15052").get(0)).containsEntry("key", "ref26");
		assertThat(suggest("eczematous").get(0)).containsEntry("key", "eczematous_eruption")
			.containsEntry("kind", "reaction");
		ResponseEntity<String> blank = get("/suggest?q={q}", " ");
		assertThat(blank.getStatusCode().value()).isEqualTo(400);
		assertThat(blank.getHeaders().getContentType()).hasToString("application/problem+json");
	}

	List<Map<String, Object>> suggest(String q) {
		return RestClient.builder()
			.baseUrl("http://127.0.0.1:" + port)
			.build()
			.get()
			.uri("/suggest?q={q}", q)
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
	}

	@Test
	void explain_page_shows_summary_observations_mechanisms_with_evidence_and_the_diagram() {
		Document explain = page(EXPLAIN);
		assertThat(explain.select("[data-testid=summary]").text())
			.isEqualTo(pathways.explain("secukinumab", "eczematous_eruption").summary())
			.contains("Secukinumab", "Th2 cell", "ref26");
		assertThat(explain.select("[data-testid=observation]").eachText()).anyMatch(t -> t.contains("R125"))
			.anyMatch(t -> t.contains("IL-17 inhibitors") && t.contains("R128"));
		List<Element> mechanisms = explain.select("[data-testid=mechanism]");
		assertThat(mechanisms).isNotEmpty();
		assertThat(mechanisms)
			.allSatisfy(m -> assertThat(m.select("[data-testid=hop]").eachAttr("data-type")).doesNotContain("INDUCES"));
		Element viaTh2 = mechanisms.stream()
			.filter(m -> m.select("[data-testid=hop] .chip").eachAttr("data-key").contains("th2"))
			.findFirst()
			.orElseThrow();
		assertThat(viaTh2.select("[data-testid=hop]").eachAttr("data-type")).containsExactly("SHIFTS_TOWARD",
				"DRIVEN_BY");
		for (Element hop : explain.select("[data-testid=hop][data-general-knowledge=false]")) {
			assertThat(panel(explain, hop).select("[data-testid=paper-link]").eachAttr("href")).as(hop.text())
				.anyMatch(href -> href.startsWith("https://doi.org/10."));
		}
		assertThat(panel(explain, viaTh2.selectFirst("[data-testid=hop]")).text()).contains("R102", "high confidence",
				"doi:10.1111/ced.15052");
		Element diagram = explain.selectFirst("[data-testid=diagram]");
		assertThat(keys(diagram, "[data-key]")).contains("secukinumab", "th2", "eczematous_eruption")
			.doesNotHaveDuplicates();
		assertThat(explain.select("[data-testid=export-csv]").attr("href"))
			.isEqualTo("/explain.csv?from=secukinumab&to=eczematous_eruption");
		for (String export : List.of("export-svg", "export-png", "export-bibtex", "export-ris")) {
			assertThat(explain.select("[data-testid=" + export + "]")).as(export).hasSize(1);
		}
	}

	@Test
	void explain_page_evidence_panels_show_what_the_api_answers_with_journals_and_drift_events() {
		Document explain = page(EXPLAIN);
		Explanation answer = pathways.explain("secukinumab", "eczematous_eruption");
		List<Element> mechanisms = explain.select("[data-testid=mechanism]");
		assertThat(mechanisms).hasSameSizeAs(answer.mechanisms());
		for (int m = 0; m < mechanisms.size(); m++) {
			List<Element> hops = mechanisms.get(m).select("[data-testid=hop]");
			List<Hop> expected = answer.mechanisms().get(m).hops();
			assertThat(hops).as("mechanism %d", m + 1).hasSameSizeAs(expected);
			for (int i = 0; i < hops.size(); i++) {
				Element hop = hops.get(i);
				Hop api = expected.get(i);
				String where = "mechanism %d hop %d".formatted(m + 1, i + 1);
				assertThat(List.of(hop.attr("data-from"), hop.attr("data-type"), hop.attr("data-to"))).as(where)
					.containsExactly(api.from().key(), api.type(), api.to().key());
				Element panel = panel(explain, hop);
				assertThat(List.of(panel.attr("data-from"), panel.attr("data-type"), panel.attr("data-to"))).as(where)
					.containsExactly(api.from().key(), api.type(), api.to().key());
				assertThat(panel.select(".claim > p > strong").eachText()).as(where)
					.containsExactlyElementsOf(api.claims().stream().map(Claim::id).toList());
				List<Citation> papers = api.claims().stream().flatMap(c -> c.papers().stream()).toList();
				List<Element> shown = panel.select(".papers > li");
				assertThat(shown).as(where).hasSameSizeAs(papers);
				for (int p = 0; p < shown.size(); p++) {
					assertThat(shown.get(p).select("a[href^=/entity/]").text()).isEqualTo(papers.get(p).key());
					assertThat(shown.get(p).text()).contains(papers.get(p).title().replaceAll("\\s+", " ").strip());
					if (papers.get(p).journal() != null) {
						assertThat(shown.get(p).text()).contains(papers.get(p).journal());
					}
				}
				assertThat(panel.select("[data-testid=hop-drift-event]").eachText()).as(where)
					.containsExactlyElementsOf(api.driftEvents());
				if (!api.driftEvents().isEmpty()) { // read as a list, not run together
													// ("DE04DE05")
					assertThat(panel.selectFirst(".hop-events").text()).as(where)
						.endsWith(String.join(", ", api.driftEvents()));
				}
			}
		}
		Element th2 = explain
			.selectFirst("[data-testid=hop][data-from=secukinumab][data-type=SHIFTS_TOWARD][data-to=th2]");
		Element megna = panel(explain, th2).select(".papers > li")
			.stream()
			.filter(li -> li.select("a[href=/entity/ref26]").size() == 1)
			.findFirst()
			.orElseThrow();
		assertThat(megna.text()).contains("Megna M (2022)", "Clin Exp Dermatol", "doi:10.1111/ced.15052");
		// drift_events.tsv: DE04 (the IL-17 inhibitors), DE05 and DE06 (secukinumab)
		// shift toward Th2 and end in the
		// eruption; DE17 is ixekizumab's, DE07 ends in bullous pemphigoid
		assertThat(hopEvents(explain, "[data-from=secukinumab][data-type=SHIFTS_TOWARD][data-to=th2]"))
			.containsExactly("DE04", "DE05", "DE06");
		// DE06 shifts toward Th2 alone; of the three only DE04 names IL-17C among its
		// molecules
		assertThat(hopEvents(explain, "[data-from=secukinumab][data-type=SHIFTS_TOWARD][data-to=th22]"))
			.containsExactly("DE04", "DE05");
		assertThat(hopEvents(explain, "[data-from=secukinumab][data-type=UPREGULATES][data-to=il17c]"))
			.containsExactly("DE04");
	}

	@Test
	void explain_page_has_one_evidence_panel_per_distinct_hop_which_every_mechanism_links_to() {
		Document explain = page(EXPLAIN);
		List<Element> hops = explain.select("[data-testid=hop]");
		Set<List<String>> distinct = new LinkedHashSet<>();
		for (Element hop : hops) {
			distinct.add(List.of(hop.attr("data-from"), hop.attr("data-type"), hop.attr("data-to")));
			assertThat(hop.select("a.hop-link").attr("href")).isEqualTo("#" + hop.attr("data-evidence"));
		}
		// secukinumab's mechanisms share their first hops: 21 hops, 11 distinct (README
		// Performance)
		assertThat(distinct).hasSizeLessThan(hops.size());
		List<Element> panels = explain.select("[data-testid=evidence-panel]");
		assertThat(panels).extracting(p -> List.of(p.attr("data-from"), p.attr("data-type"), p.attr("data-to")))
			.containsExactlyElementsOf(distinct);
		assertThat(panels).extracting(Element::id).doesNotHaveDuplicates();
	}

	/** The evidence panel a hop of a mechanism links to. */
	static Element panel(Document page, Element hop) {
		Element panel = page.getElementById(hop.attr("data-evidence"));
		assertThat(panel).as(hop.text()).isNotNull();
		assertThat(panel.attr("data-testid")).isEqualTo("evidence-panel");
		return panel;
	}

	/**
	 * The drift events listed in the evidence panel of the page's hops that match, which
	 * must agree.
	 */
	static List<String> hopEvents(Document page, String hop) {
		List<List<String>> lists = page.select("[data-testid=hop]" + hop)
			.stream()
			.map(h -> panel(page, h).select("[data-testid=hop-drift-event]").eachText())
			.distinct()
			.toList();
		assertThat(lists).as(hop).hasSize(1);
		return lists.get(0);
	}

	@Test
	void explain_page_without_both_ends_is_the_form() {
		Document form = page("/explain?from=secukinumab");
		assertThat(form.select("input[name=from]").attr("value")).isEqualTo("secukinumab");
		assertThat(form.select("[data-testid=mechanism]")).isEmpty();
	}

	@Test
	void exports_hold_the_hops_the_papers_and_the_drawn_path() throws Exception {
		String csv = get("/explain.csv?from=secukinumab&to=eczematous_eruption").getBody();
		List<String> rows = csv.lines().toList();
		assertThat(rows.get(0)).isEqualTo(ExplainExports.CSV_HEADER);
		assertThat(rows).anyMatch(r -> r.contains(",secukinumab,SHIFTS_TOWARD,th2,forward,1,R102,high,false,")
				&& r.contains("ref26 doi:10.1111/ced.15052 pmid:34862807"));
		assertThat(rows).anyMatch(r -> r.contains(",eczematous_eruption,DRIVEN_BY,th2,reverse,1,R184,"));

		ResponseEntity<String> bib = get("/explain.bib?from=secukinumab&to=eczematous_eruption");
		assertThat(bib.getHeaders().getContentDisposition().getFilename())
			.isEqualTo("secukinumab-to-eczematous_eruption.bib");
		assertThat(bib.getBody()).contains("@article{ref26,", "doi = {10.1111/ced.15052}", "pmid = {34862807}");
		int entries = bib.getBody().split("@article\\{").length - 1;
		String ris = get("/explain.ris?from=secukinumab&to=eczematous_eruption").getBody();
		assertThat(ris.split("TY  - JOUR").length - 1).isEqualTo(entries);
		assertThat(ris).contains("DO  - 10.1111/ced.15052", "ER  - ");

		String svg = get("/explain.svg?from=secukinumab&to=eczematous_eruption").getBody();
		org.w3c.dom.Document parsed = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new InputSource(new StringReader(svg)));
		assertThat(parsed.getDocumentElement().getTagName()).isEqualTo("svg");
		assertThat(svg).contains("data-key=\"th2\"", ">Th2 cell<", ">Secukinumab<",
				">Paradoxical eczematous eruption<");
	}

	@Test
	void drug_page_shows_class_targets_shifts_reactions_and_reported_rescues() {
		Document drug = page("/entity/secukinumab");
		assertThat(drug.select("h1").text()).startsWith("Secukinumab");
		assertThat(drug.select(".ids").text()).contains("Cosentyx");
		Map<String, List<String>> sections = sections(drug);
		assertThat(sections.get("Secukinumab member of")).containsExactly("class_il17i");
		assertThat(sections.get("Secukinumab inhibits")).contains("il17a");
		assertThat(sections.get("Secukinumab shifts toward")).contains("th2", "th22");
		Element eczema = drug.select("[data-testid=induced-reaction]")
			.stream()
			.filter(e -> keys(e, "h3 .chip").contains("eczematous_eruption"))
			.findFirst()
			.orElseThrow();
		assertThat(eczema.select("[data-testid=rescue] > .chip").eachAttr("data-key")).contains("ustekinumab",
				"deucravacitinib");
		assertThat(eczema.select("a.explain-link").attr("href")).isEqualTo(EXPLAIN);
		assertThat(keys(drug.selectFirst("[data-testid=diagram]"), "li[data-key]")).contains("secukinumab",
				"class_il17i", "th2", "eczematous_eruption");
	}

	@Test
	void subset_reaction_and_paper_pages_show_what_their_kind_adds() {
		Document th2 = page("/entity/th2");
		assertThat(th2.select("[data-testid=profile-section] h3").eachText()).contains("Th2 cell drives",
				"Shift the balance toward Th2 cell");
		Element drives = th2.select("[data-testid=profile-section]")
			.stream()
			.filter(s -> s.selectFirst("h3").text().equals("Th2 cell drives"))
			.findFirst()
			.orElseThrow();
		assertThat(keys(drives, ".chip")).contains("eczematous_eruption");

		Document eczema = page("/entity/eczematous_eruption");
		assertThat(eczema.select("[data-testid=drift-event] > a").eachText()).contains("DE01");
		assertThat(sections(eczema).get("Paradoxical eczematous eruption driven by")).contains("th2", "th22");
		assertThat(sections(eczema).get("… induces Paradoxical eczematous eruption")).contains("secukinumab",
				"class_il17i");

		Document paper = page("/entity/ref26");
		assertThat(paper.select("[data-testid=paper-claim] td:first-child").eachText()).contains("R102", "R184");
		assertThat(paper.select("[data-testid=paper] [data-testid=paper-link]").eachAttr("href"))
			.contains("https://doi.org/10.1111/ced.15052", "https://pubmed.ncbi.nlm.nih.gov/34862807/");
	}

	/** Each relationship section's heading with the keys of the nodes it leads to. */
	static Map<String, List<String>> sections(Document page) {
		Map<String, List<String>> sections = new java.util.LinkedHashMap<>();
		for (Element section : page.select("[data-testid=relationship-section]")) {
			sections.put(section.selectFirst("h3").text(), keys(section, "tbody td:nth-child(3) .chip"));
		}
		return sections;
	}

	@Test
	void paradoxical_reactions_and_contested_claims_pages_list_what_the_api_returns() {
		Document paradoxes = page("/paradoxical-reactions");
		assertThat(paradoxes.select("[data-testid=paradox]")).hasSize(pathways.paradoxicalReactions().size());
		assertThat(paradoxes.select("[data-testid=paradox]").eachText())
			.anyMatch(t -> t.contains("Adalimumab") && t.contains("resembles the treated disease"));

		Document contested = page("/contested-claims");
		assertThat(contested.select("[data-testid=contested-claim]").eachAttr("data-claim")).contains("R100", "R101",
				"R131", "R138", "R190");
		Element bimekizumab = contested.selectFirst("[data-testid=contested-claim][data-claim=R131]");
		assertThat(keys(bimekizumab, ".chip")).containsExactly("bimekizumab", "eczematous_eruption");
		assertThat(bimekizumab.select(".note").text()).contains("unverified");
	}

	@Test
	void bad_input_is_a_page_with_did_you_mean_or_what_is_expected_and_changes_nothing() {
		Set<String> before = GraphFingerprint.of(driver);

		ResponseEntity<String> unknown = get("/entity/secukinumabb");
		assertThat(unknown.getStatusCode().value()).isEqualTo(404);
		Document notFound = Jsoup.parse(unknown.getBody());
		assertThat(notFound.select("[data-testid=did-you-mean]").eachAttr("href")).contains("/entity/secukinumab");
		assertThat(notFound.select("[data-testid=search-input]")).hasSize(1);

		ResponseEntity<String> unknownEnd = get("/explain?from=secukinumabb&to=eczematous_eruption");
		assertThat(unknownEnd.getStatusCode().value()).isEqualTo(404);
		assertThat(Jsoup.parse(unknownEnd.getBody()).select("[data-testid=did-you-mean]").eachAttr("href"))
			.contains(EXPLAIN);

		ResponseEntity<String> wrongKind = get("/explain?from=th2&to=eczematous_eruption");
		assertThat(wrongKind.getStatusCode().value()).isEqualTo(400);
		assertThat(Jsoup.parse(wrongKind.getBody()).select("[data-testid=problem]").text())
			.contains("'th2' is a CellType", "must be a Drug or DrugClass");

		ResponseEntity<String> missing = get("/explain.csv?from=secukinumab");
		assertThat(missing.getStatusCode().value()).isEqualTo(400);
		assertThat(Jsoup.parse(missing.getBody()).select("[data-testid=problem]").text()).contains("'to'");

		ResponseEntity<String> tooLong = get("/entity/{key}", "x".repeat(201));
		assertThat(tooLong.getStatusCode().value()).isEqualTo(400);

		ResponseEntity<String> blankSearch = get("/search?q={q}", " ");
		assertThat(blankSearch.getStatusCode().value()).isEqualTo(400);
		assertThat(Jsoup.parse(blankSearch.getBody()).select("[data-testid=problem]").text())
			.isEqualTo("Parameter 'q' must not be blank.");

		for (ResponseEntity<String> response : List.of(unknown, unknownEnd, wrongKind, missing, tooLong, blankSearch)) {
			assertThat(response.getHeaders().getContentType()).hasToString("text/html;charset=UTF-8");
			assertThat(response.getBody()).doesNotContain("Exception", "at org.");
		}
		assertThat(GraphFingerprint.of(driver)).isEqualTo(before);
	}

}
