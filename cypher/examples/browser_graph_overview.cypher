// What the graph holds: every label with its number of nodes (the T-helper subsets also carry a label each).
// expect: rows = 17
// expect: includes Drug, DrugClass, Molecule, CellType, ThSubset, Th17, Disease, AdverseReaction, Paper, DriftEvent
MATCH (n)
WHERE n.key IS NOT NULL AND NOT n:Release
UNWIND labels(n) AS label
RETURN label, count(*) AS nodes
ORDER BY nodes DESC, label
