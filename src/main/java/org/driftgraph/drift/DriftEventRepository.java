package org.driftgraph.drift;

import java.util.List;

import org.driftgraph.schema.Label;

import org.springframework.data.neo4j.repository.Neo4jRepository;
import org.springframework.data.neo4j.repository.query.Query;

interface DriftEventRepository extends Neo4jRepository<DriftEvent, String> {

	/** Drift events resulting in a reaction or disease. */
	@Query("""
			MATCH (e:DriftEvent)-[:RESULTS_IN]->(r:""" + Label.ANY + """
			 {key: $reaction})
			RETURN e ORDER BY e.key""")
	List<DriftEvent> findByReaction(String reaction);

	/**
	 * Drift events triggered by a drug, by its class, or (for a class) by one of its
	 * drugs.
	 */
	@Query("""
			MATCH (d:""" + Label.ANY + """
			 {key: $culprit})
			""" + DriftEventCypher.CULPRITS + """
			MATCH (e:DriftEvent)-[:TRIGGERED_BY]->(c)
			RETURN DISTINCT e ORDER BY e.key""")
	List<DriftEvent> findByCulprit(String culprit);

}
