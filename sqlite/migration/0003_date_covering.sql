-- The date index covers what date-only queries read (top dyads of a period,
-- trends and pages without an actor), so they do not visit the table, whose
-- rows are in id (hash) order.
DROP INDEX events_date;
CREATE INDEX events_date ON events(date, source, target, code, root, quad, goldstein, num_mentions);
