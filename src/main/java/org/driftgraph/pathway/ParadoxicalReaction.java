package org.driftgraph.pathway;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;
import org.driftgraph.lookup.NodeRef;

/**
 * A drug that treats one disease while inducing a reaction that mirrors it or sits on the
 * opposite T-helper axis.
 *
 * @param drug the drug or class
 * @param treats the TREATS claim
 * @param induces the INDUCES claim (possibly the drug's class's)
 * @param kind why it is paradoxical
 * @param evidence the RESEMBLES claim, or the shift (SHIFTS_TOWARD with the treated
 * disease's subset in away_from)
 * @param reaction the reaction it induces (the INDUCES claim names its culprit only)
 */
public record ParadoxicalReaction(NodeRef drug, Hop treats, Observation induces, Kind kind, List<Hop> evidence,
		NodeRef reaction) {

	/** Why a reaction is paradoxical. */
	public enum Kind {

		/** The reaction resembles the disease the drug treats. */
		RESEMBLES_TREATED_DISEASE,
		/**
		 * The drug shifts toward the subset that drives the reaction, away from the one
		 * that drives the disease.
		 */
		OPPOSITE_AXIS;

		/**
		 * @return {@code resembles-treated-disease} or {@code opposite-axis}
		 */
		@JsonValue
		public String value() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

}
