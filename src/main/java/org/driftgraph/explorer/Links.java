package org.driftgraph.explorer;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The Explorer's links: the templates and exports write every link to an entity page, a
 * question or a paper's DOI and PubMed record through here. Keys are encoded strictly, as
 * values: a {@code /} or {@code &} in a key stays inside its path segment or query value.
 */
public final class Links {

	private Links() {
	}

	/**
	 * @param key a node's key
	 * @return its entity page, {@code /entity/secukinumab}
	 */
	public static String entity(String key) {
		return UriComponentsBuilder.fromPath("/entity/{key}").encode().buildAndExpand(key).toUriString();
	}

	/**
	 * @param from a drug or class key
	 * @param to a reaction or disease key
	 * @return the explain page of the question
	 */
	public static String explain(String from, String to) {
		return question("/explain", from, to);
	}

	/**
	 * @param path the page, download or API path that answers the question
	 * @param from a drug or class key
	 * @param to a reaction or disease key
	 * @return the path with the question as its query
	 */
	public static String question(String path, String from, String to) {
		return UriComponentsBuilder.fromPath(path)
			.queryParam("from", "{from}")
			.queryParam("to", "{to}")
			.encode()
			.buildAndExpand(from, to)
			.toUriString();
	}

	/**
	 * @param doi a DOI, or null
	 * @return its resolver link, or null
	 */
	public static String doi(String doi) {
		return doi == null ? null : "https://doi.org/" + doi;
	}

	/**
	 * @param pmid a PubMed id, or null
	 * @return its PubMed page, or null
	 */
	public static String pubmed(String pmid) {
		return pmid == null ? null : "https://pubmed.ncbi.nlm.nih.gov/" + pmid + "/";
	}

}
