// Connector write: consent purposes the profiles declare. Event: {key}.
MERGE (:Purpose {key: event.key})
