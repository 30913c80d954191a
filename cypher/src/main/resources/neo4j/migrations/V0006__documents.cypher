// Documents (reviews, posts, transcripts, e-mails, letters) and their topics, keyed before any load.
CREATE CONSTRAINT document_key IF NOT EXISTS FOR (n:Document) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT topic_key IF NOT EXISTS FOR (n:Topic) REQUIRE n.key IS UNIQUE;
// The link step and the API find a customer's documents, and order mentions by interaction id.
CREATE INDEX document_customer IF NOT EXISTS FOR (n:Document) ON (n.customerId);
CREATE INDEX document_at IF NOT EXISTS FOR (n:Document) ON (n.at);
CREATE INDEX touchpoint_interaction IF NOT EXISTS FOR (n:Touchpoint) ON (n.interactionId);
