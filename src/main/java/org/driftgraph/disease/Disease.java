package org.driftgraph.disease;

import java.util.List;

import org.driftgraph.schema.Concept;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * A disease: an original indication, or a drift outcome that is a disease in its own right.
 */
@Node("Disease")
public final class Disease extends Concept {

	@PersistenceCreator
	Disease(String key, String name, List<String> synonyms, String curie, Boolean curieVerified, String note, Long version) {
		super(key, name, synonyms, curie, curieVerified, note, version);
	}

}
