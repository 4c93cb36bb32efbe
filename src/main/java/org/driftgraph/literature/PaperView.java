package org.driftgraph.literature;

import java.util.List;

/**
 * A paper and everything in the graph that cites it: "which paper says so", read from the
 * paper's side.
 *
 * @param key its key
 * @param firstAuthor first author
 * @param year publication year
 * @param title title
 * @param journal journal
 * @param doi DOI, or null
 * @param pmid PubMed id, or null
 * @param claims the relationships whose refs cite it
 * @param driftEvents the drift events reported in it
 */
public record PaperView(String key, String firstAuthor, Integer year, String title, String journal, String doi,
		String pmid, List<Claim> claims, List<String> driftEvents) {

	/**
	 * @param id the curated row id
	 * @param subject subject key
	 * @param type relationship type
	 * @param object object key
	 * @param confidence high, medium or low
	 * @param contested whether the claim is contested
	 * @param abstractChecked whether the curators checked the claim in this paper's
	 * abstract
	 */
	public record Claim(String id, String subject, String type, String object, String confidence, boolean contested,
			boolean abstractChecked) {
	}

}
