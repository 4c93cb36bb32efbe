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
 * Every relationship type of the graph: which labels it connects (subject → object), its kind, and its sign where
 * it has one (+1 raises the object, -1 lowers it, 0 unsigned).
 */
public enum MetaEdge {

	MEMBER_OF(set(DRUG), set(DRUG_CLASS), EdgeKind.TAXONOMY, 0),
	SUBCLASS_OF(set(DRUG_CLASS), set(DRUG_CLASS), EdgeKind.TAXONOMY, 0),
	INHIBITS(set(DRUG, DRUG_CLASS), set(MOLECULE), EdgeKind.TAXONOMY, -1),
	SUBUNIT_OF(set(MOLECULE), set(MOLECULE), EdgeKind.TAXONOMY, 0),
	RECEPTOR_FOR(set(MOLECULE), set(MOLECULE), EdgeKind.TAXONOMY, 0),
	BINDS(set(MOLECULE), set(MOLECULE), EdgeKind.TAXONOMY, 0),
	PRODUCES(set(CELL_TYPE), set(MOLECULE), EdgeKind.TAXONOMY, +1),
	DRIVES_DIFFERENTIATION(set(MOLECULE), set(CELL_TYPE), EdgeKind.TAXONOMY, +1),
	TREATS(set(DRUG, DRUG_CLASS), set(DISEASE), EdgeKind.TAXONOMY, -1),
	RESEMBLES(set(ADVERSE_REACTION), set(DISEASE), EdgeKind.TAXONOMY, 0),
	SUPPRESSES(set(CELL_TYPE, MOLECULE), set(CELL_TYPE), EdgeKind.MECHANISM, -1),
	COUNTER_REGULATES(set(CELL_TYPE), set(CELL_TYPE), EdgeKind.MECHANISM, -1),
	AMPLIFIES(set(MOLECULE), set(CELL_TYPE), EdgeKind.MECHANISM, +1),
	SHIFTS_TOWARD(set(DRUG, DRUG_CLASS), set(CELL_TYPE), EdgeKind.MECHANISM, +1),
	LESIONS_SHOW_SIGNATURE_OF(set(DRUG, DRUG_CLASS), set(CELL_TYPE), EdgeKind.MECHANISM, +1),
	POLARIZES_TOWARD(set(DRUG, DRUG_CLASS), set(CELL_TYPE), EdgeKind.MECHANISM, +1),
	EXPANDS(set(CELL_TYPE), set(CELL_TYPE), EdgeKind.MECHANISM, +1),
	UPREGULATES(set(DRUG, DRUG_CLASS), set(MOLECULE), EdgeKind.MECHANISM, +1),
	REDUCES(set(DRUG, DRUG_CLASS), set(FACTOR), EdgeKind.MECHANISM, -1),
	PERMITS(set(FACTOR), set(FACTOR), EdgeKind.MECHANISM, +1),
	CAUSES(set(FACTOR, MOLECULE), set(FACTOR), EdgeKind.MECHANISM, +1),
	DRIVEN_BY(set(DISEASE, ADVERSE_REACTION), set(CELL_TYPE), EdgeKind.MECHANISM, 0),
	INDUCES(set(DRUG, DRUG_CLASS), set(ADVERSE_REACTION, DISEASE), EdgeKind.CLINICAL, +1),
	HAS_BIOMARKER(set(ADVERSE_REACTION, DISEASE), set(MOLECULE), EdgeKind.CLINICAL, 0),
	HAS_RISK_FACTOR(set(ADVERSE_REACTION, DISEASE), set(FACTOR, MOLECULE), EdgeKind.CLINICAL, 0),
	MANAGED_BY(set(ADVERSE_REACTION, DISEASE, DRIFT_EVENT), set(DRUG, DRUG_CLASS, THERAPY), EdgeKind.CLINICAL, 0),
	TRIGGERED_BY(set(DRIFT_EVENT), set(DRUG, DRUG_CLASS), EdgeKind.EVENT, 0),
	OCCURS_IN(set(DRIFT_EVENT), set(DISEASE), EdgeKind.EVENT, 0),
	RESULTS_IN(set(DRIFT_EVENT), set(ADVERSE_REACTION, DISEASE), EdgeKind.EVENT, 0),
	SHIFTS_FROM(set(DRIFT_EVENT), set(CELL_TYPE), EdgeKind.EVENT, 0),
	SHIFTS_TO(set(DRIFT_EVENT), set(CELL_TYPE), EdgeKind.EVENT, 0),
	INVOLVES(set(DRIFT_EVENT), set(MOLECULE), EdgeKind.EVENT, 0),
	REPORTED_IN(set(DRIFT_EVENT), set(PAPER), EdgeKind.EVENT, 0),
	CITES(set(PAPER), set(PAPER), EdgeKind.EVENT, 0);

	private final Set<Label> subjects;

	private final Set<Label> objects;

	private final EdgeKind kind;

	private final int sign;

	MetaEdge(Set<Label> subjects, Set<Label> objects, EdgeKind kind, int sign) {
		this.subjects = subjects;
		this.objects = objects;
		this.kind = kind;
		this.sign = sign;
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

	/** @return +1 when the subject raises the object, -1 when it lowers it, 0 when unsigned */
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
