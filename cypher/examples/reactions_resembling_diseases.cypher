// Which paradoxical reactions resemble which diseases (S020, S021)?
// expect: rows = 2
// expect: includes eczematous_eruption, atopic_dermatitis, psoriasiform_eruption, psoriasis
MATCH (reaction:AdverseReaction)-[:RESEMBLES]->(disease:Disease)
RETURN reaction.key AS reaction, disease.key AS resembles
ORDER BY reaction
