// The schema picture: which labels connect through which relationship types.
// expect: rows = 1
CALL db.schema.visualization()
