package org.driftgraph.drift;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
@Tag(name = "Drift events", description = "Documented drift patterns DE01-DE17 with incidence and onset verbatim")
@Transactional(readOnly = true)
class DriftEventController {

	private final DriftEventRepository events;

	DriftEventController(DriftEventRepository events) {
		this.events = events;
	}

	/**
	 * A drift event as listed.
	 *
	 * @param key DE01...
	 * @param name a readable title
	 * @param incidence incidence as the source reports it
	 * @param onset onset as the source reports it
	 * @param confidence high, medium or low
	 * @param contested whether the event is contested
	 */
	record Row(String key, String name, String incidence, String onset, String confidence, boolean contested) {

		static Row of(DriftEvent e) {
			return new Row(e.key(), e.name(), e.incidence(), e.onset(), e.confidence(),
					Boolean.TRUE.equals(e.contested()));
		}

	}

	@GetMapping
	@Operation(summary = "All drift events, or those resulting in a reaction, or triggered by a drug or class")
	List<Row> list(@RequestParam(required = false) String reaction, @RequestParam(required = false) String culprit) {
		List<DriftEvent> found = reaction != null ? events.findByReaction(reaction) : events.findAll(Sort.by("key"));
		if (culprit != null) {
			Set<String> triggered = events.findByCulprit(culprit)
				.stream()
				.map(DriftEvent::key)
				.collect(Collectors.toSet());
			found = found.stream().filter(e -> triggered.contains(e.key())).toList();
		}
		return found.stream().map(Row::of).toList();
	}

}
