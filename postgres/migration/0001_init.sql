-- The first PostgreSQL schema of the dyad event store: the SQLite schema
-- (sqlite/migration/0001_init.sql) with events partitioned by month and
-- full-text search on a tsvector column. Text that is compared by prefix
-- ranges uses the C collation, so ranges are byte ranges as in SQLite.

CREATE TABLE runs (
	id           bigserial PRIMARY KEY,
	started      timestamptz NOT NULL,
	finished     timestamptz,
	inputs       text NOT NULL,            -- JSON array of input names
	version      text NOT NULL DEFAULT '',
	dict_version text NOT NULL DEFAULT '',
	summary      text NOT NULL DEFAULT ''  -- JSON dyad.RunSummary
);

-- One row per document, coded or rejected. Idempotency hangs on the id.
CREATE TABLE documents (
	id           text COLLATE "C" PRIMARY KEY,
	run_id       bigint NOT NULL REFERENCES runs(id),
	status       text NOT NULL CHECK (status IN ('coded', 'rejected')),
	url          text NOT NULL DEFAULT '',
	title        text NOT NULL DEFAULT '',
	source       text NOT NULL DEFAULT '',
	date         text NOT NULL DEFAULT '', -- YYYY-MM-DD, '' unknown
	lang         text NOT NULL DEFAULT '',
	input        text NOT NULL DEFAULT '',
	input_offset bigint NOT NULL DEFAULT 0,
	format       text NOT NULL DEFAULT '',
	cluster      text NOT NULL,
	text         text NOT NULL,
	original     text NOT NULL DEFAULT '',
	align        text NOT NULL DEFAULT '',
	quality      text NOT NULL DEFAULT '',
	meta         text NOT NULL DEFAULT ''
);
CREATE INDEX documents_cluster ON documents(cluster);

-- Sentences are keyed by document and index; mentions point at them so.
CREATE TABLE sentences (
	doc_id text COLLATE "C" NOT NULL REFERENCES documents(id),
	idx    integer NOT NULL,
	sid    text NOT NULL,
	start  integer NOT NULL,
	"end"  integer NOT NULL,
	date   text NOT NULL DEFAULT '',
	text   text NOT NULL,
	parse  text NOT NULL DEFAULT '',
	tsv    tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED,
	PRIMARY KEY (doc_id, idx)
);
CREATE INDEX sentences_tsv ON sentences USING gin (tsv);

-- Event ids: a hash of the key below 2^53, probed upwards on collision. The
-- table is not partitioned, so it keeps ids unique across all months.
CREATE TABLE event_keys (
	id   bigint PRIMARY KEY,
	key  text COLLATE "C" NOT NULL UNIQUE,
	date date NOT NULL
);

-- Deduplicated events, one partition per month of the event date (created on
-- demand by the writer). Events without a date have date 0001-01-01 and live
-- in events_undated.
CREATE TABLE events (
	id             bigint NOT NULL,
	cluster        text COLLATE "C" NOT NULL,
	source         text COLLATE "C" NOT NULL,
	target         text COLLATE "C" NOT NULL,
	code           text COLLATE "C" NOT NULL,
	root           text NOT NULL,
	quad           integer NOT NULL,
	goldstein      double precision NOT NULL,
	name           text NOT NULL DEFAULT '',
	plover         text NOT NULL DEFAULT '',
	date           date NOT NULL,
	date_precision text NOT NULL DEFAULT '',
	location       text NOT NULL DEFAULT '',
	added          text NOT NULL DEFAULT '',
	num_mentions   integer NOT NULL DEFAULT 0,
	num_sources    integer NOT NULL DEFAULT 0,
	num_articles   integer NOT NULL DEFAULT 0,
	rep_doc        text COLLATE "C" NOT NULL,
	rep_mid        text COLLATE "C" NOT NULL,
	PRIMARY KEY (id, date)
) PARTITION BY RANGE (date);
CREATE TABLE events_undated PARTITION OF events FOR VALUES FROM (MINVALUE) TO ('0002-01-01');
CREATE INDEX events_dyad ON events(source, target, date);
CREATE INDEX events_target ON events(target, date);
CREATE INDEX events_code ON events(code);
CREATE INDEX events_date ON events(date, id);

-- The distinct publishers of each event's mentions (num_sources counts them).
CREATE TABLE event_sources (
	event_id bigint NOT NULL,
	source   text NOT NULL,
	PRIMARY KEY (event_id, source)
);

CREATE TABLE mentions (
	doc_id     text COLLATE "C" NOT NULL REFERENCES documents(id),
	mid        text COLLATE "C" NOT NULL,
	event_id   bigint NOT NULL,
	event_date date NOT NULL,          -- lets joins to events prune partitions
	sent_idx   integer NOT NULL,
	doc_source text NOT NULL DEFAULT '',
	run_id     bigint NOT NULL,
	data       text NOT NULL,          -- JSON: actors, verb, pattern, date, place, topics as coded
	PRIMARY KEY (doc_id, mid)
);
CREATE INDEX mentions_event ON mentions(event_id);

CREATE TABLE event_topics (
	topic    text COLLATE "C" NOT NULL,
	event_id bigint NOT NULL,
	PRIMARY KEY (topic, event_id)
);
CREATE INDEX event_topics_event ON event_topics(event_id);

CREATE TABLE actors (
	code      text COLLATE "C" NOT NULL,
	text      text COLLATE "C" NOT NULL,
	as_source bigint NOT NULL DEFAULT 0,
	as_target bigint NOT NULL DEFAULT 0,
	PRIMARY KEY (code, text)
);

CREATE TABLE rejects (
	id      bigserial PRIMARY KEY,
	run_id  bigint NOT NULL REFERENCES runs(id),
	input   text NOT NULL,
	"offset" bigint NOT NULL,
	line    integer NOT NULL DEFAULT 0,
	doc_id  text NOT NULL DEFAULT '',
	reason  text NOT NULL,
	kind    text NOT NULL DEFAULT '',
	detail  text NOT NULL DEFAULT '',
	UNIQUE (input, "offset", doc_id, reason)
);
CREATE INDEX rejects_doc ON rejects(doc_id);
