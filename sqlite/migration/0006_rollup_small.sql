-- Two smaller rollups beside the monthly one of 0005: events per (month,
-- root, quad) whatever the actors, for trends without an actor filter (120
-- months × 20 roots instead of every dyad), and per (year, source, target),
-- for top dyads of whole years and of all time. The same triggers as 0005's
-- keep them exact. Undated events have month and year ''.
CREATE TABLE rollup_month (
	month     TEXT NOT NULL,
	root      TEXT NOT NULL,
	quad      INTEGER NOT NULL,
	events    INTEGER NOT NULL,
	mentions  INTEGER NOT NULL,
	goldstein REAL NOT NULL,
	PRIMARY KEY (month, root, quad)
) WITHOUT ROWID;
CREATE TABLE rollup_year (
	year      TEXT NOT NULL,
	source    TEXT NOT NULL,
	target    TEXT NOT NULL,
	events    INTEGER NOT NULL,
	mentions  INTEGER NOT NULL,
	goldstein REAL NOT NULL,
	PRIMARY KEY (year, source, target)
) WITHOUT ROWID;

INSERT INTO rollup_month(month, root, quad, events, mentions, goldstein)
	SELECT substr(events.date, 1, 7), events.root, events.quad, count(*), sum(num_mentions), sum(goldstein)
	FROM events GROUP BY 1, 2, 3;

INSERT INTO rollup_year(year, source, target, events, mentions, goldstein)
	SELECT substr(events.date, 1, 4), events.source, events.target, count(*), sum(num_mentions), sum(goldstein)
	FROM events GROUP BY 1, 2, 3;

CREATE TRIGGER events_rollup_month_ai AFTER INSERT ON events BEGIN
	INSERT INTO rollup_month(month, root, quad, events, mentions, goldstein)
		VALUES (substr(new.date, 1, 7), new.root, new.quad, 1, new.num_mentions, new.goldstein)
		ON CONFLICT DO UPDATE SET events = events + 1, mentions = mentions + excluded.mentions,
			goldstein = goldstein + excluded.goldstein;
END;

CREATE TRIGGER events_rollup_month_mentions AFTER UPDATE OF num_mentions ON events
	WHEN new.num_mentions <> old.num_mentions
		AND new.date = old.date AND new.source = old.source AND new.target = old.target
		AND new.root = old.root AND new.quad = old.quad AND new.goldstein = old.goldstein BEGIN
	UPDATE rollup_month SET mentions = mentions + new.num_mentions - old.num_mentions
		WHERE month = substr(new.date, 1, 7) AND root = new.root AND quad = new.quad;
END;

CREATE TRIGGER events_rollup_month_move AFTER UPDATE OF date, source, target, root, quad, goldstein ON events
	WHEN new.date <> old.date OR new.source <> old.source OR new.target <> old.target
		OR new.root <> old.root OR new.quad <> old.quad OR new.goldstein <> old.goldstein BEGIN
	UPDATE rollup_month SET events = events - 1, mentions = mentions - old.num_mentions, goldstein = goldstein - old.goldstein
		WHERE month = substr(old.date, 1, 7) AND root = old.root AND quad = old.quad;
	DELETE FROM rollup_month WHERE events = 0 AND month = substr(old.date, 1, 7) AND root = old.root AND quad = old.quad;
	INSERT INTO rollup_month(month, root, quad, events, mentions, goldstein)
		VALUES (substr(new.date, 1, 7), new.root, new.quad, 1, new.num_mentions, new.goldstein)
		ON CONFLICT DO UPDATE SET events = events + 1, mentions = mentions + excluded.mentions,
			goldstein = goldstein + excluded.goldstein;
END;

CREATE TRIGGER events_rollup_month_ad AFTER DELETE ON events BEGIN
	UPDATE rollup_month SET events = events - 1, mentions = mentions - old.num_mentions, goldstein = goldstein - old.goldstein
		WHERE month = substr(old.date, 1, 7) AND root = old.root AND quad = old.quad;
	DELETE FROM rollup_month WHERE events = 0 AND month = substr(old.date, 1, 7) AND root = old.root AND quad = old.quad;
END;

CREATE TRIGGER events_rollup_year_ai AFTER INSERT ON events BEGIN
	INSERT INTO rollup_year(year, source, target, events, mentions, goldstein)
		VALUES (substr(new.date, 1, 4), new.source, new.target, 1, new.num_mentions, new.goldstein)
		ON CONFLICT DO UPDATE SET events = events + 1, mentions = mentions + excluded.mentions,
			goldstein = goldstein + excluded.goldstein;
END;

CREATE TRIGGER events_rollup_year_mentions AFTER UPDATE OF num_mentions ON events
	WHEN new.num_mentions <> old.num_mentions
		AND new.date = old.date AND new.source = old.source AND new.target = old.target
		AND new.root = old.root AND new.quad = old.quad AND new.goldstein = old.goldstein BEGIN
	UPDATE rollup_year SET mentions = mentions + new.num_mentions - old.num_mentions
		WHERE year = substr(new.date, 1, 4) AND source = new.source AND target = new.target;
END;

CREATE TRIGGER events_rollup_year_move AFTER UPDATE OF date, source, target, root, quad, goldstein ON events
	WHEN new.date <> old.date OR new.source <> old.source OR new.target <> old.target
		OR new.root <> old.root OR new.quad <> old.quad OR new.goldstein <> old.goldstein BEGIN
	UPDATE rollup_year SET events = events - 1, mentions = mentions - old.num_mentions, goldstein = goldstein - old.goldstein
		WHERE year = substr(old.date, 1, 4) AND source = old.source AND target = old.target;
	DELETE FROM rollup_year WHERE events = 0 AND year = substr(old.date, 1, 4) AND source = old.source AND target = old.target;
	INSERT INTO rollup_year(year, source, target, events, mentions, goldstein)
		VALUES (substr(new.date, 1, 4), new.source, new.target, 1, new.num_mentions, new.goldstein)
		ON CONFLICT DO UPDATE SET events = events + 1, mentions = mentions + excluded.mentions,
			goldstein = goldstein + excluded.goldstein;
END;

CREATE TRIGGER events_rollup_year_ad AFTER DELETE ON events BEGIN
	UPDATE rollup_year SET events = events - 1, mentions = mentions - old.num_mentions, goldstein = goldstein - old.goldstein
		WHERE year = substr(old.date, 1, 4) AND source = old.source AND target = old.target;
	DELETE FROM rollup_year WHERE events = 0 AND year = substr(old.date, 1, 4) AND source = old.source AND target = old.target;
END;
