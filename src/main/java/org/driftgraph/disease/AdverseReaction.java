package org.driftgraph.disease;

import java.util.List;

import org.driftgraph.schema.Concept;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * A paradoxical reaction, kept apart from the disease it resembles.
 */
@Node("AdverseReaction")
public final class AdverseReaction extends Concept {

	@PersistenceCreator
	AdverseReaction(String key, String name, List<String> synonyms, String curie, Boolean curieVerified, String note, Long version) {
		super(key, name, synonyms, curie, curieVerified, note, version);
	}

}
