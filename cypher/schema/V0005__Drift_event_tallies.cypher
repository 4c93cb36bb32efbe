// One drift-event tally per culprit and reaction (DriftEventCypher), found by both keys: the importer keeps how many
// drift events a drug or class has for a reaction, so that an answer reads one node instead of counting them.
CREATE CONSTRAINT drift_event_tally IF NOT EXISTS FOR (n:DriftEventTally) REQUIRE (n.culprit, n.reaction) IS UNIQUE;
