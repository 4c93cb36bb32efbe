// A rescue: ixekizumab's eczematous eruption, a shift from Th17 to Th2 and Th22 (DE17), was managed with dupilumab
// (ref25), which inhibits IL-4Rα (R038), the receptor for IL-4 and IL-13 (S014, S015) that Th2 cells
// produce (R053, R055).
// expect: rows = 10
// expect: nodes = 11
// expect: includes DE17, ixekizumab, eczematous_eruption, th17, th2, th22, dupilumab, il4ra, il4, il13, ref25
MATCH event = (drift:DriftEvent {key: 'DE17'})-[:TRIGGERED_BY|RESULTS_IN|SHIFTS_FROM|SHIFTS_TO]->()
MATCH rescue = (drift)-[:MANAGED_BY]->(:Drug)-[:INHIBITS]->(:Molecule)-[:RECEPTOR_FOR]->(:Molecule)<-[:PRODUCES]-(:ThSubset {key: 'th2'})
MATCH report = (drift)-[:REPORTED_IN]->(:Paper {key: 'ref25'})
RETURN event, rescue, report
