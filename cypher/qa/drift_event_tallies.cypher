// Each drift-event tally (DriftEventCypher) says how many drift events a culprit has for a reaction and lists the first
// by key, and none is left for a culprit and reaction without events: a write outside the importer keeps no tally.
CALL () {
  MATCH (c)<-[:TRIGGERED_BY]-(e:DriftEvent)-[:RESULTS_IN]->(r)
  WITH DISTINCT c, r, e ORDER BY e.key
  WITH c.key AS culprit, r.key AS reaction, collect(e.key) AS keys
  OPTIONAL MATCH (t:DriftEventTally {culprit: culprit, reaction: reaction})
  RETURN culprit, reaction, size(keys) AS events, keys[..$tallied] AS first, t AS tally
  UNION
  MATCH (t:DriftEventTally)
  WHERE NOT EXISTS { (:Drug|DrugClass {key: t.culprit})<-[:TRIGGERED_BY]-(e:DriftEvent)-[:RESULTS_IN]->(r)
                     WHERE r.key = t.reaction }
  RETURN t.culprit AS culprit, t.reaction AS reaction, 0 AS events, [] AS first, t AS tally
}
WITH culprit, reaction, events, first, tally
WHERE tally IS NULL OR tally.events <> events OR tally.first <> first
RETURN culprit + ' -> ' + reaction + ': ' + events + ' drift events, tallied '
       + coalesce(toString(tally.events), 'none') AS violation
ORDER BY violation;
