package org.driftgraph.disease;

import java.util.List;

import org.driftgraph.schema.Concept;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * A risk factor, microbe or process (atopy, S. aureus, barrier dysfunction, ...).
 */
@Node("Factor")
public final class Factor extends Concept {

	@PersistenceCreator
	Factor(String key, String name, List<String> synonyms, String curie, Boolean curieVerified, String note, Long version) {
		super(key, name, synonyms, curie, curieVerified, note, version);
	}

}
