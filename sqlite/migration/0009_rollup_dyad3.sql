-- A dyad's trend (source and target both named, as the explorer asks) reads
-- the rollup rows of its two countries only, as events_dyad does for events,
-- instead of every row of the source's country.
CREATE INDEX rollup_dyad3 ON rollup(substr(source, 1, 3), substr(target, 1, 3), month, source, target, root, quad, events, mentions, goldstein);
