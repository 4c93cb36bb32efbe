package org.driftgraph.disease;

import java.util.List;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * A risk factor, microbe or process (atopy, S. aureus, barrier dysfunction, ...).
 */
@Node("Factor")
public final class Factor {

	@Id
	private final String key;

	private final String name;

	private final List<String> synonyms;

	private final String curie;

	@Version
	private final Long version;

	@PersistenceCreator
	Factor(String key, String name, List<String> synonyms, String curie, Long version) {
		this.key = key;
		this.name = name;
		this.synonyms = synonyms;
		this.curie = curie;
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

	/** @return the CURIE (DrugBank, UniProt, CL, MONDO, MeSH, ...), or null where no single id exists */
	public String curie() {
		return curie;
	}

}
