// No node stands alone, unless the curated data says why (unlinked_reason).
MATCH (n)
WHERE n.key IS NOT NULL AND NOT n:Release AND NOT (n)--() AND n.unlinked_reason IS NULL
RETURN labels(n)[0] + ' ' + n.key AS violation
ORDER BY violation;
