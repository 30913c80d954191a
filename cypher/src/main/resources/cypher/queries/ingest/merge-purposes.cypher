// Consent purposes found in the profiles. Parameters: $purposes [key].
UNWIND $purposes AS purpose
MERGE (:Purpose {key: purpose})
