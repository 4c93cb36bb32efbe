// Keys identify a node across the whole graph, not only within a label.
MATCH (n)
WHERE n.key IS NOT NULL AND NOT n:Release
WITH n.key AS key, collect(labels(n)[0]) AS labels
WHERE size(labels) > 1
RETURN key + ' on ' + reduce(joined = '', label IN labels | joined + ' ' + label) AS violation
ORDER BY violation;
