package org.driftgraph.molecule;

import java.util.List;

import org.driftgraph.schema.Concept;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * A molecular target, cytokine, receptor or biomarker, with its UniProt CURIE where one exists.
 */
@Node("Molecule")
public final class Molecule extends Concept {

	@PersistenceCreator
	Molecule(String key, String name, List<String> synonyms, String curie, Boolean curieVerified, String note, Long version) {
		super(key, name, synonyms, curie, curieVerified, note, version);
	}

}
