package org.driftgraph.literature;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Property;

/**
 * A cited paper: the review ({@code miao2025}) or one of its 56 references.
 */
@Node("Paper")
public final class Paper {

	@Id
	private final String key;

	@Property("first_author")
	private final String firstAuthor;

	private final Integer year;

	private final String title;

	private final String journal;

	private final String doi;

	private final String pmid;

	@Version
	private final Long version;

	@PersistenceCreator
	Paper(String key, String firstAuthor, Integer year, String title, String journal, String doi, String pmid,
			Long version) {
		this.key = key;
		this.firstAuthor = firstAuthor;
		this.year = year;
		this.title = title;
		this.journal = journal;
		this.doi = doi;
		this.pmid = pmid;
		this.version = version;
	}

	/**
	 * @return the stable key from the curated domain sheet
	 */
	public String key() {
		return key;
	}

	/**
	 * @return the first author
	 */
	public String firstAuthor() {
		return firstAuthor;
	}

	/**
	 * @return the publication year
	 */
	public Integer year() {
		return year;
	}

	/**
	 * @return the title
	 */
	public String title() {
		return title;
	}

	/**
	 * @return the journal
	 */
	public String journal() {
		return journal;
	}

	/**
	 * @return the DOI, or null
	 */
	public String doi() {
		return doi;
	}

	/**
	 * @return the PubMed id, or null
	 */
	public String pmid() {
		return pmid;
	}

	/**
	 * @return the paper as answers cite it
	 */
	public Citation citation() {
		return new Citation(key, firstAuthor, year, title, journal, doi, pmid);
	}

}
