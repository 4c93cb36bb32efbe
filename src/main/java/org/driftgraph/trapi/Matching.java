package org.driftgraph.trapi;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.driftgraph.schema.Biolink;
import org.driftgraph.schema.Label;
import org.driftgraph.schema.MetaEdge;

/**
 * Which labels and relationship types answer a query node's categories and a query edge's
 * predicates and qualifier constraints, by the Biolink Model: descendants of what is
 * asked match, a predicate matches through an edge's {@code qualified_predicate} too
 * (TRAPI's "causes" example), and an unqualified relationship also answers the inverse of
 * its predicate, read from object to subject.
 */
final class Matching {

	private static final String ANY_PREDICATE = "biolink:related_to";

	private Matching() {
	}

	/**
	 * A relationship type that answers a query edge.
	 *
	 * @param type the type
	 * @param inverted whether the query edge's subject is the relationship's object
	 * @param predicate the predicate the answer states: the type's, or its inverse when
	 * inverted
	 */
	record Match(MetaEdge type, boolean inverted, String predicate) {
	}

	/**
	 * @return the labels whose Biolink category is, or descends from, one of the
	 * categories; all for none
	 */
	static Set<Label> labels(List<String> categories, BiolinkHierarchy biolink) {
		Set<Label> labels = EnumSet.noneOf(Label.class);
		for (Label label : Label.values()) {
			if (categories.isEmpty() || categories.stream().anyMatch(c -> biolink.isA(Biolink.category(label), c))) {
				labels.add(label);
			}
		}
		return labels;
	}

	/**
	 * @return every way a relationship type answers one of the predicates
	 * ({@code related_to} for none)
	 */
	static List<Match> matches(List<String> predicates, BiolinkHierarchy biolink) {
		List<String> asked = predicates.isEmpty() ? List.of(ANY_PREDICATE) : predicates;
		List<Match> matches = new ArrayList<>();
		for (MetaEdge type : MetaEdge.values()) {
			Biolink.Predicate predicate = Biolink.predicate(type);
			String qualified = predicate.qualifiers().get("qualified_predicate");
			if (asked.stream()
				.anyMatch(a -> biolink.isA(predicate.predicate(), a)
						|| (qualified != null && biolink.isA(qualified, a)))) {
				matches.add(new Match(type, false, predicate.predicate()));
			}
			Optional<String> inverse = predicate.qualifiers().isEmpty() ? biolink.inverse(predicate.predicate())
					: Optional.empty();
			if (inverse.isPresent() && asked.stream().anyMatch(a -> biolink.isA(inverse.get(), a))) {
				matches.add(new Match(type, true, inverse.get()));
			}
		}
		return matches;
	}

	/**
	 * TRAPI's rule: with constraints, only a qualified edge satisfying every qualifier of
	 * at least one set matches; a {@code qualified_predicate} is satisfied by its
	 * descendants, other values must be equal.
	 * @param qualifiers the edge's qualifiers, slot → value (empty for an unqualified or
	 * inverted edge)
	 * @param sets the query edge's qualifier sets
	 */
	static boolean satisfies(Map<String, String> qualifiers, List<Map<String, String>> sets, BiolinkHierarchy biolink) {
		if (sets.isEmpty()) {
			return true;
		}
		return sets.stream().anyMatch(set -> set.entrySet().stream().allMatch(c -> {
			String value = qualifiers.get(c.getKey());
			if (value == null) {
				return false;
			}
			return c.getKey().equals("qualified_predicate") ? biolink.isA(value, c.getValue())
					: value.equals(c.getValue());
		}));
	}

}
