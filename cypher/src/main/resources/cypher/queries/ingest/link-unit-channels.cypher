// Which unit owns which channel. Parameters: $links [{unit, channel}].
UNWIND $links AS link
MATCH (b:BusinessUnit {key: link.unit})
MATCH (c:Channel {key: link.channel})
MERGE (b)-[:OWNS_CHANNEL]->(c)
