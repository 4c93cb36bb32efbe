// The graph holds exactly what the newest release's files and the recorded imports (:Change) put there: as many
// nodes and relationships.
MATCH (r:Release)
WITH r ORDER BY r.loaded_at DESC LIMIT 1
CALL (r) {
  OPTIONAL MATCH (c:Change) WHERE c.at > r.loaded_at
  WITH sum(coalesce(c.nodes_created, 0)) AS importedNodes,
       sum(coalesce(c.relationships_created, 0)) AS importedRelationships
  RETURN r.nodes + importedNodes AS expectedNodes, r.relationships + importedRelationships AS expectedRelationships
}
CALL (r) {
  MATCH (n) WHERE n.key IS NOT NULL AND NOT n:Release RETURN count(n) AS nodes
}
CALL (r) {
  MATCH (s)-[rel]->() WHERE s.key IS NOT NULL AND NOT s:Release RETURN count(rel) AS relationships
}
WITH r, expectedNodes, expectedRelationships, nodes, relationships
WHERE nodes <> expectedNodes OR relationships <> expectedRelationships
RETURN 'release ' + r.version + ' and later imports account for ' + expectedNodes + ' nodes and '
       + expectedRelationships + ' relationships; the graph has ' + nodes + ' and ' + relationships AS violation;
