// One node per key and label: the key is the stable identifier from the curated domain sheet.
CREATE CONSTRAINT drug_key IF NOT EXISTS FOR (n:Drug) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT drug_class_key IF NOT EXISTS FOR (n:DrugClass) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT molecule_key IF NOT EXISTS FOR (n:Molecule) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT cell_type_key IF NOT EXISTS FOR (n:CellType) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT disease_key IF NOT EXISTS FOR (n:Disease) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT adverse_reaction_key IF NOT EXISTS FOR (n:AdverseReaction) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT paper_key IF NOT EXISTS FOR (n:Paper) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT drift_event_key IF NOT EXISTS FOR (n:DriftEvent) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT therapy_key IF NOT EXISTS FOR (n:Therapy) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT factor_key IF NOT EXISTS FOR (n:Factor) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT release_checksum IF NOT EXISTS FOR (n:Release) REQUIRE n.checksum IS UNIQUE;
