// Which drugs belong to the TNF-α inhibitor class (R001-R005)?
// expect: rows = 5
// expect: includes etanercept, infliximab, adalimumab, certolizumab_pegol, golimumab
MATCH (drug:Drug)-[member:MEMBER_OF]->(:DrugClass {key: 'class_tnfi'})
RETURN drug.key AS drug, drug.name AS name, drug.curie AS drugbank, member.id AS claim
ORDER BY drug
