// A paradoxical reaction: dupilumab treats atopic dermatitis (R171), which is driven by Th2 (R182), yet shifts
// toward Th17 (R106) and induces a psoriasiform eruption (R135, R136) that resembles psoriasis (S021) and is
// driven by Th17 (R186).
// expect: rows = 2
// expect: nodes = 6
// expect: includes dupilumab, atopic_dermatitis, th2, th17, psoriasiform_eruption, psoriasis
MATCH treats = (drug:Drug {key: 'dupilumab'})-[:TREATS]->(:Disease {key: 'atopic_dermatitis'})-[:DRIVEN_BY]->(:ThSubset {key: 'th2'}),
      shift = (drug)-[:SHIFTS_TOWARD]->(th17:ThSubset {key: 'th17'}),
      reaction = (drug)-[:INDUCES]->(eruption:AdverseReaction)-[:RESEMBLES]->(:Disease {key: 'psoriasis'}),
      drivenBy = (eruption)-[:DRIVEN_BY]->(th17)
RETURN treats, shift, reaction, drivenBy
