// Which papers report each drift event? One row per event (DE01-DE17), its incidence as the source gives it, and
// the papers with their DOIs.
// expect: rows = 17
// expect: includes DE01, DE17, ref19, 10.1111/ced.15052
MATCH (event:DriftEvent)-[:REPORTED_IN]->(paper:Paper)
WITH event, paper ORDER BY paper.key
RETURN event.key AS event, event.name AS drift, event.incidence AS incidence,
       collect(paper.key) AS papers, collect(paper.doi) AS dois
ORDER BY event
