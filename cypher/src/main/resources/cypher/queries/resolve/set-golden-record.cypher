// Connector write: the surviving value of each attribute and the record it came from; null removes what an earlier
// run set.
MATCH (c:Customer {id: event.customerId})
SET c.givenName = event.givenName, c.givenNameSource = event.givenNameSource,
    c.familyName = event.familyName, c.familyNameSource = event.familyNameSource,
    c.fullName = event.fullName, c.fullNameSource = event.fullNameSource,
    c.dateOfBirth = date(event.dateOfBirth), c.dateOfBirthSource = event.dateOfBirthSource,
    c.addressLine = event.addressLine, c.addressLineSource = event.addressLineSource,
    c.city = event.city, c.citySource = event.citySource,
    c.postcode = event.postcode, c.postcodeSource = event.postcodeSource,
    c.country = event.country, c.countrySource = event.countrySource,
    c.email = event.email, c.emailSource = event.emailSource,
    c.phone = event.phone, c.phoneSource = event.phoneSource
