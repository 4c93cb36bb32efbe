package org.driftgraph.explorer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.driftgraph.drift.DriftEventSummary;
import org.driftgraph.literature.Literature;
import org.driftgraph.lookup.EntityLookup;
import org.driftgraph.lookup.EntitySummary;
import org.driftgraph.pathway.PathwayService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /entity/<key>}: a node of any kind, its relationships and neighbourhood, and
 * what its kind adds.
 */
@Controller
class EntityPage {

	private final EntityLookup lookup;

	private final PathwayService pathways;

	private final Literature literature;

	EntityPage(EntityLookup lookup, PathwayService pathways, Literature literature) {
		this.lookup = lookup;
		this.pathways = pathways;
		this.literature = literature;
	}

	@GetMapping("/entity/{key}")
	String entity(@PathVariable String key, Model model) {
		EntitySummary found = lookup.require("key", key, Set.of());
		NodeView node = NodeView.of(found.node());
		List<ExplainView.HopView> neighbourhood = pathways.neighbourhood(key).stream().map(ExplainView::hop).toList();
		model.addAttribute("entity", EntityView.of(node, found.node().curie(), found.synonyms(), neighbourhood));
		switch (node.kind()) {
			case DRUG, CLASS -> {
				Map<NodeView, List<EntityView.Rescue>> rescues = new LinkedHashMap<>();
				neighbourhood.stream()
					.filter(h -> h.type().equals("INDUCES") && !h.reverse())
					.map(ExplainView.HopView::to)
					.distinct()
					.forEach(reaction -> rescues.put(reaction,
							EntityView.Rescue.of(pathways.rescues(key, reaction.key()))));
				model.addAttribute("rescues", rescues);
			}
			case SUBSET, CELL -> model.addAttribute("profile", EntityView.profile(pathways.subsetProfile(key)));
			case REACTION, DISEASE -> {
				var causes = pathways.causesOf(key);
				Map<String, DriftEventSummary> events = new LinkedHashMap<>();
				causes.forEach(c -> c.driftEvents().forEach(e -> events.putIfAbsent(e.key(), e)));
				model.addAttribute("driftEvents", List.copyOf(events.values()));
			}
			case PAPER -> model.addAttribute("paper", literature.byKey(key).orElseThrow());
			default -> {
			}
		}
		return "explorer/entity";
	}

}
