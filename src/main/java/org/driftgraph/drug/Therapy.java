package org.driftgraph.drug;

import java.util.List;

import org.driftgraph.schema.Concept;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * Non-drug management of a drift reaction (topical therapy, platelet-rich plasma, a switch, ...).
 */
@Node("Therapy")
public final class Therapy extends Concept {

	@PersistenceCreator
	Therapy(String key, String name, List<String> synonyms, String curie, Boolean curieVerified, String note, Long version) {
		super(key, name, synonyms, curie, curieVerified, note, version);
	}

}
