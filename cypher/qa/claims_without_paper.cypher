// Mechanistic and clinical relationships must cite at least one paper (general knowledge is not enough).
// $types: the relationship types whose kind is not taxonomy.
MATCH (s)-[r]->(o)
WHERE type(r) IN $types AND r.id IS NOT NULL AND size(coalesce(r.refs, [])) = 0
RETURN r.id + ' ' + s.key + ' -' + type(r) + '-> ' + o.key AS violation
ORDER BY violation;
