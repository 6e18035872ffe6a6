-- Row counts for Stats (the dashboard's header), which otherwise counts
-- millions of rows. The writer adds each batch's counts in its transaction.
-- A count is spread over slots (a writer picks one per transaction), so
-- concurrent writers rarely wait for each other's row lock; Stats sums them.
CREATE TABLE counts (
	name text COLLATE "C" NOT NULL, -- coded, rejected (documents by status), sentences, events, mentions, rejects
	slot integer NOT NULL,
	n    bigint NOT NULL,
	PRIMARY KEY (name, slot)
) WITH (fillfactor = 50);
INSERT INTO counts(name, slot, n)
	SELECT 'coded', 0, count(*) FROM documents WHERE status = 'coded'
	UNION ALL SELECT 'rejected', 0, count(*) FROM documents WHERE status = 'rejected'
	UNION ALL SELECT 'sentences', 0, count(*) FROM sentences
	UNION ALL SELECT 'events', 0, count(*) FROM events
	UNION ALL SELECT 'mentions', 0, count(*) FROM mentions
	UNION ALL SELECT 'rejects', 0, count(*) FROM rejects;
