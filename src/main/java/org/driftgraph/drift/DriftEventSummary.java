package org.driftgraph.drift;

import java.util.List;

import org.driftgraph.literature.Citation;

/**
 * A documented drift event as every answer shows it ({@code /api/drift-events},
 * explanations, causes, the Explorer), with its figures as the source reports them.
 * Pathway Cypher reads it as a map projection; {@link DriftEvent#summary()} builds it
 * from the entity. Both list the papers by key.
 *
 * @param key DE01...
 * @param name a readable title
 * @param incidence incidence, verbatim
 * @param onset onset, verbatim
 * @param confidence high, medium or low
 * @param contested whether the event is contested
 * @param papers the papers reporting it, by key
 */
public record DriftEventSummary(String key, String name, String incidence, String onset, String confidence,
		boolean contested, List<Citation> papers) {
}
