// Which claims are contested, and why? Drug-level ones first: bimekizumab's eczematous eruption (R131, e3) and
// dupilumab's ulcerative colitis (R138, e2) among them.
// expect: rows >= 10
// expect: includes R100, R101, R131, R138, R190
MATCH (subject)-[claim]->(object)
WHERE claim.contested = true
RETURN claim.id AS claim, subject.key AS subject, type(claim) AS type, object.key AS object,
       claim.confidence AS confidence, claim.note AS why
ORDER BY subject:Drug DESC, claim, subject, object
