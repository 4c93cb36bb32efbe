package org.driftgraph.disease;

import java.util.List;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Property;

/**
 * A disease: an original indication, or a drift outcome that is a disease in its own right.
 */
@Node("Disease")
public final class Disease {

	@Id
	private final String key;

	private final String name;

	private final List<String> synonyms;

	private final String curie;

	@Property("curie_verified")
	private final Boolean curieVerified;

	@Version
	private final Long version;

	@PersistenceCreator
	Disease(String key, String name, List<String> synonyms, String curie, Boolean curieVerified, Long version) {
		this.key = key;
		this.name = name;
		this.synonyms = synonyms;
		this.curie = curie;
		this.curieVerified = curieVerified;
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

	/** @return whether the domain sheet marks the CURIE as verified */
	public Boolean curieVerified() {
		return curieVerified;
	}

}
