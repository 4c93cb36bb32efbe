// Case-insensitive search over names and synonyms ("Cosentyx" finds secukinumab, "TARC" finds CCL17).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Drug|DrugClass|Molecule|CellType|Disease|AdverseReaction|Therapy|Factor)
ON EACH [n.name, n.synonyms, n.key];
