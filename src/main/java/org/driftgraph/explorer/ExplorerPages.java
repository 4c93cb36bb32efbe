package org.driftgraph.explorer;

import java.util.List;

import org.driftgraph.common.Text;
import org.driftgraph.lookup.EntityLookup;
import org.driftgraph.pathway.ParadoxicalReaction;
import org.driftgraph.pathway.PathwayService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The home page, search results without script, paradoxical reactions and contested
 * claims.
 */
@Controller
class ExplorerPages {

	/**
	 * The home page's example questions, as drug and reaction keys of the curated graph.
	 */
	static final List<List<String>> EXAMPLES = List.of(List.of("secukinumab", "eczematous_eruption"),
			List.of("adalimumab", "eczematous_eruption"), List.of("dupilumab", "psoriasiform_eruption"),
			List.of("class_pd1_pdl1i", "psoriasiform_eruption"));

	private final EntityLookup lookup;

	private final PathwayService pathways;

	private final Suggestions suggestions;

	ExplorerPages(EntityLookup lookup, PathwayService pathways, Suggestions suggestions) {
		this.lookup = lookup;
		this.pathways = pathways;
		this.suggestions = suggestions;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("examples",
				EXAMPLES.stream()
					.map(pair -> pair.stream()
						.map(key -> lookup.byKey(key).map(e -> NodeView.of(e.node())).orElse(null))
						.toList())
					.filter(pair -> !pair.contains(null))
					.toList());
		return "explorer/home";
	}

	@GetMapping("/search")
	String search(@RequestParam @Text String q, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("results", suggestions.find(q));
		return "explorer/search";
	}

	@GetMapping("/paradoxical-reactions")
	String paradoxical(Model model) {
		model.addAttribute("rows", pathways.paradoxicalReactions()
			.stream()
			.map(p -> new ParadoxRow(NodeView.of(p.drug()), ExplainView.hop(p.treats()),
					ExplainView.observation(p.induces()), NodeView.of(p.reaction()),
					p.kind() == ParadoxicalReaction.Kind.RESEMBLES_TREATED_DISEASE ? "resembles the treated disease"
							: "opposite T-helper axis",
					p.evidence().stream().map(ExplainView::hop).toList()))
			.toList());
		return "explorer/paradoxical";
	}

	@GetMapping("/contested-claims")
	String contested(Model model) {
		model.addAttribute("claims", pathways.contestedClaims().stream().map(ExplainView::hop).toList());
		return "explorer/contested";
	}

}
