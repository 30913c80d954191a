// Connector write: one ISO week of the time series.
MERGE (w:WeeklyStat {key: event.week})
SET w.runId = event.runId, w.week = event.week, w.touchpoints = event.touchpoints, w.handoffs = event.handoffs,
    w.gaps = event.gaps, w.repeatContactRate = event.repeatContactRate
