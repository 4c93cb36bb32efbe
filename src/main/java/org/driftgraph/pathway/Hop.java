package org.driftgraph.pathway;

import java.util.List;

/**
 * One relationship on a path, with its evidence.
 *
 * @param id the curated row id ({@code R102}), or null for drift-event links
 * @param type the relationship type
 * @param direction {@code forward} when the path runs subject → object, {@code reverse} when object → subject
 * @param from where the path enters the hop
 * @param to where the path leaves it
 * @param sign the type's sign along its flow: +1 raises, -1 lowers, 0 unsigned
 * @param confidence high, medium or low
 * @param contested whether the curated data marks the claim contested
 * @param note the curators' note (why contested, context), or null
 * @param generalKnowledge whether the claim also rests on general knowledge (taxonomy only)
 * @param papers the papers cited for it
 * @param score its evidence score, see {@link Evidence}
 */
public record Hop(String id, String type, String direction, NodeRef from, NodeRef to, int sign, String confidence,
		boolean contested, String note, boolean generalKnowledge, List<Citation> papers, double score) {
}
