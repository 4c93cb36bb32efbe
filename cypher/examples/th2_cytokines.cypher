// Which cytokines do Th2 cells produce, and which papers say so? IL-4, IL-5, IL-13 (R053-R055), each citing
// Raphael 2015 (ref06).
// expect: rows = 3
// expect: includes il4, il5, il13, R053, R054, R055, ref06
MATCH (:ThSubset {key: 'th2'})-[produces:PRODUCES]->(cytokine:Molecule)
RETURN cytokine.key AS cytokine, cytokine.name AS name, produces.id AS claim, produces.refs AS papers
ORDER BY cytokine
