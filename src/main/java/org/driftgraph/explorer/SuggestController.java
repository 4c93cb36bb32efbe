package org.driftgraph.explorer;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.driftgraph.common.Text;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The search box's autocomplete, as JSON; errors are problem details like the rest of the
 * API.
 */
@RestController
@Tag(name = "Explorer", description = "Suggestions for the Explorer's search box")
class SuggestController {

	private final Suggestions suggestions;

	SuggestController(Suggestions suggestions) {
		this.suggestions = suggestions;
	}

	@GetMapping("/suggest")
	@Operation(summary = "Up to 8 nodes matching a key, CURIE, DOI, PMID, name or synonym, each with its kind")
	List<Suggestion> suggest(@RequestParam @Text String q) {
		return suggestions.find(q);
	}

}
