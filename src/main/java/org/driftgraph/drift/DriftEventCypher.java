package org.driftgraph.drift;

/**
 * Cypher shared by every query about the drift events of a drug or class, and the tallies
 * that keep their number per culprit and reaction.
 * <p>
 * A tally is a {@code (:DriftEventTally {culprit, reaction, events, first})} node: how
 * many drift events are {@code TRIGGERED_BY} the culprit and {@code RESULTS_IN} the
 * reaction, and the keys of the first {@value #TALLIED} of them by key. Case data makes
 * thousands of drift events per popular drug and reaction; reading a tally instead of
 * counting them keeps an answer's cost the same however many there are. Tallies are
 * derived, not curated: they carry no {@code key} and no relationship, so exports,
 * look-ups, the quality checks and graph comparisons never see them. The importer
 * recounts them in the transaction that writes the events ({@link #RECOUNT}); the quality
 * check {@code drift_event_tallies} reports any that a write outside the importer left
 * behind.
 */
public final class DriftEventCypher {

	/**
	 * How many event keys a tally keeps: the first by key, as many as an answer lists.
	 */
	public static final int TALLIED = 25;

	/**
	 * Given {@code d}, yields each {@code c} whose drift events count as d's: d itself,
	 * its classes, and (for a class) its member drugs. It starts from d, so it reads d's
	 * neighbourhood only, never all drift events.
	 */
	public static final String CULPRITS = """
			CALL (d) {
			  RETURN d AS c
			  UNION
			  MATCH (d)-[:MEMBER_OF]->(c) RETURN c
			  UNION
			  MATCH (c)-[:MEMBER_OF]->(d) RETURN c
			}""";

	/**
	 * Given culprit {@code c} and reaction {@code r}, yields {@code events}, the first
	 * {@value #TALLIED} drift events of the pair ordered by key, and {@code eventCount},
	 * how many there are: one index seek for the tally, then one per listed event.
	 */
	public static final String TALLY = """
			CALL (c, r) {
			  OPTIONAL MATCH (tally:DriftEventTally {culprit: c.key, reaction: r.key})
			  RETURN coalesce(tally.events, 0) AS eventCount, COLLECT {
			    UNWIND coalesce(tally.first, []) AS k
			    MATCH (e:DriftEvent {key: k})
			    RETURN e ORDER BY e.key
			  } AS events
			}""";

	/**
	 * Given {@code c}, counts its drift events anew for every reaction they result in and
	 * writes the tallies; takes {@code $tallied} ({@value #TALLIED}). Counting a
	 * culprit's events in full, rather than adding what an import created, keeps a tally
	 * exact whatever the import did: new events, new links of existing events, or
	 * nothing.
	 */
	public static final String RECOUNT = """
			CALL (c) {
			  MATCH (c)<-[:TRIGGERED_BY]-(e:DriftEvent)-[:RESULTS_IN]->(r)
			  WITH DISTINCT r, e ORDER BY e.key
			  WITH r, collect(e.key) AS keys
			  MERGE (tally:DriftEventTally {culprit: c.key, reaction: r.key})
			  SET tally.events = size(keys), tally.first = keys[..$tallied]
			}""";

	private DriftEventCypher() {
	}

}
