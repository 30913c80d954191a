// Before the link step writes: interaction-document touchpoints lose the record the previous run gave them.
MATCH (:Document)<-[:HAS_DOCUMENT]-(t:Touchpoint)-[o:OF_RECORD]->(:SourceRecord)
CALL { WITH t, o DELETE o REMOVE t.personKey } IN TRANSACTIONS OF 10000 ROWS
