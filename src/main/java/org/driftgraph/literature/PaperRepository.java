package org.driftgraph.literature;

import java.util.Optional;

import org.springframework.data.neo4j.repository.Neo4jRepository;

interface PaperRepository extends Neo4jRepository<Paper, String>, PaperRepositoryExt {

	Optional<Paper> findByDoi(String doi);

	Optional<Paper> findByPmid(String pmid);

}
