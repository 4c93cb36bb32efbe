package org.driftgraph.drift;

import java.util.List;

import org.driftgraph.schema.Label;

import org.springframework.data.neo4j.repository.Neo4jRepository;
import org.springframework.data.neo4j.repository.query.Query;

interface DriftEventRepository extends Neo4jRepository<DriftEvent, String> {

	/**
	 * Drift events resulting in a reaction or disease, with their papers (returned as SDN
	 * maps a custom query's relationships: the event, then its relationships and papers).
	 */
	@Query("""
			MATCH (e:DriftEvent)-[:RESULTS_IN]->(r:""" + Label.ANY + """
			 {key: $reaction})
			OPTIONAL MATCH (e)-[cites:REPORTED_IN]->(p:Paper)
			RETURN e, collect(cites), collect(p) ORDER BY e.key""")
	List<DriftEvent> findByReaction(String reaction);

	/**
	 * The keys of the drift events triggered by a drug, by its class, or (for a class) by
	 * one of its drugs.
	 */
	@Query("""
			MATCH (d:""" + Label.ANY + """
			 {key: $culprit})
			""" + DriftEventCypher.CULPRITS + """
			MATCH (e:DriftEvent)-[:TRIGGERED_BY]->(c)
			RETURN DISTINCT e.key ORDER BY e.key""")
	List<String> keysByCulprit(String culprit);

}
