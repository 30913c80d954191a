// Connector write: a touchpoint's episode, and its stage (the source's, or inferred, then stageInferred is true).
MATCH (t:Touchpoint {key: event.key})
SET t.episode = event.episode, t.stage = event.stage, t.stageInferred = event.stageInferred
