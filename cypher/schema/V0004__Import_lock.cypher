// One lock node serialises concurrent imports, so two imports of the same file cannot both create a relationship.
CREATE CONSTRAINT import_lock_id IF NOT EXISTS FOR (n:ImportLock) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
