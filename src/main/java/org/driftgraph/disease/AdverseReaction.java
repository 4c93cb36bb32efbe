package org.driftgraph.disease;

import java.util.List;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * A paradoxical reaction, kept apart from the disease it resembles.
 */
@Node("AdverseReaction")
public final class AdverseReaction {

	@Id
	private final String key;

	private final String name;

	private final List<String> synonyms;

	@Version
	private final Long version;

	@PersistenceCreator
	AdverseReaction(String key, String name, List<String> synonyms, Long version) {
		this.key = key;
		this.name = name;
		this.synonyms = synonyms;
		this.version = version;
	}

	/** @return the stable key from the curated domain sheet */
	public String key() {
		return key;
	}

	/** @return the display name */
	public String name() {
		return name;
	}

	/** @return synonyms, brand names and codes */
	public List<String> synonyms() {
		return synonyms;
	}

}
