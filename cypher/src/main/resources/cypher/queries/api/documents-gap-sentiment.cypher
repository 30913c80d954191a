// What customers wrote after each silo-gap type, against the baseline, as one run of the gap-sentiment job measured it.
MATCH (s:GapSentimentStat)
WHERE s.runId = $runId
RETURN s.type AS type, s.gaps AS gaps, s.gapCustomers AS gapCustomers, s.documents AS documents,
       s.customers AS customers, s.negativeShare AS negativeShare, s.meanScore AS meanScore,
       s.baselineDocuments AS baselineDocuments, s.baselineCustomers AS baselineCustomers,
       s.baselineNegativeShare AS baselineNegativeShare, s.baselineMeanScore AS baselineMeanScore,
       s.negativeShareDifference AS negativeShareDifference, s.meanScoreDifference AS meanScoreDifference,
       s.lift AS lift
ORDER BY type
