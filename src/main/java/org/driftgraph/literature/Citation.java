package org.driftgraph.literature;

/**
 * A paper as every answer cites it: on claims, observations, drift events and rescues,
 * and at the head of a {@link PaperView}.
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
