package org.driftgraph.schema;

import java.util.List;

import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Property;

/**
 * What every named node of the curated graph has, mapped once for Spring Data Neo4j: the stable key from the domain
 * sheet, a display name, synonyms, a CURIE and whether the sheet marks it verified, the curators' note, and the
 * {@code @Version} SDN needs to tell an assigned-id entity that exists from a new one. One level of inheritance, no
 * relationships mapped (they are traversed with Cypher, see STYLE §3).
 */
public abstract class Concept {

	@Id
	private final String key;

	private final String name;

	private final List<String> synonyms;

	private final String curie;

	@Property("curie_verified")
	private final Boolean curieVerified;

	private final String note;

	@Version
	private final Long version;

	protected Concept(String key, String name, List<String> synonyms, String curie, Boolean curieVerified, String note,
			Long version) {
		this.key = key;
		this.name = name;
		this.synonyms = synonyms;
		this.curie = curie;
		this.curieVerified = curieVerified;
		this.note = note;
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
		return synonyms == null ? List.of() : synonyms;
	}

	/** @return the CURIE, or null where no single id exists */
	public String curie() {
		return curie;
	}

	/** @return whether the domain sheet marks the CURIE as verified */
	public boolean curieVerified() {
		return Boolean.TRUE.equals(curieVerified);
	}

	/** @return the curators' note, or null */
	public String note() {
		return note;
	}

}
