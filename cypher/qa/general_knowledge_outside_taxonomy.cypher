// GK (general knowledge) is allowed only on taxonomy relationships.
MATCH (s)-[r]->(o)
WHERE type(r) IN $types AND r.general_knowledge = true
RETURN r.id + ' ' + s.key + ' -' + type(r) + '-> ' + o.key AS violation
ORDER BY violation;
