-- Events per (month, country, side, root, quad): side 's' counts events
-- whose source is of the country (its first three letters), 't' those whose
-- target is, 'a' those with the country on either side (once, even when on
-- both). Trends of one country — the actor page, an actor trend — read 120 ×
-- 20 rows at most however many actor codes and partners the country has.
CREATE TABLE rollup_country (
	month     TEXT NOT NULL,
	side      TEXT NOT NULL, -- s, t or a
	code3     TEXT NOT NULL,
	root      TEXT NOT NULL,
	quad      INTEGER NOT NULL,
	events    INTEGER NOT NULL,
	mentions  INTEGER NOT NULL,
	goldstein REAL NOT NULL,
	PRIMARY KEY (code3, side, month, root, quad)
) WITHOUT ROWID;

INSERT INTO rollup_country(month, side, code3, root, quad, events, mentions, goldstein)
	SELECT month, side, code3, root, quad, count(*), sum(num_mentions), sum(goldstein) FROM (
		SELECT substr(date, 1, 7) AS month, 's' AS side, substr(source, 1, 3) AS code3, root, quad, num_mentions, goldstein FROM events
		UNION ALL
		SELECT substr(date, 1, 7), 't', substr(target, 1, 3), root, quad, num_mentions, goldstein FROM events
		UNION ALL
		SELECT substr(date, 1, 7), 'a', substr(source, 1, 3), root, quad, num_mentions, goldstein FROM events
		UNION ALL
		SELECT substr(date, 1, 7), 'a', substr(target, 1, 3), root, quad, num_mentions, goldstein FROM events
			WHERE substr(target, 1, 3) <> substr(source, 1, 3))
	GROUP BY month, side, code3, root, quad;

CREATE TRIGGER events_rollup_country_ai AFTER INSERT ON events BEGIN
	INSERT INTO rollup_country(month, side, code3, root, quad, events, mentions, goldstein)
		SELECT substr(new.date, 1, 7), 's', substr(new.source, 1, 3), new.root, new.quad, 1, new.num_mentions, new.goldstein WHERE true
		ON CONFLICT DO UPDATE SET events = events + 1, mentions = mentions + excluded.mentions,
			goldstein = goldstein + excluded.goldstein;
	INSERT INTO rollup_country(month, side, code3, root, quad, events, mentions, goldstein)
		SELECT substr(new.date, 1, 7), 't', substr(new.target, 1, 3), new.root, new.quad, 1, new.num_mentions, new.goldstein WHERE true
		ON CONFLICT DO UPDATE SET events = events + 1, mentions = mentions + excluded.mentions,
			goldstein = goldstein + excluded.goldstein;
	INSERT INTO rollup_country(month, side, code3, root, quad, events, mentions, goldstein)
		SELECT substr(new.date, 1, 7), 'a', substr(new.source, 1, 3), new.root, new.quad, 1, new.num_mentions, new.goldstein WHERE true
		ON CONFLICT DO UPDATE SET events = events + 1, mentions = mentions + excluded.mentions,
			goldstein = goldstein + excluded.goldstein;
	INSERT INTO rollup_country(month, side, code3, root, quad, events, mentions, goldstein)
		SELECT substr(new.date, 1, 7), 'a', substr(new.target, 1, 3), new.root, new.quad, 1, new.num_mentions, new.goldstein WHERE substr(new.target, 1, 3) <> substr(new.source, 1, 3)
		ON CONFLICT DO UPDATE SET events = events + 1, mentions = mentions + excluded.mentions,
			goldstein = goldstein + excluded.goldstein;
END;

CREATE TRIGGER events_rollup_country_mentions AFTER UPDATE OF num_mentions ON events
	WHEN new.num_mentions <> old.num_mentions
		AND new.date = old.date AND new.source = old.source AND new.target = old.target
		AND new.root = old.root AND new.quad = old.quad AND new.goldstein = old.goldstein BEGIN
	UPDATE rollup_country SET mentions = mentions + new.num_mentions - old.num_mentions
		WHERE month = substr(new.date, 1, 7) AND side = 's' AND code3 = substr(new.source, 1, 3) AND root = new.root AND quad = new.quad;
	UPDATE rollup_country SET mentions = mentions + new.num_mentions - old.num_mentions
		WHERE month = substr(new.date, 1, 7) AND side = 't' AND code3 = substr(new.target, 1, 3) AND root = new.root AND quad = new.quad;
	UPDATE rollup_country SET mentions = mentions + new.num_mentions - old.num_mentions
		WHERE month = substr(new.date, 1, 7) AND side = 'a' AND code3 = substr(new.source, 1, 3) AND root = new.root AND quad = new.quad;
	UPDATE rollup_country SET mentions = mentions + new.num_mentions - old.num_mentions
		WHERE month = substr(new.date, 1, 7) AND side = 'a' AND code3 = substr(new.target, 1, 3) AND root = new.root AND quad = new.quad AND substr(new.target, 1, 3) <> substr(new.source, 1, 3);
END;

CREATE TRIGGER events_rollup_country_move AFTER UPDATE OF date, source, target, root, quad, goldstein ON events
	WHEN new.date <> old.date OR new.source <> old.source OR new.target <> old.target
		OR new.root <> old.root OR new.quad <> old.quad OR new.goldstein <> old.goldstein BEGIN
	UPDATE rollup_country SET events = events - 1, mentions = mentions - old.num_mentions, goldstein = goldstein - old.goldstein
		WHERE month = substr(old.date, 1, 7) AND side = 's' AND code3 = substr(old.source, 1, 3) AND root = old.root AND quad = old.quad;
	UPDATE rollup_country SET events = events - 1, mentions = mentions - old.num_mentions, goldstein = goldstein - old.goldstein
		WHERE month = substr(old.date, 1, 7) AND side = 't' AND code3 = substr(old.target, 1, 3) AND root = old.root AND quad = old.quad;
	UPDATE rollup_country SET events = events - 1, mentions = mentions - old.num_mentions, goldstein = goldstein - old.goldstein
		WHERE month = substr(old.date, 1, 7) AND side = 'a' AND code3 = substr(old.source, 1, 3) AND root = old.root AND quad = old.quad;
	UPDATE rollup_country SET events = events - 1, mentions = mentions - old.num_mentions, goldstein = goldstein - old.goldstein
		WHERE month = substr(old.date, 1, 7) AND side = 'a' AND code3 = substr(old.target, 1, 3) AND root = old.root AND quad = old.quad AND substr(old.target, 1, 3) <> substr(old.source, 1, 3);
	DELETE FROM rollup_country WHERE events = 0 AND month = substr(old.date, 1, 7) AND code3 IN (substr(old.source, 1, 3), substr(old.target, 1, 3));
	INSERT INTO rollup_country(month, side, code3, root, quad, events, mentions, goldstein)
		SELECT substr(new.date, 1, 7), 's', substr(new.source, 1, 3), new.root, new.quad, 1, new.num_mentions, new.goldstein WHERE true
		ON CONFLICT DO UPDATE SET events = events + 1, mentions = mentions + excluded.mentions,
			goldstein = goldstein + excluded.goldstein;
	INSERT INTO rollup_country(month, side, code3, root, quad, events, mentions, goldstein)
		SELECT substr(new.date, 1, 7), 't', substr(new.target, 1, 3), new.root, new.quad, 1, new.num_mentions, new.goldstein WHERE true
		ON CONFLICT DO UPDATE SET events = events + 1, mentions = mentions + excluded.mentions,
			goldstein = goldstein + excluded.goldstein;
	INSERT INTO rollup_country(month, side, code3, root, quad, events, mentions, goldstein)
		SELECT substr(new.date, 1, 7), 'a', substr(new.source, 1, 3), new.root, new.quad, 1, new.num_mentions, new.goldstein WHERE true
		ON CONFLICT DO UPDATE SET events = events + 1, mentions = mentions + excluded.mentions,
			goldstein = goldstein + excluded.goldstein;
	INSERT INTO rollup_country(month, side, code3, root, quad, events, mentions, goldstein)
		SELECT substr(new.date, 1, 7), 'a', substr(new.target, 1, 3), new.root, new.quad, 1, new.num_mentions, new.goldstein WHERE substr(new.target, 1, 3) <> substr(new.source, 1, 3)
		ON CONFLICT DO UPDATE SET events = events + 1, mentions = mentions + excluded.mentions,
			goldstein = goldstein + excluded.goldstein;
END;

CREATE TRIGGER events_rollup_country_ad AFTER DELETE ON events BEGIN
	UPDATE rollup_country SET events = events - 1, mentions = mentions - old.num_mentions, goldstein = goldstein - old.goldstein
		WHERE month = substr(old.date, 1, 7) AND side = 's' AND code3 = substr(old.source, 1, 3) AND root = old.root AND quad = old.quad;
	UPDATE rollup_country SET events = events - 1, mentions = mentions - old.num_mentions, goldstein = goldstein - old.goldstein
		WHERE month = substr(old.date, 1, 7) AND side = 't' AND code3 = substr(old.target, 1, 3) AND root = old.root AND quad = old.quad;
	UPDATE rollup_country SET events = events - 1, mentions = mentions - old.num_mentions, goldstein = goldstein - old.goldstein
		WHERE month = substr(old.date, 1, 7) AND side = 'a' AND code3 = substr(old.source, 1, 3) AND root = old.root AND quad = old.quad;
	UPDATE rollup_country SET events = events - 1, mentions = mentions - old.num_mentions, goldstein = goldstein - old.goldstein
		WHERE month = substr(old.date, 1, 7) AND side = 'a' AND code3 = substr(old.target, 1, 3) AND root = old.root AND quad = old.quad AND substr(old.target, 1, 3) <> substr(old.source, 1, 3);
	DELETE FROM rollup_country WHERE events = 0 AND month = substr(old.date, 1, 7) AND code3 IN (substr(old.source, 1, 3), substr(old.target, 1, 3));
END;
