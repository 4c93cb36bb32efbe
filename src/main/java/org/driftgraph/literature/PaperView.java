package org.driftgraph.literature;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A paper and everything in the graph that cites it: "which paper says so", read from the
 * paper's side. In JSON the paper's fields stand at the top level, before {@code claims}.
 *
 * @param paper the paper as every answer cites it
 * @param claims the relationships whose refs cite it
 * @param driftEvents the drift events reported in it
 */
public record PaperView(@JsonUnwrapped Citation paper, List<Claim> claims, List<String> driftEvents) {

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
