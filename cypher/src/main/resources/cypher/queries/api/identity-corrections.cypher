// The corrections, newest first, optionally only one ($id).
MATCH (k:Correction)
WHERE $id IS NULL OR k.id = $id
RETURN k.id AS id, k.records AS records, k.decision AS decision, k.reason AS reason, k.author AS author, k.at AS at
ORDER BY at DESC, id
LIMIT $limit
