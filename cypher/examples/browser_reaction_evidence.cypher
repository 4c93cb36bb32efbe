// The evidence behind a reaction: every drift event that ends in a paradoxical psoriasiform eruption
// (DE03, DE10, DE11, DE12, DE15) and the papers that report it.
// expect: rows = 20
// expect: nodes = 25
// expect: includes psoriasiform_eruption, DE03, DE10, DE11, DE12, DE15, ref16, ref37, ref43
MATCH evidence = (:AdverseReaction {key: 'psoriasiform_eruption'})<-[:RESULTS_IN]-(:DriftEvent)-[:REPORTED_IN]->(:Paper)
RETURN evidence
