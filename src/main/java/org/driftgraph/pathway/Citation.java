package org.driftgraph.pathway;

/**
 * A paper cited as evidence.
 *
 * @param key its key ({@code ref26}, {@code miao2025})
 * @param firstAuthor first author
 * @param year publication year
 * @param title title
 * @param journal journal, or null
 * @param doi DOI, or null
 * @param pmid PubMed id, or null
 */
public record Citation(String key, String firstAuthor, Integer year, String title, String journal, String doi,
		String pmid) {
}
