package org.driftgraph.pathway;

import java.util.List;

import org.driftgraph.literature.Citation;
import org.driftgraph.lookup.NodeRef;

/**
 * One curated claim (a row of the curated data) behind a hop.
 *
 * @param id its row id ({@code R102})
 * @param subject the node the claim is about: the drug itself, or the class whose claim
 * the drug inherits
 * @param confidence high, medium or low
 * @param contested whether the curated data marks it contested
 * @param note the curators' note (why contested, context), or null
 * @param generalKnowledge whether it also rests on general knowledge (taxonomy only)
 * @param papers the papers cited for it, in the curated order
 * @param awayFrom for a shift, the names of what it shifts away from ({@code away_from}),
 * else empty
 * @param via for an expansion, the names of the cytokines it goes through ({@code via}),
 * else empty
 */
public record Claim(String id, NodeRef subject, String confidence, boolean contested, String note,
		boolean generalKnowledge, List<Citation> papers, List<String> awayFrom, List<String> via) {
}
