// All CURIEs and cross-references, checked against their prefix's pattern in Java (Identifiers).
MATCH (n)
WHERE n.curie IS NOT NULL OR n.xrefs IS NOT NULL
UNWIND [x IN [n.curie] + coalesce(n.xrefs, []) WHERE x IS NOT NULL] AS curie
RETURN n.key AS key, curie;
