-- Trends and dyad queries read only these columns of the events they
-- select: carrying them in the dyad and target indexes lets PostgreSQL answer
-- from the index (an index-only scan) instead of visiting every matching row.
DROP INDEX events_dyad;
CREATE INDEX events_dyad ON events(source, target, date) INCLUDE (quad, root, goldstein, num_mentions);
DROP INDEX events_target;
CREATE INDEX events_target ON events(target, date) INCLUDE (quad, root, goldstein, num_mentions);
