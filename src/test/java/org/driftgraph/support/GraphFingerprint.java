package org.driftgraph.support;

import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.neo4j.driver.Driver;

/**
 * Every node and relationship of the knowledge graph with all their properties, as sorted
 * text lines: two equal fingerprints mean the graph did not change. Release bookkeeping
 * and the migration chain are left out.
 */
public final class GraphFingerprint {

	private GraphFingerprint() {
	}

	public static Set<String> of(Driver driver) {
		Set<String> lines = new TreeSet<>();
		try (var session = driver.session()) {
			session
				.run("MATCH (n) WHERE n.key IS NOT NULL AND NOT n:Release RETURN labels(n) AS labels, "
						+ "properties(n) AS props")
				.forEachRemaining(r -> lines.add(new TreeSet<>(r.get("labels").asList(v -> v.asString())) + " "
						+ new TreeMap<>(r.get("props").asMap())));
			session
				.run("MATCH (s)-[r]->(o) WHERE s.key IS NOT NULL AND NOT s:Release RETURN s.key AS s, type(r) AS t, "
						+ "o.key AS o, properties(r) AS props")
				.forEachRemaining(r -> lines.add(r.get("s").asString() + " -" + r.get("t").asString() + "-> "
						+ r.get("o").asString() + " " + new TreeMap<>(r.get("props").asMap())));
		}
		return lines;
	}

}
