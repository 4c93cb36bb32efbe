package org.driftgraph.literature;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.driftgraph.common.InvalidRequestException;
import org.driftgraph.common.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/papers")
@Tag(name = "Papers", description = "The evidence: each paper with the claims and drift events that cite it")
class PaperController {

	private final Literature papers;

	PaperController(Literature papers) {
		this.papers = papers;
	}

	@GetMapping("/{key}")
	@Operation(summary = "A paper by key (ref01...ref56, miao2025) with what it supports")
	PaperView byKey(@PathVariable String key) {
		return papers.byKey(key).orElseThrow(() -> new NotFoundException("key", key, java.util.List.of()));
	}

	@GetMapping
	@Operation(summary = "A paper by DOI or PMID")
	PaperView byIdentifier(@RequestParam(required = false) String doi, @RequestParam(required = false) String pmid) {
		if ((doi == null) == (pmid == null)) {
			throw new InvalidRequestException("doi", "Give exactly one of the parameters 'doi' and 'pmid'.");
		}
		return doi != null ? papers.byDoi(doi).orElseThrow(() -> new NotFoundException("doi", doi, java.util.List.of()))
				: papers.byPmid(pmid).orElseThrow(() -> new NotFoundException("pmid", pmid, java.util.List.of()));
	}

}
