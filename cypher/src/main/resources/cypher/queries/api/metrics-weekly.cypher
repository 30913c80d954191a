// The weekly series of one metrics run, oldest week first.
MATCH (w:WeeklyStat)
WHERE w.runId = $runId
RETURN w.week AS week, w.touchpoints AS touchpoints, w.handoffs AS handoffs, w.gaps AS gaps,
       w.repeatContactRate AS repeatContactRate
ORDER BY week
