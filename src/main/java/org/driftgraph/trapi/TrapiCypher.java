package org.driftgraph.trapi;

import org.driftgraph.schema.Biolink;
import org.driftgraph.schema.Label;

/**
 * The statements behind the TRAPI endpoint. Java text blocks rather than {@code .cypher}
 * files because they share two fragments with the rest of the code: the node identifier
 * of the KGX export ({@link Biolink#NODE_ID}) and the label expression that makes key
 * look-ups index seeks ({@link Label#ANY}). Every value is a parameter.
 */
final class TrapiCypher {

	/** The columns describing node {@code %1$s}, prefixed {@code %2$s}. */
	private static final String NODE_COLUMNS = """
			%1$s.key AS %2$sKey, %3$s AS %2$sId, labels(%1$s) AS %2$sLabels, coalesce(%1$s.name, %1$s.title) AS %2$sName""";

	/**
	 * Nodes named by the ids of a query: by key ({@code driftgraph:<key>}), PMID, DOI or
	 * CURIE.
	 */
	static final String NODES = """
			CALL () {
			  MATCH (n:%1$s) WHERE n.key IN $keys RETURN n
			  UNION
			  MATCH (n:Paper) WHERE n.pmid IN $pmids OR n.doi IN $dois RETURN n
			  UNION
			  MATCH (n:%1$s) WHERE n.curie IN $curies RETURN n
			}
			RETURN %2$s, n.curie AS curie, n.pmid AS pmid, n.doi AS doi""".formatted(Label.ANY, node("n", "n"));

	/**
	 * What each relationship row returns: both ends, the relationship, and its papers in
	 * {@code refs} order, each with its node id and what names it without a PMID or DOI.
	 */
	private static final String RELATIONSHIP_COLUMNS = """
			RETURN DISTINCT %s, %s, type(r) AS type, properties(r) AS properties,
			       COLLECT { UNWIND range(0, size(coalesce(r.refs, [])) - 1) AS i
			                 MATCH (paper:Paper {key: r.refs[i]})
			                 RETURN {id: %s, identified: paper.pmid IS NOT NULL OR paper.doi IS NOT NULL,
			                         author: paper.first_author, year: paper.year, title: paper.title,
			                         journal: paper.journal} ORDER BY i } AS publications""".formatted(node("s", "s"),
			node("o", "o"), Biolink.NODE_ID.formatted("paper"));

	/**
	 * Relationships of the given types leaving the given subjects or entering the given
	 * objects: one pattern per map of {@code $patterns} ({@code types}, {@code subjects}
	 * or null, {@code objects} or null, {@code inverted}), at least one end given, which
	 * the search starts from.
	 */
	static final String RELATIONSHIPS = """
			UNWIND $patterns AS p
			CALL (p) {
			  MATCH (s:%1$s)-[r]->(o)
			  WHERE p.subjects IS NOT NULL AND s.key IN p.subjects AND type(r) IN p.types
			    AND (p.objects IS NULL OR o.key IN p.objects)
			  RETURN s, r, o
			  UNION
			  MATCH (s)-[r]->(o:%1$s)
			  WHERE p.subjects IS NULL AND o.key IN p.objects AND type(r) IN p.types
			  RETURN s, r, o
			}
			WITH p.inverted AS inverted, s, r, o
			%2$s, inverted""".formatted(Label.ANY, RELATIONSHIP_COLUMNS);

	/**
	 * Given relationships, each a map of {@code subject}, {@code type}, {@code object}
	 * keys and {@code id} (or null).
	 */
	static final String RELATIONSHIPS_BY_KEY = """
			UNWIND $relationships AS rel
			MATCH (s:%1$s {key: rel.subject})-[r]->(o:%1$s {key: rel.object})
			WHERE type(r) = rel.type AND (rel.id IS NULL OR r.id = rel.id)
			%2$s, false AS inverted""".formatted(Label.ANY, RELATIONSHIP_COLUMNS);

	private TrapiCypher() {
	}

	private static String node(String variable, String prefix) {
		return NODE_COLUMNS.formatted(variable, prefix, Biolink.NODE_ID.formatted(variable));
	}

}
