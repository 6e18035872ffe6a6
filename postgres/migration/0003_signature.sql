-- Story signatures (Document.Signature, package dedup), so that later runs
-- put stored documents back into their near-duplicate index and join copies
-- of a story across runs. Documents stored before this migration have none.
ALTER TABLE documents ADD COLUMN signature BYTEA;
CREATE INDEX documents_story ON documents(date) WHERE signature IS NOT NULL;
