package org.driftgraph.drug;

import java.util.List;

import org.driftgraph.schema.Concept;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * A class of drugs sharing a target (TNF-α inhibitors, IL-17 inhibitors, ...).
 */
@Node("DrugClass")
public final class DrugClass extends Concept {

	@PersistenceCreator
	DrugClass(String key, String name, List<String> synonyms, String curie, Boolean curieVerified, String note, Long version) {
		super(key, name, synonyms, curie, curieVerified, note, version);
	}

}
