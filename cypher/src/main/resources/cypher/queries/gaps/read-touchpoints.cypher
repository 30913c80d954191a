// Every touchpoint of every customer with the canonical fields the journey enrichment and the detectors read.
// A stage the enrichment inferred on an earlier run is not the source's: it is read as absent and inferred again.
// The written* columns are the enrichment the graph holds now, so the job writes only what changed.
MATCH (c:Customer)-[:HAS_RECORD]->(:SourceRecord)<-[:OF_RECORD]-(t:Touchpoint)
RETURN c.id AS customerId, t.key AS key, t.at.epochMillis AS atMillis, t.businessUnit AS businessUnit,
       t.channel AS channel, t.direction AS direction, t.type AS type,
       CASE WHEN t.stageInferred THEN null ELSE t.stage END AS stage,
       t.topic AS topic, t.outcome AS outcome, t.caseId AS caseId, t.campaign AS campaign, t.purpose AS purpose,
       t.template AS template, t.brand AS brand, t.promiseType AS promiseType,
       t.promiseDueAt.epochMillis AS promiseDueMillis,
       t.episode AS writtenEpisode, t.stage AS writtenStage, t.stageInferred AS writtenStageInferred
