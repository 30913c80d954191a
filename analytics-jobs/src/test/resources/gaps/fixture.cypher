// Two customers after ingest, resolve and journeys: C-1 is passed from customer service to billing and comes back,
// and gets a billing offer by e-mail after opting out of marketing e-mail; C-2's systems disagree on the birth date.
CREATE (cs:BusinessUnit {key: 'customer_service', name: 'Customer service'})
CREATE (bi:BusinessUnit {key: 'billing', name: 'Billing'})
CREATE (mk:BusinessUnit {key: 'marketing', name: 'Marketing'})
CREATE (ec:BusinessUnit {key: 'ecommerce', name: 'E-commerce'})
CREATE (sa:BusinessUnit {key: 'sales', name: 'Sales'})
CREATE (pe:Purpose {key: 'marketing_email'})
CREATE (c1:Customer {id: 'C-1'})
CREATE (c2:Customer {id: 'C-2'})
CREATE (h1:SourceRecord {key: 'helpdesk:1', system: 'helpdesk', businessUnit: 'customer_service', givenName: 'Ann', familyName: 'Lee'})
CREATE (b1:SourceRecord {key: 'billing:1', system: 'billing', businessUnit: 'billing', givenName: 'Ann', familyName: 'Lee'})
CREATE (e1:SourceRecord {key: 'esp:1', system: 'esp', businessUnit: 'marketing', givenName: 'Ann'})
CREATE (r2:SourceRecord {key: 'crm:2', system: 'crm', businessUnit: 'sales', givenName: 'Bo', familyName: 'Hall',
  dateOfBirth: date('1970-01-01'), updatedAt: datetime('2025-06-01T10:00:00Z')})
CREATE (s2:SourceRecord {key: 'shop:2', system: 'shop', businessUnit: 'ecommerce', givenName: 'Bo', familyName: 'Hall',
  dateOfBirth: date('1974-03-01'), updatedAt: datetime('2025-09-01T10:00:00Z')})
CREATE (c1)-[:HAS_RECORD]->(h1), (c1)-[:HAS_RECORD]->(b1), (c1)-[:HAS_RECORD]->(e1)
CREATE (c2)-[:HAS_RECORD]->(r2), (c2)-[:HAS_RECORD]->(s2)
CREATE (e1)-[:CONSENT {granted: false, at: datetime('2026-01-04T08:00:00Z'), source: 'esp_subscribers'}]->(pe)
CREATE (:Touchpoint {key: 'tickets:1', at: datetime('2026-01-05T09:00:00Z'), businessUnit: 'customer_service',
  channel: 'chat', direction: 'inbound', type: 'contact', stage: 'service', topic: 'billing_query', outcome: 'transferred',
  caseId: 'TCK-1'})-[:OF_RECORD]->(h1)
CREATE (:Touchpoint {key: 'messages:1', at: datetime('2026-01-05T09:20:00Z'), businessUnit: 'billing',
  channel: 'phone', direction: 'inbound', type: 'billing_call', stage: 'service', topic: 'billing_query',
  outcome: 'resolved'})-[:OF_RECORD]->(b1)
CREATE (:Touchpoint {key: 'messages:2', at: datetime('2026-01-06T07:00:00Z'), businessUnit: 'billing',
  channel: 'email', direction: 'outbound', type: 'promo', topic: 'offer', purpose: 'marketing_email',
  template: 'billing-offer-v1', brand: 'brand-2026'})-[:OF_RECORD]->(b1)
CREATE (:Touchpoint {key: 'tickets:2', at: datetime('2026-01-08T11:00:00Z'), businessUnit: 'customer_service',
  channel: 'phone', direction: 'inbound', type: 'contact', stage: 'service', topic: 'billing_query', outcome: 'resolved',
  caseId: 'TCK-2'})-[:OF_RECORD]->(h1)
CREATE (:Touchpoint {key: 'orders:1', at: datetime('2026-01-07T12:00:00Z'), businessUnit: 'ecommerce',
  channel: 'web', direction: 'inbound', type: 'order', caseId: 'ORD-1'})-[:OF_RECORD]->(s2)
