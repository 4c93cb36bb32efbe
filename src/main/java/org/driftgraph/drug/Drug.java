package org.driftgraph.drug;

import java.util.List;

import org.driftgraph.schema.Concept;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Property;

/**
 * A drug: a biologic or small molecule, with its DrugBank CURIE.
 */
@Node("Drug")
public final class Drug extends Concept {

	@Property("in_seed")
	private final Boolean inSeed;

	@PersistenceCreator
	Drug(String key, String name, List<String> synonyms, String curie, Boolean curieVerified, String note,
			Boolean inSeed, Long version) {
		super(key, name, synonyms, curie, curieVerified, note, version);
		this.inSeed = inSeed;
	}

	/** @return whether the seed review names the drug (false for examples the sheet adds, such as nivolumab) */
	public boolean inSeed() {
		return !Boolean.FALSE.equals(inSeed);
	}

}
