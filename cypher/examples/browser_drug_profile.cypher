// A drug's profile: secukinumab's class (R006), the molecule it inhibits (R027), and the T-helper subsets it
// shifts toward (R102, R103) and away from (their away_from).
// expect: rows = 2
// expect: nodes = 6
// expect: includes secukinumab, class_il17i, il17a, th2, th22, th17
MATCH (drug:Drug {key: 'secukinumab'})-[member:MEMBER_OF]->(class:DrugClass),
      (drug)-[inhibits:INHIBITS]->(target:Molecule),
      (drug)-[shift:SHIFTS_TOWARD]->(toward:ThSubset)
MATCH (away:ThSubset) WHERE away.key IN shift.away_from
RETURN drug, member, class, inhibits, target, shift, toward, away
