// Look-ups by CURIE (DrugBank, UniProt, CL, MONDO, ...) and by bibliographic identifier.
CREATE INDEX drug_curie IF NOT EXISTS FOR (n:Drug) ON (n.curie);
CREATE INDEX molecule_curie IF NOT EXISTS FOR (n:Molecule) ON (n.curie);
CREATE INDEX cell_type_curie IF NOT EXISTS FOR (n:CellType) ON (n.curie);
CREATE INDEX disease_curie IF NOT EXISTS FOR (n:Disease) ON (n.curie);
CREATE INDEX factor_curie IF NOT EXISTS FOR (n:Factor) ON (n.curie);
CREATE INDEX paper_doi IF NOT EXISTS FOR (n:Paper) ON (n.doi);
CREATE INDEX paper_pmid IF NOT EXISTS FOR (n:Paper) ON (n.pmid);
