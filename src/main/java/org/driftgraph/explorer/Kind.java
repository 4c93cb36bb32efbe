package org.driftgraph.explorer;

import java.util.List;
import java.util.Locale;

import org.driftgraph.schema.Label;

/**
 * What a node is, in the words a suggestion, a chip and a diagram node show; each has a
 * colour in explorer.css.
 */
public enum Kind {

	DRUG("drug", "#332288", "#FFFFFF"), CLASS("class", "#DDCC77", "#000000"),
	MOLECULE("molecule", "#44AA99", "#000000"), SUBSET("subset", "#0072B2", "#FFFFFF"),
	CELL("cell", "#DDDDDD", "#000000"), DISEASE("disease", "#882255", "#FFFFFF"),
	REACTION("reaction", "#1A1A1A", "#FFFFFF"), FACTOR("factor", "#EEDD88", "#000000"),
	THERAPY("therapy", "#BBDDBB", "#000000"), PAPER("paper", "#FFFFFF", "#000000"),
	DRIFT_EVENT("drift event", "#6F4E37", "#FFFFFF");

	private final String word;

	private final String colour;

	private final String textColour;

	Kind(String word, String colour, String textColour) {
		this.word = word;
		this.colour = colour;
		this.textColour = textColour;
	}

	/**
	 * @return its fill colour, as in the Neo4j Browser style sheet (driftgraph.grass)
	 */
	public String colour() {
		return colour;
	}

	/**
	 * @return a text colour readable on that fill
	 */
	public String textColour() {
		return textColour;
	}

	/**
	 * @return the word shown to readers
	 */
	public String word() {
		return word;
	}

	/**
	 * @return the CSS class that colours it, {@code kind-drug}
	 */
	public String css() {
		return "kind-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * @return the kind of a node with these labels
	 */
	static Kind of(List<String> labels) {
		Label label = Label.primary(labels).orElse(Label.FACTOR);
		return switch (label) {
			case DRUG -> DRUG;
			case DRUG_CLASS -> CLASS;
			case MOLECULE -> MOLECULE;
			case CELL_TYPE -> labels.contains(Label.TH_SUBSET_LABEL) ? SUBSET : CELL;
			case DISEASE -> DISEASE;
			case ADVERSE_REACTION -> REACTION;
			case FACTOR -> FACTOR;
			case THERAPY -> THERAPY;
			case PAPER -> PAPER;
			case DRIFT_EVENT -> DRIFT_EVENT;
		};
	}

}
