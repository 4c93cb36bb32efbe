package org.driftgraph.schema;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.driftgraph.schema.Label.ADVERSE_REACTION;
import static org.driftgraph.schema.Label.CELL_TYPE;
import static org.driftgraph.schema.Label.DISEASE;
import static org.driftgraph.schema.Label.DRIFT_EVENT;
import static org.driftgraph.schema.Label.DRUG;
import static org.driftgraph.schema.Label.DRUG_CLASS;
import static org.driftgraph.schema.Label.FACTOR;
import static org.driftgraph.schema.Label.MOLECULE;
import static org.driftgraph.schema.Label.PAPER;
import static org.driftgraph.schema.Label.THERAPY;

/**
 * Every relationship type of the graph: which labels it connects (subject → object), its
 * kind, which way an effect travels along it, and its sign along that way (+1 raising the
 * source raises the destination, −1 lowers it).
 * <p>
 * Flow and sign decide what a mechanism may walk (docs/pathways.md, "Path rules"); each
 * type's decision, checked against the domain sheet (/work/shared/domain/domain-facts.md,
 * sections b1 to b9):
 * <ul>
 * <li>{@code INHIBITS} forward −: a drug or class blocks its target (b2).</li>
 * <li>{@code SUBUNIT_OF} forward +: blocking a subunit blocks the cytokine it is part of
 * (p40 in IL-12 and IL-23, a3).</li>
 * <li>{@code RECEPTOR_FOR} forward +: blocking a receptor blocks the cytokines that
 * signal through it (IL-4Rα for IL-4 and IL-13, [35]).</li>
 * <li>{@code PRODUCES} and {@code DRIVES_DIFFERENTIATION} forward +: a subset makes its
 * cytokines, a cytokine drives a subset (b3).</li>
 * <li>{@code SUPPRESSES} and {@code COUNTER_REGULATES} forward −, {@code AMPLIFIES} and
 * {@code EXPANDS} forward + (b4, b7).</li>
 * <li>{@code SHIFTS_TOWARD} and {@code POLARIZES_TOWARD} forward +: the drug raises the
 * subset (or macrophage state) it shifts toward; {@code away_from} names what it lowers
 * (b5).</li>
 * <li>{@code UPREGULATES} forward +, {@code REDUCES} forward −, {@code CAUSES} forward +
 * (b7).</li>
 * <li>{@code PERMITS} forward −: its one claim, R141, says that a <em>deficit</em> of
 * antimicrobial peptides permits S. aureus colonisation, so more of the subject means
 * less of the object (b7).</li>
 * <li>{@code DRIVEN_BY} reverse +: the subset drives the disease or reaction that is
 * stored as its subject (b9).</li>
 * </ul>
 * Not causal steps ({@link Flow#NONE}), so never part of a mechanism:
 * <ul>
 * <li>{@code INDUCES}: the clinical observation that a drug or class induces a reaction
 * (b6). It is what a mechanism explains, never a step of one; its sign (+) is the
 * observed direction that mechanisms are compared with.</li>
 * <li>{@code LESIONS_SHOW_SIGNATURE_OF}: what lesions look like (R101, [16]), kept apart
 * from {@code SHIFTS_TOWARD} by the sheet for exactly that reason (e4); an observation,
 * so of kind {@link EdgeKind#CLINICAL}.</li>
 * <li>{@code HAS_BIOMARKER}, {@code HAS_RISK_FACTOR}: observations in patients (b8);
 * {@code RESEMBLES}: a clinical likeness (0.3); {@code TREATS}, {@code MANAGED_BY}:
 * indications and management, not mechanisms.</li>
 * <li>{@code MEMBER_OF}, {@code SUBCLASS_OF}: taxonomy. A drug inherits its class's
 * claims (0.3), so a mechanism starts at the drug with the class's claims folded into the
 * drug's hop instead of walking to the class.</li>
 * <li>{@code BINDS}: PD-1 and PD-L1 bind each other; no direction of effect.</li>
 * <li>The drift-event and literature links ({@link EdgeKind#EVENT}).</li>
 * </ul>
 */
public enum MetaEdge {

	MEMBER_OF(set(DRUG), set(DRUG_CLASS), EdgeKind.TAXONOMY, Flow.NONE, 0),
	SUBCLASS_OF(set(DRUG_CLASS), set(DRUG_CLASS), EdgeKind.TAXONOMY, Flow.NONE, 0),
	INHIBITS(set(DRUG, DRUG_CLASS), set(MOLECULE), EdgeKind.TAXONOMY, Flow.FORWARD, -1),
	SUBUNIT_OF(set(MOLECULE), set(MOLECULE), EdgeKind.TAXONOMY, Flow.FORWARD, +1),
	RECEPTOR_FOR(set(MOLECULE), set(MOLECULE), EdgeKind.TAXONOMY, Flow.FORWARD, +1),
	BINDS(set(MOLECULE), set(MOLECULE), EdgeKind.TAXONOMY, Flow.NONE, 0),
	PRODUCES(set(CELL_TYPE), set(MOLECULE), EdgeKind.TAXONOMY, Flow.FORWARD, +1),
	DRIVES_DIFFERENTIATION(set(MOLECULE), set(CELL_TYPE), EdgeKind.TAXONOMY, Flow.FORWARD, +1),
	TREATS(set(DRUG, DRUG_CLASS), set(DISEASE), EdgeKind.TAXONOMY, Flow.NONE, -1),
	RESEMBLES(set(ADVERSE_REACTION), set(DISEASE), EdgeKind.TAXONOMY, Flow.NONE, 0),
	SUPPRESSES(set(CELL_TYPE, MOLECULE), set(CELL_TYPE), EdgeKind.MECHANISM, Flow.FORWARD, -1),
	COUNTER_REGULATES(set(CELL_TYPE), set(CELL_TYPE), EdgeKind.MECHANISM, Flow.FORWARD, -1),
	AMPLIFIES(set(MOLECULE), set(CELL_TYPE), EdgeKind.MECHANISM, Flow.FORWARD, +1),
	SHIFTS_TOWARD(set(DRUG, DRUG_CLASS), set(CELL_TYPE), EdgeKind.MECHANISM, Flow.FORWARD, +1),
	LESIONS_SHOW_SIGNATURE_OF(set(DRUG, DRUG_CLASS), set(CELL_TYPE), EdgeKind.CLINICAL, Flow.NONE, 0),
	POLARIZES_TOWARD(set(DRUG, DRUG_CLASS), set(CELL_TYPE), EdgeKind.MECHANISM, Flow.FORWARD, +1),
	EXPANDS(set(CELL_TYPE), set(CELL_TYPE), EdgeKind.MECHANISM, Flow.FORWARD, +1),
	UPREGULATES(set(DRUG, DRUG_CLASS), set(MOLECULE), EdgeKind.MECHANISM, Flow.FORWARD, +1),
	REDUCES(set(DRUG, DRUG_CLASS), set(FACTOR), EdgeKind.MECHANISM, Flow.FORWARD, -1),
	PERMITS(set(FACTOR), set(FACTOR), EdgeKind.MECHANISM, Flow.FORWARD, -1),
	CAUSES(set(FACTOR, MOLECULE), set(FACTOR), EdgeKind.MECHANISM, Flow.FORWARD, +1),
	DRIVEN_BY(set(DISEASE, ADVERSE_REACTION), set(CELL_TYPE), EdgeKind.MECHANISM, Flow.REVERSE, +1),
	INDUCES(set(DRUG, DRUG_CLASS), set(ADVERSE_REACTION, DISEASE), EdgeKind.CLINICAL, Flow.NONE, +1),
	HAS_BIOMARKER(set(ADVERSE_REACTION, DISEASE), set(MOLECULE), EdgeKind.CLINICAL, Flow.NONE, 0),
	HAS_RISK_FACTOR(set(ADVERSE_REACTION, DISEASE), set(FACTOR, MOLECULE), EdgeKind.CLINICAL, Flow.NONE, 0),
	MANAGED_BY(set(ADVERSE_REACTION, DISEASE, DRIFT_EVENT), set(DRUG, DRUG_CLASS, THERAPY), EdgeKind.CLINICAL,
			Flow.NONE, 0),
	TRIGGERED_BY(set(DRIFT_EVENT), set(DRUG, DRUG_CLASS), EdgeKind.EVENT, Flow.NONE, 0),
	OCCURS_IN(set(DRIFT_EVENT), set(DISEASE), EdgeKind.EVENT, Flow.NONE, 0),
	RESULTS_IN(set(DRIFT_EVENT), set(ADVERSE_REACTION, DISEASE), EdgeKind.EVENT, Flow.NONE, 0),
	SHIFTS_FROM(set(DRIFT_EVENT), set(CELL_TYPE), EdgeKind.EVENT, Flow.NONE, 0),
	SHIFTS_TO(set(DRIFT_EVENT), set(CELL_TYPE), EdgeKind.EVENT, Flow.NONE, 0),
	INVOLVES(set(DRIFT_EVENT), set(MOLECULE), EdgeKind.EVENT, Flow.NONE, 0),
	REPORTED_IN(set(DRIFT_EVENT), set(PAPER), EdgeKind.EVENT, Flow.NONE, 0),
	CITES(set(PAPER), set(PAPER), EdgeKind.EVENT, Flow.NONE, 0);

	private final Set<Label> subjects;

	private final Set<Label> objects;

	private final EdgeKind kind;

	private final Flow flow;

	private final int sign;

	MetaEdge(Set<Label> subjects, Set<Label> objects, EdgeKind kind, Flow flow, int sign) {
		this.subjects = subjects;
		this.objects = objects;
		this.kind = kind;
		this.flow = flow;
		this.sign = sign;
	}

	/**
	 * Which way an effect travels along a relationship of this type, if it travels at
	 * all.
	 */
	public enum Flow {

		/** From subject to object: {@code drug -INHIBITS-> target}. */
		FORWARD,
		/**
		 * From object to subject: {@code reaction -DRIVEN_BY-> subset} means the subset
		 * drives the reaction.
		 */
		REVERSE,
		/**
		 * Not a causal step (observation, classification, evidence, management,
		 * drift-event structure).
		 */
		NONE

	}

	/**
	 * @return the relationship type as written in Cypher
	 */
	public String type() {
		return name();
	}

	/**
	 * @return the labels a subject may have
	 */
	public Set<Label> subjects() {
		return EnumSet.copyOf(subjects);
	}

	/**
	 * @return the labels an object may have
	 */
	public Set<Label> objects() {
		return EnumSet.copyOf(objects);
	}

	public EdgeKind kind() {
		return kind;
	}

	/**
	 * @return which way an effect travels along this type
	 */
	public Flow flow() {
		return flow;
	}

	/**
	 * @return whether a mechanism may walk this type: an effect travels along it
	 */
	public boolean causal() {
		return flow != Flow.NONE;
	}

	/**
	 * @return +1 when raising the source of the effect raises its destination (along
	 * {@link #flow()}), -1 when it lowers it, 0 when unsigned; for an observation
	 * ({@code INDUCES}) or indication ({@code TREATS}) the direction it reports
	 */
	public int sign() {
		return sign;
	}

	/**
	 * @return whether this type may connect a subject of one label to an object of
	 * another
	 */
	public boolean connects(Label subject, Label object) {
		return subjects.contains(subject) && objects.contains(object);
	}

	/**
	 * @return the type written so, if there is one
	 */
	public static Optional<MetaEdge> of(String type) {
		return Arrays.stream(values()).filter(e -> e.name().equals(type)).findFirst();
	}

	private static Set<Label> set(Label first, Label... rest) {
		return EnumSet.of(first, rest);
	}

}
