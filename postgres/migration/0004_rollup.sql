-- Summary tables of the events, as the SQLite store keeps them (its
-- migrations 0005-0009), so trends, top dyads and an actor's partners read
-- thousands of rows instead of up to a million. Each row holds events (a
-- count), mentions (the sum of num_mentions) and goldstein (a sum; means are
-- goldstein / events). Months and years are the first day of the period;
-- undated events have 0001-01-01, as in events. The writer keeps them
-- exact in each batch's transaction (rollup_write.go): per-batch deltas
-- computed in memory, one upsert per table with increments, rows in key
-- order, so concurrent writers neither recount nor deadlock.

-- By month, dyad, root and quad: trends naming a dyad or an actor prefix that
-- is not one three-letter country; top dyads of periods that are not whole years.
CREATE TABLE rollup (
	month     date NOT NULL,
	source    text COLLATE "C" NOT NULL,
	target    text COLLATE "C" NOT NULL,
	root      text COLLATE "C" NOT NULL,
	quad      integer NOT NULL,
	events    bigint NOT NULL,
	mentions  bigint NOT NULL,
	goldstein double precision NOT NULL,
	PRIMARY KEY (month, source, target, root, quad)
) WITH (fillfactor = 80);
-- The secondary indexes carry the sums, so that a dyad's or an actor's
-- rows are read from the index alone (index-only scans: CHN→IRN monthly in
-- 3 ms instead of ~110 ms with a heap visit per row on the 1M store). Each
-- increment then writes new index entries; the smaller rollups have no
-- index but their key, and pages with room (fillfactor) let their
-- increments be HOT updates.
CREATE INDEX rollup_source ON rollup(source, month) INCLUDE (target, root, quad, events, mentions, goldstein);
CREATE INDEX rollup_target ON rollup(target, month) INCLUDE (source, root, quad, events, mentions, goldstein);
CREATE INDEX rollup_dyad3 ON rollup(left(source, 3), left(target, 3), month) INCLUDE (source, target, root, quad, events, mentions, goldstein);

-- By month, root and quad: trends without an actor filter.
CREATE TABLE rollup_month (
	month     date NOT NULL,
	root      text COLLATE "C" NOT NULL,
	quad      integer NOT NULL,
	events    bigint NOT NULL,
	mentions  bigint NOT NULL,
	goldstein double precision NOT NULL,
	PRIMARY KEY (month, root, quad)
) WITH (fillfactor = 80);

-- By year and dyad: top dyads of whole years and of all time.
CREATE TABLE rollup_year (
	year      date NOT NULL,
	source    text COLLATE "C" NOT NULL,
	target    text COLLATE "C" NOT NULL,
	events    bigint NOT NULL,
	mentions  bigint NOT NULL,
	goldstein double precision NOT NULL,
	PRIMARY KEY (year, source, target)
) WITH (fillfactor = 80);

-- By country (the first three letters of an actor code), month, root and
-- quad, with the sums of three sides: s counts events whose source is of
-- the country, t those whose target is, a those with the country on either
-- side (once, even when on both). The actor page and actor trends of one
-- country. An event adds to two rows (one when both actors are of one
-- country), not to one per side.
CREATE TABLE rollup_country (
	code3       text COLLATE "C" NOT NULL,
	month       date NOT NULL,
	root        text COLLATE "C" NOT NULL,
	quad        integer NOT NULL,
	s_events    bigint NOT NULL,
	s_mentions  bigint NOT NULL,
	s_goldstein double precision NOT NULL,
	t_events    bigint NOT NULL,
	t_mentions  bigint NOT NULL,
	t_goldstein double precision NOT NULL,
	a_events    bigint NOT NULL,
	a_mentions  bigint NOT NULL,
	a_goldstein double precision NOT NULL,
	PRIMARY KEY (code3, month, root, quad)
) WITH (fillfactor = 80);

-- Backfill from the events a store holds.
INSERT INTO rollup(month, source, target, root, quad, events, mentions, goldstein)
	SELECT date_trunc('month', date)::date, source, target, root, quad, count(*), sum(num_mentions), sum(goldstein)
	FROM events GROUP BY 1, 2, 3, 4, 5;
INSERT INTO rollup_month(month, root, quad, events, mentions, goldstein)
	SELECT month, root, quad, sum(events), sum(mentions), sum(goldstein) FROM rollup GROUP BY 1, 2, 3;
INSERT INTO rollup_year(year, source, target, events, mentions, goldstein)
	SELECT date_trunc('year', month)::date, source, target, sum(events), sum(mentions), sum(goldstein) FROM rollup GROUP BY 1, 2, 3;
INSERT INTO rollup_country(code3, month, root, quad, s_events, s_mentions, s_goldstein,
		t_events, t_mentions, t_goldstein, a_events, a_mentions, a_goldstein)
	SELECT code3, month, root, quad, sum(se), sum(sm), sum(sg), sum(te), sum(tm), sum(tg), sum(ae), sum(am), sum(ag) FROM (
		SELECT left(source, 3) AS code3, month, root, quad, events AS se, mentions AS sm, goldstein AS sg,
			0 AS te, 0 AS tm, 0::float8 AS tg, events AS ae, mentions AS am, goldstein AS ag FROM rollup
		UNION ALL
		SELECT left(target, 3), month, root, quad, 0, 0, 0, events, mentions, goldstein,
			CASE WHEN left(target, 3) <> left(source, 3) THEN events ELSE 0 END,
			CASE WHEN left(target, 3) <> left(source, 3) THEN mentions ELSE 0 END,
			CASE WHEN left(target, 3) <> left(source, 3) THEN goldstein ELSE 0 END FROM rollup) c
	GROUP BY 1, 2, 3, 4;

-- Open then runs VACUUM (ANALYZE) on the four tables (postgres.go, afterMigration).
