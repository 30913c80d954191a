// Before the link step writes: document-born touchpoints lose the record the previous run gave them. Only those:
// an internal touchpoint a document is attached to keeps its own record.
MATCH (:Document)<-[:HAS_DOCUMENT]-(t:Touchpoint)-[o:OF_RECORD]->(:SourceRecord)
WHERE t.fromDocument
CALL { WITH t, o DELETE o REMOVE t.personKey } IN TRANSACTIONS OF 10000 ROWS
