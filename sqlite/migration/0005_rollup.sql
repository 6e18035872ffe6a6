-- A monthly rollup of the events: one row per (month, source, target, root,
-- quad) with its event count, mention count and Goldstein sum, so top dyads,
-- actor trends and whole-store trends by month or year read thousands of rows
-- instead of up to a million. Triggers on events keep it exact inside the
-- writer's transactions and savepoints: an event is counted once when it is
-- inserted, and its mentions follow every recount of num_mentions (a later
-- document of the same story adds a mention, not an event). Undated events
-- have month ''.
CREATE TABLE rollup (
	month     TEXT NOT NULL,    -- YYYY-MM of events.date, '' when undated
	source    TEXT NOT NULL,
	target    TEXT NOT NULL,
	root      TEXT NOT NULL,
	quad      INTEGER NOT NULL,
	events    INTEGER NOT NULL,
	mentions  INTEGER NOT NULL,
	goldstein REAL NOT NULL,    -- sum over the events
	PRIMARY KEY (month, source, target, root, quad)
) WITHOUT ROWID;
CREATE INDEX rollup_source ON rollup(source, month, target, root, quad, events, mentions, goldstein);
CREATE INDEX rollup_target ON rollup(target, month, source, root, quad, events, mentions, goldstein);

INSERT INTO rollup(month, source, target, root, quad, events, mentions, goldstein)
	SELECT substr(date, 1, 7), source, target, root, quad, count(*), sum(num_mentions), sum(goldstein)
	FROM events GROUP BY 1, 2, 3, 4, 5;

CREATE TRIGGER events_rollup_ai AFTER INSERT ON events BEGIN
	INSERT INTO rollup(month, source, target, root, quad, events, mentions, goldstein)
		VALUES (substr(new.date, 1, 7), new.source, new.target, new.root, new.quad, 1, new.num_mentions, new.goldstein)
		ON CONFLICT DO UPDATE SET events = events + 1, mentions = mentions + excluded.mentions,
			goldstein = goldstein + excluded.goldstein;
END;
-- The common update: a recount of the mentions.
CREATE TRIGGER events_rollup_mentions AFTER UPDATE OF num_mentions ON events
	WHEN new.num_mentions <> old.num_mentions
		AND new.date = old.date AND new.source = old.source AND new.target = old.target
		AND new.root = old.root AND new.quad = old.quad AND new.goldstein = old.goldstein BEGIN
	UPDATE rollup SET mentions = mentions + new.num_mentions - old.num_mentions
		WHERE month = substr(new.date, 1, 7) AND source = new.source AND target = new.target
			AND root = new.root AND quad = new.quad;
END;
-- The writer never changes what an event is keyed by, but if anything does,
-- the event moves from its old row to its new one.
CREATE TRIGGER events_rollup_move AFTER UPDATE OF date, source, target, root, quad, goldstein ON events
	WHEN new.date <> old.date OR new.source <> old.source OR new.target <> old.target
		OR new.root <> old.root OR new.quad <> old.quad OR new.goldstein <> old.goldstein BEGIN
	UPDATE rollup SET events = events - 1, mentions = mentions - old.num_mentions, goldstein = goldstein - old.goldstein
		WHERE month = substr(old.date, 1, 7) AND source = old.source AND target = old.target
			AND root = old.root AND quad = old.quad;
	DELETE FROM rollup WHERE events = 0 AND month = substr(old.date, 1, 7) AND source = old.source
		AND target = old.target AND root = old.root AND quad = old.quad;
	INSERT INTO rollup(month, source, target, root, quad, events, mentions, goldstein)
		VALUES (substr(new.date, 1, 7), new.source, new.target, new.root, new.quad, 1, new.num_mentions, new.goldstein)
		ON CONFLICT DO UPDATE SET events = events + 1, mentions = mentions + excluded.mentions,
			goldstein = goldstein + excluded.goldstein;
END;
CREATE TRIGGER events_rollup_ad AFTER DELETE ON events BEGIN
	UPDATE rollup SET events = events - 1, mentions = mentions - old.num_mentions, goldstein = goldstein - old.goldstein
		WHERE month = substr(old.date, 1, 7) AND source = old.source AND target = old.target
			AND root = old.root AND quad = old.quad;
	DELETE FROM rollup WHERE events = 0 AND month = substr(old.date, 1, 7) AND source = old.source
		AND target = old.target AND root = old.root AND quad = old.quad;
END;
