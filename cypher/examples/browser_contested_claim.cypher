// A contested claim: the review says TNF-α inhibitors shift Th1 toward Th2 (R100), while the lesions studied in
// ref16 show a Th1/IFN-γ signature (R101). Both claims stay in the graph, marked contested, with their papers.
// expect: rows = 2
// expect: includes R100, R101, SHIFTS_TOWARD, LESIONS_SHOW_SIGNATURE_OF
MATCH (:DrugClass {key: 'class_tnfi'})-[claim]->(subset:ThSubset)
WHERE claim.contested
RETURN claim.id AS claim, type(claim) AS says, subset.name AS subset, claim.confidence AS confidence,
       claim.refs AS papers, claim.note AS why_contested
ORDER BY claim
