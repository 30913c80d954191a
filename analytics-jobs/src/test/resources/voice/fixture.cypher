// Documents in the contract shape (CONTRACTS-5, docs/graph-model.md) next to silo gaps, for the gap-sentiment job.
// C-1 had a repeat contact after a hand-off on 10 January, wrote a negative review two days later and a positive one
// five days before. C-2 had no gap: a neutral review on 15 January, and got an outbound e-mail. One review is unlinked.
CREATE (c1:Customer {id: 'C-1'})
CREATE (c2:Customer {id: 'C-2'})
CREATE (g:SiloGap {key: 'repeat_contact_after_handoff:C-1:tickets:1', type: 'repeat_contact_after_handoff',
  customerId: 'C-1', severity: 0.6, at: datetime('2026-01-10T09:00:00Z')})
CREATE (c1)-[:HAS_GAP]->(g)
CREATE (delivery:Topic {key: 'delivery', name: 'Delivery'})
CREATE (billing:Topic {key: 'billing', name: 'Billing'})
CREATE (d1:Document {key: 'reviews:r1', source: 'reviews', documentType: 'review', channel: 'review',
  businessUnit: 'ecommerce', at: datetime('2026-01-12T09:00:00Z'), direction: 'inbound', text: 'Still no parcel.',
  sentiment: 'negative', sentimentScore: -0.8, topic: 'delivery', linked: true, customerId: 'C-1',
  linkMethod: 'author-handle'})
CREATE (d2:Document {key: 'reviews:r2', source: 'reviews', documentType: 'review', channel: 'review',
  businessUnit: 'ecommerce', at: datetime('2026-01-05T09:00:00Z'), direction: 'inbound', text: 'Lovely chair.',
  sentiment: 'positive', sentimentScore: 0.5, topic: 'delivery', linked: true, customerId: 'C-1',
  linkMethod: 'author-handle'})
CREATE (d3:Document {key: 'reviews:r3', source: 'reviews', documentType: 'review', channel: 'review',
  businessUnit: 'ecommerce', at: datetime('2026-01-15T09:00:00Z'), direction: 'inbound', text: 'It came.',
  sentiment: 'neutral', sentimentScore: 0.0, topic: 'delivery', linked: true, customerId: 'C-2',
  linkMethod: 'author-email'})
CREATE (d4:Document {key: 'mails:m1', source: 'mails', documentType: 'email', channel: 'email',
  businessUnit: 'customer_service', at: datetime('2026-01-15T10:00:00Z'), direction: 'outbound',
  text: 'Sorry to hear it.', sentiment: 'negative', sentimentScore: -0.3, topic: 'delivery', linked: true,
  customerId: 'C-2', linkMethod: 'person-id'})
CREATE (d5:Document {key: 'reviews:r4', source: 'reviews', documentType: 'review', channel: 'review',
  businessUnit: 'ecommerce', at: datetime('2026-01-11T09:00:00Z'), direction: 'inbound', text: 'Charged twice!',
  sentiment: 'negative', sentimentScore: -0.9, topic: 'billing', linked: false, unlinkedReason: 'no-identifier'})
CREATE (c1)-[:HAS_DOCUMENT {method: 'author-handle'}]->(d1)
CREATE (c1)-[:HAS_DOCUMENT {method: 'author-handle'}]->(d2)
CREATE (c2)-[:HAS_DOCUMENT {method: 'author-email'}]->(d3)
CREATE (c2)-[:HAS_DOCUMENT {method: 'person-id'}]->(d4)
CREATE (d1)-[:ABOUT]->(delivery)
CREATE (d2)-[:ABOUT]->(delivery)
CREATE (d3)-[:ABOUT]->(delivery)
CREATE (d4)-[:ABOUT]->(delivery)
CREATE (d5)-[:ABOUT]->(billing);
