// A mechanism next to what it explains: secukinumab is observed to induce the eczematous eruption in plaque psoriasis
// (R125) and in generalised pustular psoriasis with asthma (R126); the mechanism is its shift toward Th2 and Th22,
// away from Th17 (R102, R103, copies of its class's claims), subsets that drive the eruption (R184, R185).
// expect: rows = 4
// expect: nodes = 4
// expect: includes secukinumab, th2, th22, eczematous_eruption, R125, R126, R102, R103, R184, R185
MATCH observed = (:Drug {key: 'secukinumab'})-[:INDUCES]->(:AdverseReaction {key: 'eczematous_eruption'})
RETURN observed AS path
UNION
MATCH mechanism = (:Drug {key: 'secukinumab'})-[:SHIFTS_TOWARD]->(:ThSubset)<-[:DRIVEN_BY]-(:AdverseReaction {key: 'eczematous_eruption'})
RETURN mechanism AS path
