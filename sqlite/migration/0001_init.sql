-- The first schema of the dyad event store. See docs/SCHEMA.md.

-- One row per ingest run.
CREATE TABLE runs (
	id           INTEGER PRIMARY KEY,
	started      TEXT NOT NULL,            -- RFC 3339
	finished     TEXT NOT NULL DEFAULT '', -- '' while running or when killed
	inputs       TEXT NOT NULL,            -- JSON array of input names
	version      TEXT NOT NULL DEFAULT '',
	dict_version TEXT NOT NULL DEFAULT '',
	summary      TEXT NOT NULL DEFAULT ''  -- JSON dyad.RunSummary
);

-- One row per document, coded or rejected. Idempotency hangs on the id.
CREATE TABLE documents (
	id           TEXT PRIMARY KEY,
	run_id       INTEGER NOT NULL REFERENCES runs(id),
	status       TEXT NOT NULL CHECK (status IN ('coded', 'rejected')),
	url          TEXT NOT NULL DEFAULT '',
	title        TEXT NOT NULL DEFAULT '',
	source       TEXT NOT NULL DEFAULT '', -- publisher
	date         TEXT NOT NULL DEFAULT '', -- publication date YYYY-MM-DD, '' unknown
	lang         TEXT NOT NULL DEFAULT '',
	input        TEXT NOT NULL DEFAULT '',
	input_offset INTEGER NOT NULL DEFAULT 0,
	format       TEXT NOT NULL DEFAULT '',
	cluster      TEXT NOT NULL,            -- story cluster; the id when none
	text         TEXT NOT NULL,            -- repaired text the coder read
	original     TEXT NOT NULL DEFAULT '', -- input text when repair changed it
	align        TEXT NOT NULL DEFAULT '', -- JSON []dyad.Piece
	quality      TEXT NOT NULL DEFAULT '', -- JSON dyad.Quality
	meta         TEXT NOT NULL DEFAULT ''  -- JSON map
);
CREATE INDEX documents_cluster ON documents(cluster);

CREATE TABLE sentences (
	id     INTEGER PRIMARY KEY,            -- rowid, shared with sentences_fts
	sid    TEXT NOT NULL,                  -- dyad.Sentence.ID
	doc_id TEXT NOT NULL REFERENCES documents(id),
	idx    INTEGER NOT NULL,
	start  INTEGER NOT NULL,               -- bytes of documents.text
	end    INTEGER NOT NULL,
	date   TEXT NOT NULL DEFAULT '',
	text   TEXT NOT NULL,
	parse  TEXT NOT NULL DEFAULT '',
	UNIQUE (doc_id, idx)
);

-- Full-text index of the sentences. Rows are added by the writer once per
-- batch (INSERT ... SELECT), not by a trigger: a trigger makes FTS5 flush its
-- pending index at every statement, which is ten times slower.
CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='id');
CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
	INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

-- Deduplicated events: one per (cluster, source, target, code, date).
CREATE TABLE events (
	id             INTEGER PRIMARY KEY,    -- from a hash of key, below 2^53
	key            TEXT NOT NULL UNIQUE,   -- cluster, source, target, code, date joined by NUL
	cluster        TEXT NOT NULL,
	source         TEXT NOT NULL,
	target         TEXT NOT NULL,
	code           TEXT NOT NULL,
	root           TEXT NOT NULL,
	quad           INTEGER NOT NULL,
	goldstein      REAL NOT NULL,
	name           TEXT NOT NULL DEFAULT '',
	plover         TEXT NOT NULL DEFAULT '',
	date           TEXT NOT NULL,          -- YYYY-MM-DD, '' unknown
	date_precision TEXT NOT NULL DEFAULT '',
	location       TEXT NOT NULL DEFAULT '', -- JSON dyad.Location of the representative mention
	added          TEXT NOT NULL DEFAULT '', -- earliest publication date of its documents
	num_mentions   INTEGER NOT NULL DEFAULT 0,
	num_sources    INTEGER NOT NULL DEFAULT 0,
	num_articles   INTEGER NOT NULL DEFAULT 0,
	rep_doc        TEXT NOT NULL,          -- representative mention: smallest (doc id, mention id)
	rep_mid        TEXT NOT NULL
);
CREATE INDEX events_dyad ON events(source, target, date);
CREATE INDEX events_target ON events(target, date);
CREATE INDEX events_code ON events(code);
CREATE INDEX events_date ON events(date);

-- Every coded report of an event, with its provenance.
CREATE TABLE mentions (
	id          INTEGER PRIMARY KEY,
	mid         TEXT NOT NULL,             -- dyad.Event.ID
	event_id    INTEGER NOT NULL REFERENCES events(id),
	doc_id      TEXT NOT NULL REFERENCES documents(id),
	sentence_id INTEGER NOT NULL REFERENCES sentences(id),
	doc_source  TEXT NOT NULL DEFAULT '',
	run_id      INTEGER NOT NULL REFERENCES runs(id),
	data        TEXT NOT NULL,             -- JSON: actors, verb, pattern, date, place, topics as coded (see mention.go)
	UNIQUE (doc_id, mid)
);
CREATE INDEX mentions_event ON mentions(event_id);
CREATE INDEX mentions_sentence ON mentions(sentence_id);

CREATE TABLE event_topics (
	topic    TEXT NOT NULL,
	event_id INTEGER NOT NULL REFERENCES events(id),
	PRIMARY KEY (topic, event_id)
) WITHOUT ROWID;
CREATE INDEX event_topics_event ON event_topics(event_id);

-- Actor codes and the words that named them, counted over mentions.
CREATE TABLE actors (
	code      TEXT NOT NULL,
	text      TEXT NOT NULL,
	as_source INTEGER NOT NULL DEFAULT 0,
	as_target INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (code, text)
) WITHOUT ROWID;

CREATE TABLE rejects (
	id      INTEGER PRIMARY KEY,
	run_id  INTEGER NOT NULL REFERENCES runs(id),
	input   TEXT NOT NULL,
	offset  INTEGER NOT NULL,
	line    INTEGER NOT NULL DEFAULT 0,
	doc_id  TEXT NOT NULL DEFAULT '',
	reason  TEXT NOT NULL,
	kind    TEXT NOT NULL DEFAULT '',
	detail  TEXT NOT NULL DEFAULT '',
	UNIQUE (input, offset, doc_id, reason)
);
