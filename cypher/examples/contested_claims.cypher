// Which claims are contested, and why? Among them bimekizumab's eczematous eruption (R131, e3), dupilumab's
// ulcerative colitis (R138, e2) and the TNF-α inhibitor tension between R100 and R101 (e4).
// expect: rows >= 10
// expect: includes R100, R101, R131, R138, R190
MATCH (subject)-[claim]->(object)
WHERE claim.contested = true
RETURN claim.id AS claim, subject.key AS subject, type(claim) AS type, object.key AS object,
       claim.confidence AS confidence, claim.note AS why
ORDER BY claim, subject, object
