// The mechanistic routes from adalimumab to the eczematous eruption that PathwayService ranks: directly (R123),
// through its class (R003, R120), and through the Th2 shift it inherits from its class (R100) into a reaction that
// Th2 drives (R184). DRIVEN_BY is read backwards: the subset drives the reaction.
// expect: rows >= 3
// expect: includes R123, R003, R120, R100, R184
MATCH (drug:Drug {key: 'adalimumab'}), (reaction:AdverseReaction {key: 'eczematous_eruption'})
MATCH route = (drug)-[:INDUCES]->(reaction)
RETURN route
UNION
MATCH route = (:Drug {key: 'adalimumab'})-[:MEMBER_OF]->(:DrugClass)-[:INDUCES]->(:AdverseReaction {key: 'eczematous_eruption'})
RETURN route
UNION
MATCH route = (:Drug {key: 'adalimumab'})-[:SHIFTS_TOWARD]->(:ThSubset)<-[:DRIVEN_BY]-(:AdverseReaction {key: 'eczematous_eruption'})
RETURN route
