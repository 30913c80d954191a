// The organisation as the sources YAML declares it. Parameters: $units [{key, name}].
UNWIND $units AS unit
MERGE (b:BusinessUnit {key: unit.key})
SET b.name = unit.name
