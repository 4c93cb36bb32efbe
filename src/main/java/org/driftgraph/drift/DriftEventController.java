package org.driftgraph.drift;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/drift-events")
@Tag(name = "Drift events",
		description = "Documented drift patterns DE01-DE17 with incidence and onset verbatim, and their papers")
@Transactional(readOnly = true)
class DriftEventController {

	private final DriftEventRepository events;

	DriftEventController(DriftEventRepository events) {
		this.events = events;
	}

	@GetMapping
	@Operation(summary = "All drift events, or those resulting in a reaction, or triggered by a drug or class")
	List<DriftEventSummary> list(@RequestParam(required = false) String reaction,
			@RequestParam(required = false) String culprit) {
		// with a culprit, only its events are loaded with their papers, never all
		Set<String> triggered = culprit == null ? null : Set.copyOf(events.keysByCulprit(culprit));
		List<DriftEvent> found = reaction != null ? events.findByReaction(reaction)
				: triggered != null ? events.findAllById(triggered) : events.findAll(Sort.by("key"));
		return found.stream()
			.filter(e -> triggered == null || triggered.contains(e.key()))
			.sorted(Comparator.comparing(DriftEvent::key))
			.map(DriftEvent::summary)
			.toList();
	}

}
