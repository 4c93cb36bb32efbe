package org.driftgraph.schema;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The primary node labels, each with the id namespaces its CURIEs come from. */
public enum Label {

	/** A drug (DrugBank; ChEBI, as KGX sources such as ROBOKOP name small molecules). */
	DRUG("Drug", "DRUGBANK", "CHEBI"),
	/** A class of drugs sharing a target. */
	DRUG_CLASS("DrugClass"),
	/** A target, cytokine, receptor or biomarker (UniProt). */
	MOLECULE("Molecule", "UniProtKB"),
	/**
	 * A cell type; T-helper subsets also carry {@link #TH_SUBSET_LABEL} (Cell Ontology).
	 */
	CELL_TYPE("CellType", "CL"),
	/** A disease (MONDO, MeSH). */
	DISEASE("Disease", "MONDO", "MESH"),
	/** A paradoxical reaction (MeSH). */
	ADVERSE_REACTION("AdverseReaction", "MESH"),
	/** A risk factor, microbe or process (NCBITaxon, HP, GO). */
	FACTOR("Factor", "NCBITaxon", "HP", "GO"),
	/** Non-drug management. */
	THERAPY("Therapy"),
	/** A paper (DOI, PMID). */
	PAPER("Paper"),
	/** A reified drift event. */
	DRIFT_EVENT("DriftEvent");

	/**
	 * The extra label of the CD4+ T-helper subsets, always together with
	 * {@code CellType}.
	 */
	public static final String TH_SUBSET_LABEL = "ThSubset";

	/**
	 * The label naming each T-helper subset, after {@code CellType|ThSubset}. Neo4j
	 * Browser styles nodes by label only, so each subset needs a label of its own to get
	 * a colour of its own.
	 */
	public static final List<String> TH_SUBSET_NAMES = List.of("Th1", "Th2", "Th17", "Th22", "Treg", "Tfh");

	/**
	 * Every primary label as one label expression. {@code (n:ANY {key: $key})} is planned
	 * as a union of key index seeks, where the label-less {@code (n {key: $key})} scans
	 * every node of the graph. A literal, so that {@code @Query} annotations can use it
	 * too; {@code LabelTests} checks that it names every label.
	 */
	public static final String ANY = "Drug|DrugClass|Molecule|CellType|Disease|AdverseReaction|Factor|Therapy|Paper|DriftEvent";

	private final String value;

	private final String[] curiePrefixes;

	/**
	 * @param labels some primary labels
	 * @return them as one label expression, {@code Drug|DrugClass}: like {@link #ANY},
	 * planned as a union of their key index seeks, and a node of another label is not
	 * found
	 */
	public static String expression(Set<Label> labels) {
		return labels.stream().map(Label::value).collect(Collectors.joining("|"));
	}

	Label(String value, String... curiePrefixes) {
		this.value = value;
		this.curiePrefixes = curiePrefixes;
	}

	/**
	 * @return the label as written in Cypher
	 */
	public String value() {
		return value;
	}

	/**
	 * @return the CURIE prefixes used for nodes of this label
	 */
	public String[] curiePrefixes() {
		return curiePrefixes.clone();
	}

	/**
	 * @param labels a node's labels as Neo4j gives them, in any order ({@code ThSubset}
	 * and {@code Th17} are extra)
	 * @return the first of them that is a metagraph label, if any is
	 */
	public static Optional<Label> primary(Collection<String> labels) {
		return labels.stream().map(Label::of).flatMap(Optional::stream).findFirst();
	}

	/**
	 * @return the label written so, if there is one
	 */
	public static Optional<Label> of(String value) {
		return Arrays.stream(values()).filter(l -> l.value.equals(value)).findFirst();
	}

	@Override
	public String toString() {
		return value;
	}

}
