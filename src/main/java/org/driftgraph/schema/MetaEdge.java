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
 * Every relationship type of the graph: which labels it connects (subject → object), its kind, which way an effect
 * travels along it, and its sign (inhibits −, drives +, suppresses −, shifts toward +).
 */
public enum MetaEdge {

	MEMBER_OF(set(DRUG), set(DRUG_CLASS), EdgeKind.TAXONOMY, Flow.FORWARD, +1),
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
	LESIONS_SHOW_SIGNATURE_OF(set(DRUG, DRUG_CLASS), set(CELL_TYPE), EdgeKind.MECHANISM, Flow.FORWARD, +1),
	POLARIZES_TOWARD(set(DRUG, DRUG_CLASS), set(CELL_TYPE), EdgeKind.MECHANISM, Flow.FORWARD, +1),
	EXPANDS(set(CELL_TYPE), set(CELL_TYPE), EdgeKind.MECHANISM, Flow.FORWARD, +1),
	UPREGULATES(set(DRUG, DRUG_CLASS), set(MOLECULE), EdgeKind.MECHANISM, Flow.FORWARD, +1),
	REDUCES(set(DRUG, DRUG_CLASS), set(FACTOR), EdgeKind.MECHANISM, Flow.FORWARD, -1),
	PERMITS(set(FACTOR), set(FACTOR), EdgeKind.MECHANISM, Flow.FORWARD, +1),
	CAUSES(set(FACTOR, MOLECULE), set(FACTOR), EdgeKind.MECHANISM, Flow.FORWARD, +1),
	DRIVEN_BY(set(DISEASE, ADVERSE_REACTION), set(CELL_TYPE), EdgeKind.MECHANISM, Flow.REVERSE, +1),
	INDUCES(set(DRUG, DRUG_CLASS), set(ADVERSE_REACTION, DISEASE), EdgeKind.CLINICAL, Flow.FORWARD, +1),
	HAS_BIOMARKER(set(ADVERSE_REACTION, DISEASE), set(MOLECULE), EdgeKind.CLINICAL, Flow.NONE, 0),
	HAS_RISK_FACTOR(set(ADVERSE_REACTION, DISEASE), set(FACTOR, MOLECULE), EdgeKind.CLINICAL, Flow.NONE, 0),
	MANAGED_BY(set(ADVERSE_REACTION, DISEASE, DRIFT_EVENT), set(DRUG, DRUG_CLASS, THERAPY), EdgeKind.CLINICAL, Flow.NONE, 0),
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

	/** Which way an effect travels along a relationship of this type, if it travels at all. */
	public enum Flow {

		/** From subject to object: {@code drug -INHIBITS-> target}. */
		FORWARD,
		/** From object to subject: {@code reaction -DRIVEN_BY-> subset} means the subset drives the reaction. */
		REVERSE,
		/** Not a causal step (classification, evidence, management, drift-event structure). */
		NONE

	}

	/** @return the relationship type as written in Cypher */
	public String type() {
		return name();
	}

	/** @return the labels a subject may have */
	public Set<Label> subjects() {
		return EnumSet.copyOf(subjects);
	}

	/** @return the labels an object may have */
	public Set<Label> objects() {
		return EnumSet.copyOf(objects);
	}

	public EdgeKind kind() {
		return kind;
	}

	/** @return which way an effect travels along this type */
	public Flow flow() {
		return flow;
	}

	/**
	 * @return +1 when raising the source of the effect raises its destination (along {@link #flow()}), -1 when it
	 * lowers it, 0 when unsigned
	 */
	public int sign() {
		return sign;
	}

	/** @return whether this type may connect a subject of one label to an object of another */
	public boolean connects(Label subject, Label object) {
		return subjects.contains(subject) && objects.contains(object);
	}

	/** @return the type written so, if there is one */
	public static Optional<MetaEdge> of(String type) {
		return Arrays.stream(values()).filter(e -> e.name().equals(type)).findFirst();
	}

	private static Set<Label> set(Label first, Label... rest) {
		return EnumSet.of(first, rest);
	}

}
