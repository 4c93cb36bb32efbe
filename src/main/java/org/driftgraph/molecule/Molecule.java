package org.driftgraph.molecule;

import java.util.List;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Property;

/**
 * A molecular target, cytokine, receptor or biomarker, with its UniProt CURIE where one exists.
 */
@Node("Molecule")
public final class Molecule {

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
	Molecule(String key, String name, List<String> synonyms, String curie, Boolean curieVerified, Long version) {
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
