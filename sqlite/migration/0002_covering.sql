-- Country-level actor columns (the first three letters of a CAMEO actor
-- code) and covering indexes: a dyad's or an actor's events are then read
-- from one index, in date order, without visiting the table, so a page of a
-- query or a monthly trend over a million events takes milliseconds.
ALTER TABLE events ADD COLUMN src3 TEXT GENERATED ALWAYS AS (substr(source, 1, 3)) VIRTUAL;
ALTER TABLE events ADD COLUMN tgt3 TEXT GENERATED ALWAYS AS (substr(target, 1, 3)) VIRTUAL;
DROP INDEX events_dyad;
DROP INDEX events_target;
DROP INDEX events_code;
CREATE INDEX events_dyad ON events(src3, tgt3, date, source, target, code, root, quad, goldstein, num_mentions);
CREATE INDEX events_source ON events(src3, date, source, target, code, root, quad, goldstein, num_mentions);
CREATE INDEX events_target ON events(tgt3, date, source, target, code, root, quad, goldstein, num_mentions);
CREATE INDEX events_code ON events(code, date, source, target, root, quad, goldstein, num_mentions);
-- Full-text matches reach their events through this index alone.
DROP INDEX mentions_sentence;
CREATE INDEX mentions_sentence ON mentions(sentence_id, event_id);
-- Stats counts coded and rejected documents from an index, not the texts.
CREATE INDEX documents_status ON documents(status);
