package org.driftgraph.trapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.driftgraph.pathway.PathwayService;
import org.driftgraph.schema.Biolink;
import org.driftgraph.schema.Label;
import org.driftgraph.schema.MetaEdge;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * What DriftGraph can answer, computed from the metagraph and the graph rather than kept
 * by hand: the triples of labels and types that the graph holds at least once, stated in
 * Biolink (forwards with their qualifiers, and backwards through the inverse predicate
 * where a lookup answers that too), plus the drug → reaction triples for which the
 * pathway engine finds a mechanism. The same triples give the test edges of
 * {@code sri_testing_data}.
 */
@Service
class MetaKnowledgeGraphs {

	/**
	 * How many drug–reaction pairs of a label pair are tried before concluding that none
	 * has a mechanism.
	 */
	static final int INFERRED_TRIES = 25;

	private final Driver driver;

	private final PathwayService pathways;

	private final TrapiService trapi;

	MetaKnowledgeGraphs(Driver driver, PathwayService pathways, TrapiService trapi) {
		this.driver = driver;
		this.pathways = pathways;
		this.trapi = trapi;
	}

	/**
	 * A label–type–label triple the graph holds, with a relationship of it as an example.
	 *
	 * @param subject the subject's label
	 * @param type the type
	 * @param object the object's label
	 * @param subjectId the example's subject id
	 * @param objectId the example's object id
	 */
	record Triple(Label subject, MetaEdge type, Label object, String subjectId, String objectId) {
	}

	/**
	 * A meta edge in the making: its knowledge types and qualifier values, with one
	 * example relationship.
	 */
	private record Entry(Set<String> knowledgeTypes, Map<String, Set<String>> qualifiers, Map<String, Object> example) {
	}

	Trapi.MetaKnowledgeGraph metaKnowledgeGraph() {
		Map<String, Set<String>> prefixes = new TreeMap<>();
		List<Triple> triples;
		try (Session session = session()) {
			session
				.run("MATCH (n:%s) RETURN DISTINCT labels(n) AS labels, split(%s, ':')[0] AS prefix"
					.formatted(Label.ANY, Biolink.NODE_ID.formatted("n")))
				.forEachRemaining(r -> Label.primary(r.get("labels").asList(Value::asString))
					.ifPresent(l -> prefixes.computeIfAbsent(Biolink.category(l), c -> new TreeSet<>())
						.add(r.get("prefix").asString())));
			triples = triples(session);
		}
		Map<String, Trapi.MetaNode> nodes = new LinkedHashMap<>();
		prefixes.forEach((category, ids) -> nodes.put(category, new Trapi.MetaNode(List.copyOf(ids))));
		List<Trapi.MetaEdge> edges = new ArrayList<>();
		metaEdges(triples).forEach((key, entry) -> {
			String[] spo = key.split(" ");
			List<Trapi.MetaQualifier> qualifiers = new ArrayList<>();
			entry.qualifiers()
				.forEach((slot, values) -> qualifiers
					.add(new Trapi.MetaQualifier("biolink:" + slot, List.copyOf(values))));
			edges.add(new Trapi.MetaEdge(spo[0], spo[1], spo[2], List.copyOf(entry.knowledgeTypes()), qualifiers));
		});
		return new Trapi.MetaKnowledgeGraph(nodes, edges);
	}

	/**
	 * @return one test edge per meta edge answered by lookup, in the Translator testing
	 * harness's format
	 */
	Map<String, Object> sriTestingData() {
		List<Triple> triples;
		try (Session session = session()) {
			triples = triples(session);
		}
		List<Object> edges = new ArrayList<>();
		metaEdges(triples).forEach((key, entry) -> {
			if (entry.knowledgeTypes().contains("lookup")) {
				edges.add(entry.example());
			}
		});
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("source_type", "primary");
		data.put("infores", Biolink.KNOWLEDGE_SOURCE);
		data.put("exclude_tests", List.of());
		data.put("edges", edges);
		return data;
	}

	/**
	 * Subject category, predicate, object category (space-separated) → the meta edge, in
	 * a stable order.
	 */
	private Map<String, Entry> metaEdges(List<Triple> triples) {
		BiolinkHierarchy biolink = trapi.biolink();
		Map<String, Entry> entries = new TreeMap<>();
		for (Triple t : triples) {
			Biolink.Predicate predicate = Biolink.predicate(t.type());
			Entry forward = entry(entries, Biolink.category(t.subject()), predicate.predicate(),
					Biolink.category(t.object()), t.subjectId(), t.objectId(), predicate.qualifiers());
			forward.knowledgeTypes().add("lookup");
			predicate.qualifiers()
				.forEach((slot, value) -> forward.qualifiers().computeIfAbsent(slot, s -> new TreeSet<>()).add(value));
			Optional<String> inverse = predicate.qualifiers().isEmpty() ? biolink.inverse(predicate.predicate())
					: Optional.empty();
			inverse.ifPresent(p -> entry(entries, Biolink.category(t.object()), p, Biolink.category(t.subject()),
					t.objectId(), t.subjectId(), Map.of())
				.knowledgeTypes()
				.add("lookup"));
		}
		inferable(triples).forEach(t -> entry(entries, Biolink.category(t.subject()), TrapiService.INFERRED_PREDICATE,
				Biolink.category(t.object()), t.subjectId(), t.objectId(), Map.of())
			.knowledgeTypes()
			.add("inferred"));
		return entries;
	}

	private static Entry entry(Map<String, Entry> entries, String subject, String predicate, String object,
			String subjectId, String objectId, Map<String, String> qualifiers) {
		return entries.computeIfAbsent(subject + " " + predicate + " " + object, key -> {
			Map<String, Object> example = new LinkedHashMap<>();
			example.put("subject_category", subject);
			example.put("object_category", object);
			example.put("predicate", predicate);
			example.put("subject_id", subjectId);
			example.put("object_id", objectId);
			if (!qualifiers.isEmpty()) {
				example.put("qualifiers", qualifiers.entrySet()
					.stream()
					.map(q -> Map.of("qualifier_type_id", "biolink:" + q.getKey(), "qualifier_value", q.getValue()))
					.toList());
			}
			return new Entry(new TreeSet<>(), new TreeMap<>(), example);
		});
	}

	/**
	 * The drug → reaction label pairs that an inferred query can answer: for each pair
	 * that the graph has {@code INDUCES} observations of, the first of them (at most
	 * {@value #INFERRED_TRIES} tried) for which the pathway engine finds a mechanism.
	 */
	private List<Triple> inferable(List<Triple> triples) {
		List<Triple> inferable = new ArrayList<>();
		for (Triple t : triples) {
			if (t.type() != MetaEdge.INDUCES) {
				continue;
			}
			try (Session session = session()) {
				for (Record r : session
					.run("""
							MATCH (d:%s)-[:INDUCES]->(r:%s)
							RETURN DISTINCT d.key AS drug, r.key AS reaction, %s AS drugId, %s AS reactionId
							ORDER BY drug, reaction LIMIT $tries""".formatted(t.subject().value(), t.object().value(),
							Biolink.NODE_ID.formatted("d"), Biolink.NODE_ID.formatted("r")),
							Map.of("tries", INFERRED_TRIES))
					.list()) {
					if (!Mechanisms.supporting(pathways.explain(r.get("drug").asString(), r.get("reaction").asString()))
						.isEmpty()) {
						inferable.add(new Triple(t.subject(), t.type(), t.object(), r.get("drugId").asString(),
								r.get("reactionId").asString()));
						break;
					}
				}
			}
		}
		return inferable;
	}

	/**
	 * @return every label–type–label triple of the metagraph that the graph holds, with
	 * its first relationship
	 */
	private static List<Triple> triples(Session session) {
		List<Triple> triples = new ArrayList<>();
		for (MetaEdge type : MetaEdge.values()) {
			for (Label subject : type.subjects()) {
				for (Label object : type.objects()) {
					List<Record> example = session
						.run("""
								MATCH (s:%s)-[r:%s]->(o:%s)
								RETURN %s AS subjectId, %s AS objectId ORDER BY r.id, subjectId, objectId LIMIT 1"""
							.formatted(subject.value(), type.type(), object.value(), Biolink.NODE_ID.formatted("s"),
									Biolink.NODE_ID.formatted("o")))
						.list();
					if (!example.isEmpty()) {
						triples.add(new Triple(subject, type, object, example.get(0).get("subjectId").asString(),
								example.get(0).get("objectId").asString()));
					}
				}
			}
		}
		return triples;
	}

	private Session session() {
		return driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
	}

}
