// Connector write: the sentiment after one silo-gap type, and its baseline. A share or mean without documents is null
// and so left off the node.
MERGE (s:GapSentimentStat {key: event.type})
SET s.runId = event.runId, s.type = event.type, s.windowDays = event.windowDays, s.gaps = event.gaps,
    s.gapCustomers = event.gapCustomers, s.documents = event.documents, s.customers = event.customers,
    s.negativeShare = event.negativeShare, s.meanScore = event.meanScore,
    s.baselineDocuments = event.baselineDocuments, s.baselineCustomers = event.baselineCustomers,
    s.baselineNegativeShare = event.baselineNegativeShare, s.baselineMeanScore = event.baselineMeanScore,
    s.negativeShareDifference = event.negativeShareDifference, s.meanScoreDifference = event.meanScoreDifference,
    s.lift = event.lift
