package org.driftgraph.lookup;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.driftgraph.common.InvalidRequestException;
import org.driftgraph.common.NotFoundException;
import org.driftgraph.common.Parameters;
import org.driftgraph.schema.Label;
import org.neo4j.driver.Value;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Look-up and search over all named nodes. */
@Service
@Transactional(readOnly = true)
public class EntityLookup {

	/**
	 * Characters with a meaning in Lucene's query syntax, escaped so user text is
	 * searched literally.
	 */
	private static final Pattern LUCENE_SPECIAL = Pattern.compile("([+\\-&|!(){}\\[\\]^\"~*?:\\\\/])");

	private static final String RETURN_SUMMARY = "RETURN " + NodeRef.cypher("n")
			+ " AS node, coalesce(n.synonyms, []) AS synonyms, score ";

	private final Neo4jClient client;

	EntityLookup(Neo4jClient client) {
		this.client = client;
	}

	/**
	 * @return the node with this key, of any label
	 */
	public Optional<EntitySummary> byKey(String key) {
		return client.query("MATCH (n:" + Label.ANY + " {key: $key}) WITH n, 1.0 AS score " + RETURN_SUMMARY)
			.bind(key)
			.to("key")
			.fetchAs(EntitySummary.class)
			.mappedBy((types, r) -> summary(r))
			.first();
	}

	/**
	 * The node a parameter names: how every entry point (HTTP, pages, the Java API,
	 * exports) turns a key into a node.
	 * @param parameter the parameter's name, for messages
	 * @param key its value
	 * @param allowed the primary labels the node may have; empty for any
	 * @return the node
	 * @throws InvalidRequestException when the key is blank or too long, or the node is
	 * of another kind
	 * @throws NotFoundException with "did you mean" suggestions when no node has the key
	 */
	public EntitySummary require(String parameter, String key, Set<Label> allowed) {
		Parameters.requireText(parameter, key);
		EntitySummary found = byKey(key).orElseThrow(() -> new NotFoundException(parameter, key, suggest(key, 5)));
		Label label = found.node().label();
		if (!allowed.isEmpty() && !allowed.contains(label)) {
			throw new InvalidRequestException(parameter, "'" + key + "' is a " + label + "; parameter '" + parameter
					+ "' must be a " + allowed.stream().map(Label::value).collect(Collectors.joining(" or ")) + ".");
		}
		return found;
	}

	/**
	 * @return the nodes whose CURIE or one of whose cross-references is this one
	 */
	public List<EntitySummary> byCurie(String curie) {
		return List.copyOf(client
			.query("MATCH (n) WHERE n.curie = $curie OR $curie IN n.xrefs WITH n, 1.0 AS score " + RETURN_SUMMARY
					+ "ORDER BY n.key")
			.bind(curie)
			.to("curie")
			.fetchAs(EntitySummary.class)
			.mappedBy((types, r) -> summary(r))
			.all());
	}

	/**
	 * Case-insensitive search by name, synonym or key, best match first. The text is
	 * searched literally (no query syntax: words are lower-cased so that AND, OR and NOT
	 * are words, and special characters are escaped); the last word also matches as a
	 * prefix.
	 */
	public List<EntitySummary> search(String text, int limit) {
		return fulltext(luceneQuery(text, false), limit);
	}

	/**
	 * Keys that look like a mistyped one ({@code adalimumabb} suggests adalimumab): the
	 * same search with every word matched fuzzily, for "did you mean" answers.
	 */
	public List<String> suggest(String text, int limit) {
		return fulltext(luceneQuery(text, true), limit).stream().map(e -> e.node().key()).toList();
	}

	private List<EntitySummary> fulltext(String query, int limit) {
		if (query.isEmpty()) {
			return List.of();
		}
		Collection<EntitySummary> found = client.query("""
				CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node AS n, score
				""" + RETURN_SUMMARY + "ORDER BY score DESC, n.key")
			.bindAll(Map.of("query", query, "limit", limit))
			.fetchAs(EntitySummary.class)
			.mappedBy((types, r) -> summary(r))
			.all();
		return List.copyOf(found);
	}

	static String luceneQuery(String text, boolean fuzzy) {
		String[] words = text.trim().toLowerCase(java.util.Locale.ROOT).split("\\s+");
		StringBuilder query = new StringBuilder();
		for (int i = 0; i < words.length; i++) {
			if (words[i].isEmpty()) {
				continue;
			}
			String word = LUCENE_SPECIAL.matcher(words[i]).replaceAll("\\\\$1");
			query.append(query.isEmpty() ? "" : fuzzy ? " OR " : " AND ");
			query.append(fuzzy ? word + "~" : i == words.length - 1 ? "(" + word + " OR " + word + "*)" : word);
		}
		return query.toString();
	}

	private static EntitySummary summary(org.neo4j.driver.Record r) {
		return new EntitySummary(JsonMapper.shared().convertValue(r.get("node").asMap(), NodeRef.class),
				r.get("synonyms").asList(Value::asString), r.get("score").asDouble());
	}

}
