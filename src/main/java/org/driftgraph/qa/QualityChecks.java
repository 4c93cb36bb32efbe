package org.driftgraph.qa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.driftgraph.drift.DriftEventCypher;
import org.driftgraph.schema.EdgeKind;
import org.driftgraph.schema.Identifiers;
import org.driftgraph.schema.MetaEdge;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/** Runs the invariants in {@code cypher/qa} against the graph, read-only. */
@Service
public class QualityChecks {

	static final List<String> CHECKS = List.of("claims_without_paper", "general_knowledge_outside_taxonomy",
			"refs_without_paper_node", "orphan_nodes", "duplicate_keys", "curies", "counts_match_release",
			"drift_event_tallies");

	private static final int EXAMPLES = 20;

	private final Driver driver;

	QualityChecks(Driver driver) {
		this.driver = driver;
	}

	/**
	 * @return every check's outcome
	 */
	public QualityReport run() {
		List<String> evidenced = Arrays.stream(MetaEdge.values())
			.filter(t -> t.kind() == EdgeKind.MECHANISM || t.kind() == EdgeKind.CLINICAL)
			.map(MetaEdge::type)
			.toList();
		Map<String, Object> parameters = Map.of("types", evidenced, "tallied", DriftEventCypher.TALLIED);
		List<QualityReport.Check> checks = new ArrayList<>();
		try (Session session = driver
			.session(SessionConfig.builder().withDefaultAccessMode(org.neo4j.driver.AccessMode.READ).build())) {
			for (String name : CHECKS) {
				String cypher = read(name);
				List<Record> rows = session.executeRead(tx -> tx.run(cypher, parameters).list());
				List<String> violations = name.equals("curies") ? malformedCuries(rows)
						: rows.stream().map(r -> r.get("violation").asString()).toList();
				checks.add(new QualityReport.Check(name, description(cypher), violations.size(),
						violations.stream().limit(EXAMPLES).toList()));
			}
		}
		return new QualityReport(checks.stream().allMatch(QualityReport.Check::passed), List.copyOf(checks));
	}

	private static List<String> malformedCuries(List<Record> rows) {
		return rows.stream()
			.map(r -> Identifiers.curieProblem(r.get("curie").asString()).map(p -> r.get("key").asString() + ": " + p))
			.flatMap(java.util.Optional::stream)
			.toList();
	}

	/** The first comment lines of a check are its description. */
	private static String description(String cypher) {
		return cypher.lines()
			.takeWhile(l -> l.startsWith("//"))
			.map(l -> l.substring(2).trim())
			.collect(Collectors.joining(" "));
	}

	private static String read(String name) {
		try {
			return new ClassPathResource("cypher/qa/" + name + ".cypher").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
