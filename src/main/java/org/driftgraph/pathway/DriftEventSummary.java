package org.driftgraph.pathway;

import java.util.List;

import org.driftgraph.literature.Citation;

/**
 * A documented drift event, with its figures as the source reports them.
 *
 * @param key DE01...
 * @param name a readable title
 * @param incidence incidence, verbatim
 * @param onset onset, verbatim
 * @param confidence high, medium or low
 * @param contested whether the event is contested
 * @param papers the papers reporting it
 */
public record DriftEventSummary(String key, String name, String incidence, String onset, String confidence,
		boolean contested, List<Citation> papers) {
}
