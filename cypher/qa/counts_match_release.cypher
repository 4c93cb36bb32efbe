// The graph holds exactly what the newest release's files say: as many nodes and relationships.
MATCH (r:Release)
WITH r ORDER BY r.loaded_at DESC LIMIT 1
CALL (r) {
  MATCH (n) WHERE n.key IS NOT NULL AND NOT n:Release RETURN count(n) AS nodes
}
CALL (r) {
  MATCH (s)-[rel]->() WHERE s.key IS NOT NULL AND NOT s:Release RETURN count(rel) AS relationships
}
WITH r, nodes, relationships
WHERE nodes <> r.nodes OR relationships <> r.relationships
RETURN 'release ' + r.version + ' has ' + r.nodes + ' nodes and ' + r.relationships
       + ' relationships; the graph has ' + nodes + ' and ' + relationships AS violation;
