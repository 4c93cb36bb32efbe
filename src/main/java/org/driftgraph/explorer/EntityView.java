package org.driftgraph.explorer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.driftgraph.explorer.ExplainView.HopView;
import org.driftgraph.literature.Citation;
import org.driftgraph.pathway.RescueOptions;
import org.driftgraph.pathway.SubsetProfile;

/**
 * An entity page's model: the node, its relationships grouped under readable headings,
 * and its neighbourhood diagram; the kind-specific parts (a drug's rescues, a subset's
 * profile, a reaction's causes, a paper's claims) sit beside it in the page model.
 *
 * @param node the node
 * @param curie its CURIE, or null
 * @param synonyms its synonyms
 * @param sections its relationships, one section per type and direction
 * @param diagram the node and its neighbours
 */
public record EntityView(NodeView node, String curie, List<String> synonyms, List<Section> sections, Diagram diagram) {

	/**
	 * @param heading "Secukinumab inhibits" or "… induces Eczematous eruption"
	 * @param hops the relationships, each leaving the node
	 */
	public record Section(String heading, List<HopView> hops) {
	}

	/**
	 * A rescue reported in the literature.
	 *
	 * @param option the drug, class or therapy
	 * @param source the drift event or curated row that reports it
	 * @param context the setting it was reported in
	 * @param confidence high, medium or low
	 * @param papers the papers reporting it
	 */
	public record Rescue(NodeView option, String source, String context, String confidence, List<Citation> papers) {

		static List<Rescue> of(RescueOptions options) {
			return options.reported()
				.stream()
				.map(r -> new Rescue(NodeView.of(r.option()), r.source(), r.context(), r.confidence(),
						ExplainView.papers(r.papers())))
				.toList();
		}

	}

	/** A subset's profile, one section per part of it. */
	static List<Section> profile(SubsetProfile profile) {
		String name = NodeView.of(profile.subset()).name();
		return List.of(section("Drives or expands " + name, profile.drivenBy()),
				section(name + " produces", profile.produces()), section("Suppresses " + name, profile.suppressedBy()),
				section(name + " suppresses", profile.suppresses()),
				section("Shift the balance toward " + name, profile.shiftedTowardBy()),
				section("Shift the balance away from " + name, profile.shiftedAwayBy()),
				section(name + " drives", profile.drives()));
	}

	private static Section section(String heading, List<org.driftgraph.pathway.Hop> hops) {
		return new Section(heading, hops.stream().map(ExplainView::hop).toList());
	}

	static EntityView of(NodeView node, String curie, List<String> synonyms, List<HopView> neighbourhood) {
		Map<String, List<HopView>> byHeading = new LinkedHashMap<>();
		for (HopView hop : neighbourhood) {
			String heading = hop.reverse() ? "… " + hop.verb() + " " + node.name() : node.name() + " " + hop.verb();
			byHeading.computeIfAbsent(heading, h -> new ArrayList<>()).add(hop);
		}
		List<Section> sections = byHeading.entrySet()
			.stream()
			.map(e -> new Section(e.getKey(), List.copyOf(e.getValue())))
			.toList();
		return new EntityView(node, curie, synonyms, sections, Diagram.star(node, neighbourhood));
	}

}
