package org.driftgraph.pathway;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "Pathways", description = "How drugs lead to reactions, with a citation on every hop")
class PathwayController {

	private final PathwayService pathways;

	PathwayController(PathwayService pathways) {
		this.pathways = pathways;
	}

	@GetMapping("/pathways/explain")
	@Operation(
			summary = "What is observed (the drug or its class inducing the reaction, with population, incidence and "
					+ "onset) and the mechanisms that explain it: causal paths ranked by evidence, a sentence each")
	Explanation explain(@RequestParam String from, @RequestParam String to,
			@RequestParam(defaultValue = "" + PathwayService.DEFAULT_HOPS) int maxHops) {
		return pathways.explain(from, to, maxHops);
	}

	@GetMapping("/reactions/{key}/causes")
	@Operation(summary = "Drugs and classes observed to induce a reaction, with their subset shift and drift events")
	List<Cause> causes(@PathVariable String key) {
		return pathways.causesOf(key);
	}

	@GetMapping("/paradoxical-reactions")
	@Operation(summary = "Drugs that treat a disease while inducing its mirror image or an opposite-axis reaction")
	List<ParadoxicalReaction> paradoxical() {
		return pathways.paradoxicalReactions();
	}

	@GetMapping("/rescues")
	@Operation(summary = "Reported management of a drug's drift reaction, and mechanistic suggestions kept apart")
	RescueOptions rescues(@RequestParam String drug, @RequestParam String reaction) {
		return pathways.rescues(drug, reaction);
	}

	@GetMapping("/subsets/{key}/profile")
	@Operation(summary = "What drives, produces and suppresses a T-helper subset, and which drugs shift it")
	SubsetProfile profile(@PathVariable String key) {
		return pathways.subsetProfile(key);
	}

	@GetMapping("/connections")
	@Operation(summary = "The shortest explained connections between any two nodes")
	List<Pathway> connect(@RequestParam String from, @RequestParam String to,
			@RequestParam(defaultValue = "4") int maxHops) {
		return pathways.connect(from, to, maxHops);
	}

}
