package org.driftgraph.explorer;

import java.nio.charset.StandardCharsets;

import org.driftgraph.pathway.PathwayService;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /explain?from=<key>&to=<key>}: how a drug or class leads to a reaction, and its
 * downloads. Without both keys it shows the form.
 */
@Controller
class ExplainPage {

	private final PathwayService pathways;

	ExplainPage(PathwayService pathways) {
		this.pathways = pathways;
	}

	@GetMapping("/explain")
	String explain(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			Model model) {
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		if (from != null && to != null) {
			model.addAttribute("view", view(from, to));
		}
		return "explorer/explain";
	}

	@GetMapping("/explain.csv")
	ResponseEntity<String> csv(@RequestParam String from, @RequestParam String to) {
		return download(ExplainExports.csv(view(from, to)), "text/csv", from, to, "csv");
	}

	@GetMapping("/explain.bib")
	ResponseEntity<String> bibtex(@RequestParam String from, @RequestParam String to) {
		return download(ExplainExports.bibtex(view(from, to)), "application/x-bibtex", from, to, "bib");
	}

	@GetMapping("/explain.ris")
	ResponseEntity<String> ris(@RequestParam String from, @RequestParam String to) {
		return download(ExplainExports.ris(view(from, to)), "application/x-research-info-systems", from, to, "ris");
	}

	@GetMapping("/explain.svg")
	ResponseEntity<String> svg(@RequestParam String from, @RequestParam String to) {
		return download(ExplainExports.svg(view(from, to).diagram()), "image/svg+xml", from, to, "svg");
	}

	private ExplainView view(String from, String to) {
		return ExplainView.of(pathways.explain(from, to));
	}

	private static ResponseEntity<String> download(String body, String type, String from, String to, String extension) {
		String name = (from + "-to-" + to).replaceAll("[^A-Za-z0-9_.-]", "_") + "." + extension;
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.parseMediaType(type), StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

}
