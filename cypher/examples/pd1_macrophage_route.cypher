// How do PD-1/PD-L1 inhibitors lead to psoriasiform eruptions? Through macrophage polarisation: M2 → M1 (R110),
// M1 macrophages expand Th17 via TNF-α and IL-12 (R146), and Th17 drives the eruption (R186).
// expect: rows = 1
// expect: nodes = 4
// expect: includes class_pd1_pdl1i, m1_macrophage, th17, psoriasiform_eruption, R110, R146, R186
MATCH route = (:DrugClass {key: 'class_pd1_pdl1i'})-[:POLARIZES_TOWARD]->(:CellType)-[:EXPANDS]->(:ThSubset)
              <-[:DRIVEN_BY]-(:AdverseReaction {key: 'psoriasiform_eruption'})
RETURN route
