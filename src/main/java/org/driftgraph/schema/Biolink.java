package org.driftgraph.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * DriftGraph's labels and relationship types in the Biolink Model, the one place the KGX
 * export takes them from and the KGX import maps them back from. The switches are
 * exhaustive, so a new label or type does not compile without its mapping, and the
 * inverse look-ups are derived from the same switches; {@code BiolinkTests} checks every
 * name against the Biolink Model itself. Signed effects follow Biolink's qualifier
 * pattern: {@code biolink:affects} qualified by {@code biolink:causes} and a direction
 * ({@code increased}, {@code decreased}).
 */
public final class Biolink {

	/**
	 * The prefix of DriftGraph's own identifiers: {@code driftgraph:<key>} expands to
	 * {@code urn:driftgraph:<key>}.
	 */
	public static final String PREFIX = "driftgraph";

	/**
	 * A node's identifier outside DriftGraph, as a Cypher expression of the node variable
	 * {@code %1$s}: its CURIE, else its paper's PMID or DOI, else its key under
	 * {@link #PREFIX}. The KGX export and the TRAPI endpoint both name nodes so.
	 */
	public static final String NODE_ID = "coalesce(%1$s.curie, 'PMID:' + %1$s.pmid, 'doi:' + %1$s.doi, '" + PREFIX
			+ ":' + %1$s.key)";

	/** The information resource every edge comes from. */
	public static final String KNOWLEDGE_SOURCE = "infores:driftgraph";

	/** Every claim was curated by a person from the papers. */
	public static final String AGENT_TYPE = "manual_agent";

	private Biolink() {
	}

	/**
	 * A Biolink predicate with the qualifiers that complete its meaning.
	 *
	 * @param predicate the predicate CURIE
	 * @param qualifiers qualifier slot (snake_case) to value
	 */
	public record Predicate(String predicate, Map<String, String> qualifiers) {

		static Predicate of(String predicate) {
			return new Predicate("biolink:" + predicate, Map.of());
		}

		/**
		 * {@code biolink:affects}: the subject causes the object to change in the given
		 * direction.
		 */
		static Predicate affects(String direction) {
			return affects(null, direction);
		}

		/**
		 * As {@link #affects(String)}, for one aspect (activity, expression) of a
		 * molecule.
		 */
		static Predicate affects(String aspect, String direction) {
			Map<String, String> qualifiers = new LinkedHashMap<>();
			qualifiers.put("qualified_predicate", "biolink:causes");
			if (aspect != null) {
				qualifiers.put("object_aspect_qualifier", aspect);
			}
			qualifiers.put("object_direction_qualifier", direction);
			return new Predicate("biolink:affects", qualifiers);
		}

		Predicate with(String qualifier, String value) {
			Map<String, String> more = new LinkedHashMap<>(qualifiers);
			more.put(qualifier, value);
			return new Predicate(predicate, more);
		}

	}

	/**
	 * @return the Biolink category of a node with this label
	 */
	public static String category(Label label) {
		return "biolink:" + switch (label) {
			case DRUG -> "Drug";
			// Biolink has no class of drugs; a class is the chemical entity its members
			// have in common
			case DRUG_CLASS -> "ChemicalEntity";
			// cytokines, receptors, targets: all proteins (the heterodimers and families
			// included)
			case MOLECULE -> "Protein";
			case CELL_TYPE -> "Cell";
			case DISEASE -> "Disease";
			// an eruption is a clinical finding (HP has eczema and psoriasiform
			// dermatitis as phenotypes)
			case ADVERSE_REACTION -> "PhenotypicFeature";
			// microbes, processes and risk factors share nothing more specific
			case FACTOR -> "NamedThing";
			case THERAPY -> "Treatment";
			case PAPER -> "Publication";
			// a pattern of deleterious immune drift: a process with participants, outcome
			// and management
			case DRIFT_EVENT -> "PathologicalProcess";
		};
	}

	/**
	 * @return the Biolink predicate (and qualifiers) of a relationship of this type, in
	 * the same direction
	 */
	public static Predicate predicate(MetaEdge type) {
		return switch (type) {
			case MEMBER_OF -> Predicate.of("member_of");
			case SUBCLASS_OF -> Predicate.of("subclass_of");
			case INHIBITS ->
				Predicate.affects("activity", "decreased").with("causal_mechanism_qualifier", "inhibition");
			case SUBUNIT_OF -> Predicate.of("part_of");
			case RECEPTOR_FOR, BINDS -> Predicate.of("directly_physically_interacts_with");
			case PRODUCES -> Predicate.of("produces");
			case DRIVES_DIFFERENTIATION, PERMITS -> Predicate.of("contributes_to");
			case TREATS -> Predicate.of("treats");
			case RESEMBLES -> Predicate.of("similar_to");
			case SUPPRESSES, COUNTER_REGULATES, REDUCES, SHIFTS_FROM -> Predicate.affects("decreased");
			case AMPLIFIES, SHIFTS_TOWARD, POLARIZES_TOWARD, EXPANDS, SHIFTS_TO -> Predicate.affects("increased");
			case UPREGULATES -> Predicate.affects("expression", "increased");
			case LESIONS_SHOW_SIGNATURE_OF -> Predicate.of("associated_with");
			case CAUSES, INDUCES, RESULTS_IN -> Predicate.of("causes");
			// the subset drives the disease: the inverse of contributes_to keeps subject
			// and object as stored
			case DRIVEN_BY -> Predicate.of("contribution_from");
			case HAS_BIOMARKER -> Predicate.of("has_biomarker");
			case HAS_RISK_FACTOR -> Predicate.of("increased_likelihood_associated_with");
			// reported management: the inverse of applied_to_treat, weaker than treats
			case MANAGED_BY -> Predicate.of("treatment_applications_from");
			case TRIGGERED_BY -> Predicate.of("caused_by");
			case OCCURS_IN -> Predicate.of("occurs_in_disease");
			case INVOLVES -> Predicate.of("has_participant");
			case REPORTED_IN -> Predicate.of("mentioned_by");
			case CITES -> Predicate.of("mentions");
		};
	}

	/**
	 * @return the Biolink knowledge level of a relationship of this kind
	 */
	public static String knowledgeLevel(EdgeKind kind) {
		return switch (kind) {
			// taxonomy, mechanisms and drift patterns are put forth as true on the
			// papers' evidence
			case TAXONOMY, MECHANISM, EVENT -> "knowledge_assertion";
			// incidences, biomarkers, risk factors and management were observed in
			// patients
			case CLINICAL -> "observation";
		};
	}

	/**
	 * The inverse of {@link #category(Label)}, which is one-to-one.
	 * @return the label whose category this is, if any
	 */
	public static Optional<Label> label(String category) {
		return Arrays.stream(Label.values()).filter(l -> category(l).equals(category)).findFirst();
	}

	/**
	 * The inverse of {@link #predicate(MetaEdge)}, which is not one-to-one: several types
	 * may share a predicate and qualifiers (the metagraph then tells them apart by the
	 * labels they connect).
	 * @return the types that map to exactly this predicate and these qualifiers, in
	 * declaration order
	 */
	public static List<MetaEdge> types(Predicate predicate) {
		List<MetaEdge> types = new ArrayList<>();
		for (MetaEdge type : MetaEdge.values()) {
			if (predicate(type).equals(predicate)) {
				types.add(type);
			}
		}
		return types;
	}

	/**
	 * @return every qualifier slot some type's predicate uses, in declaration order
	 */
	public static List<String> qualifierSlots() {
		LinkedHashSet<String> slots = new LinkedHashSet<>();
		for (MetaEdge type : MetaEdge.values()) {
			slots.addAll(predicate(type).qualifiers().keySet());
		}
		return List.copyOf(slots);
	}

}
