// Parameters: $channels [{key, name}].
UNWIND $channels AS channel
MERGE (c:Channel {key: channel.key})
SET c.name = channel.name
