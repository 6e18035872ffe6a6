-- Row counts kept by triggers, so Stats (the dashboard's header) reads six
-- numbers instead of counting millions of rows. The triggers run inside the
-- writer's transactions and savepoints, so the counts are exact.
CREATE TABLE counts (
	name TEXT PRIMARY KEY, -- coded, rejected (documents by status), sentences, events, mentions, rejects
	n    INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO counts(name, n) VALUES
	('coded', (SELECT count(*) FROM documents WHERE status = 'coded')),
	('rejected', (SELECT count(*) FROM documents WHERE status = 'rejected')),
	('sentences', (SELECT count(*) FROM sentences)),
	('events', (SELECT count(*) FROM events)),
	('mentions', (SELECT count(*) FROM mentions)),
	('rejects', (SELECT count(*) FROM rejects));

CREATE TRIGGER documents_count_ai AFTER INSERT ON documents BEGIN UPDATE counts SET n = n + 1 WHERE name = new.status; END;
CREATE TRIGGER documents_count_ad AFTER DELETE ON documents BEGIN UPDATE counts SET n = n - 1 WHERE name = old.status; END;
CREATE TRIGGER documents_count_au AFTER UPDATE OF status ON documents BEGIN
	UPDATE counts SET n = n - 1 WHERE name = old.status;
	UPDATE counts SET n = n + 1 WHERE name = new.status;
END;
CREATE TRIGGER sentences_count_ai AFTER INSERT ON sentences BEGIN UPDATE counts SET n = n + 1 WHERE name = 'sentences'; END;
CREATE TRIGGER sentences_count_ad AFTER DELETE ON sentences BEGIN UPDATE counts SET n = n - 1 WHERE name = 'sentences'; END;
CREATE TRIGGER events_count_ai AFTER INSERT ON events BEGIN UPDATE counts SET n = n + 1 WHERE name = 'events'; END;
CREATE TRIGGER events_count_ad AFTER DELETE ON events BEGIN UPDATE counts SET n = n - 1 WHERE name = 'events'; END;
CREATE TRIGGER mentions_count_ai AFTER INSERT ON mentions BEGIN UPDATE counts SET n = n + 1 WHERE name = 'mentions'; END;
CREATE TRIGGER mentions_count_ad AFTER DELETE ON mentions BEGIN UPDATE counts SET n = n - 1 WHERE name = 'mentions'; END;
CREATE TRIGGER rejects_count_ai AFTER INSERT ON rejects BEGIN UPDATE counts SET n = n + 1 WHERE name = 'rejects'; END;
CREATE TRIGGER rejects_count_ad AFTER DELETE ON rejects BEGIN UPDATE counts SET n = n - 1 WHERE name = 'rejects'; END;
