package org.driftgraph.lookup;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.driftgraph.common.InvalidRequestException;
import org.driftgraph.common.Parameters;
import org.driftgraph.common.Text;
import org.hibernate.validator.constraints.Range;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/entities")
@Tag(name = "Entities", description = "Look-up by key or CURIE, search by name or synonym")
class EntityController {

	static final int MAX_PAGE_SIZE = 100;

	private final EntityLookup lookup;

	EntityController(EntityLookup lookup) {
		this.lookup = lookup;
	}

	/**
	 * A page of search results.
	 *
	 * @param items the results on this page, best first
	 * @param page the page number, from 0
	 * @param size the page size
	 * @param hasMore whether a further page has results
	 */
	record Page(List<EntitySummary> items, int page, int size, boolean hasMore) {
	}

	@GetMapping("/{key}")
	@Operation(summary = "A node by its key", description = "404 with suggestions when no node has the key")
	EntitySummary byKey(@PathVariable String key) {
		return lookup.require("key", key, Set.of());
	}

	@GetMapping
	@Operation(summary = "Search by name, synonym or key (q), or look up by CURIE (curie)",
			description = "Case-insensitive; Cosentyx finds secukinumab, TARC finds CCL17")
	Page search(@RequestParam(required = false) @Text String q, @RequestParam(required = false) @Text String curie,
			@RequestParam(defaultValue = "0") @Range(max = 1000, message = Parameters.RANGE) int page,
			@RequestParam(defaultValue = "20") @Range(min = 1, max = MAX_PAGE_SIZE,
					message = Parameters.RANGE) int size) {
		if ((q == null) == (curie == null)) {
			throw new InvalidRequestException("q", "Give exactly one of the parameters 'q' (search text) and 'curie'.");
		}
		List<EntitySummary> all;
		if (curie != null) {
			all = lookup.byCurie(curie);
		}
		else {
			all = lookup.search(q, (page + 1) * size + 1);
		}
		int from = Math.min(page * size, all.size());
		int to = Math.min(from + size, all.size());
		return new Page(all.subList(from, to), page, size, all.size() > to);
	}

}
