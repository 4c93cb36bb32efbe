// Every paper key cited in a relationship's refs exists as a :Paper node.
MATCH (s)-[r]->(o)
WHERE r.refs IS NOT NULL
UNWIND r.refs AS ref
WITH s, r, o, ref
WHERE NOT EXISTS { MATCH (:Paper {key: ref}) }
RETURN r.id + ' cites ' + ref AS violation
ORDER BY violation;
