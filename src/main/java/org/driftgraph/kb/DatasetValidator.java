package org.driftgraph.kb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.driftgraph.format.Dataset;
import org.driftgraph.format.EdgeRecord;
import org.driftgraph.format.NodeRecord;
import org.driftgraph.format.curated.CuratedFormat;
import org.driftgraph.format.kgx.KgxFormat;
import org.driftgraph.format.tsv.Problem;
import org.driftgraph.format.tsv.Source;
import org.driftgraph.schema.Label;
import org.driftgraph.schema.MetaEdge;

/**
 * Checks how the records of a dataset refer to each other: keys unique, every referenced
 * key known, every relationship between the labels the metagraph allows, every cited
 * paper present, and general knowledge only where the domain sheet allows it.
 */
final class DatasetValidator {

	private DatasetValidator() {
	}

	/**
	 * Validates a dataset and throws once with the problems of its fields and of its
	 * references together, so that one answer lists every problem of every file.
	 * @param dataset what the files say
	 * @param fieldProblems what the format's reader ({@link CuratedFormat},
	 * {@link KgxFormat}) found
	 * @param existing labels of keys already in the graph that the files may refer to
	 * @throws InvalidDataException with every problem, sorted by file and line
	 */
	static void check(Dataset dataset, List<Problem> fieldProblems, Map<String, Label> existing) {
		List<Problem> problems = new ArrayList<>(fieldProblems);
		validate(dataset, existing, problems);
		if (!problems.isEmpty()) {
			problems.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
			throw new InvalidDataException(problems);
		}
	}

	/**
	 * Adds every problem of how the records refer to each other and to the graph to
	 * {@code problems}.
	 */
	private static void validate(Dataset dataset, Map<String, Label> existing, List<Problem> problems) {
		Map<String, Label> labels = new HashMap<>(existing);
		Map<String, Source> firstSeen = new HashMap<>();
		for (NodeRecord node : dataset.nodes()) {
			Source first = firstSeen.putIfAbsent(node.key(), node.source());
			if (first != null) {
				problems.add(node.source()
					.problem("key",
							"duplicate key '" + node.key() + "' (first at " + first.file() + ":" + first.line() + ")"));
			}
			Label before = existing.get(node.key());
			if (before != null && before != node.label()) {
				problems.add(node.source()
					.problem("key", "the key '" + node.key() + "' already belongs to a " + before + " in the graph; a "
							+ node.label() + " needs another key"));
			}
			labels.put(node.key(), node.label());
		}
		Set<List<Object>> seenEdges = new HashSet<>();
		for (EdgeRecord edge : dataset.edges()) {
			Label subject = resolve(edge, "subject", edge.subject(), labels, problems);
			Label object = resolve(edge, "object", edge.object(), labels, problems);
			if (subject != null && object != null && !edge.type().connects(subject, object)) {
				problems.add(edge.source()
					.problem("predicate",
							edge.type() + " cannot connect a " + subject + " (" + edge.subject() + ") to a " + object
									+ " (" + edge.object() + "); it connects " + edge.type().subjects() + " to "
									+ edge.type().objects()));
			}
			if (!seenEdges.add(List.of(edge.type(), edge.subject(), edge.object(), String.valueOf(edge.id())))) {
				problems.add(edge.source()
					.problem(null, "duplicate relationship " + edge.subject() + " -" + edge.type() + "-> "
							+ edge.object() + (edge.id() != null ? " with id " + edge.id() : "")));
			}
			checkEvidence(edge, labels, problems);
			edge.qualifierKeys()
				.forEach((column, keys) -> keys.forEach(key -> resolve(edge, column, key, labels, problems)));
		}
	}

	private static void checkEvidence(EdgeRecord edge, Map<String, Label> labels, List<Problem> problems) {
		boolean generalKnowledge = Boolean.TRUE.equals(edge.properties().get(CuratedFormat.GENERAL_KNOWLEDGE_PROPERTY));
		if (generalKnowledge && !edge.type().kind().allowsGeneralKnowledge()) {
			problems.add(edge.source()
				.problem("refs",
						CuratedFormat.GENERAL_KNOWLEDGE + " (general knowledge) is allowed "
								+ "only on taxonomy relationships, not on " + edge.type() + " ("
								+ edge.type().kind().name().toLowerCase() + ")"));
		}
		if (edge.properties().containsKey("refs") && edge.refs().isEmpty() && !generalKnowledge) {
			problems.add(edge.source()
				.problem("refs", "a claim needs at least one paper key (or " + CuratedFormat.GENERAL_KNOWLEDGE
						+ " on taxonomy)"));
		}
		for (String ref : edge.refs()) {
			if (labels.get(ref) != Label.PAPER) {
				problems.add(edge.source().problem("refs", "'" + ref + "' is not a paper key"));
			}
		}
	}

	private static Label resolve(EdgeRecord edge, String column, String key, Map<String, Label> labels,
			List<Problem> problems) {
		Label label = labels.get(key);
		if (label == null) {
			problems.add(edge.source().problem(column, "unknown key '" + key + "'"));
		}
		return label;
	}

}
