// The mechanisms behind adalimumab's eczematous eruption as PathwayService.explain finds them: from the drug or its
// class (MEMBER_OF only picks the start), along causal types only, into a subset that drives the reaction (DRIVEN_BY,
// read backwards). The observations it explains (INDUCES: R123, R120) and the lesional signature (R101) are no steps.
// The four routes are two mechanisms, because explain folds each class claim into the drug's hop: the shift toward
// Th2 (R100 on the drug and on its class, then R184), and TNF blockade (R023, R020) lowering Th22 (R078), which
// drives the eruption too (R185): that one predicts the opposite of the observations, a counter-mechanism.
// expect: rows = 4
// expect: includes R100, R184, R023, R020, R078, R185
MATCH (drug:Drug {key: 'adalimumab'}), (reaction:AdverseReaction {key: 'eczematous_eruption'})
MATCH (drug)-[:MEMBER_OF]->{0,1}(start)
MATCH route = (start)-[:INHIBITS|SUBUNIT_OF|RECEPTOR_FOR|PRODUCES|DRIVES_DIFFERENTIATION|SUPPRESSES|COUNTER_REGULATES|AMPLIFIES|SHIFTS_TOWARD|POLARIZES_TOWARD|EXPANDS|UPREGULATES|REDUCES|PERMITS|CAUSES]->{1,2}(:CellType)<-[:DRIVEN_BY]-(reaction)
RETURN start.key AS claimsOf, [r IN relationships(route) | r.id] AS claims, [n IN nodes(route) | n.key] AS through
ORDER BY claimsOf, size(claims), claims
