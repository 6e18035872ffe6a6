-- The writer now adds each batch's events and mentions to the rollups at the
-- end of the batch, one upsert per rollup row the batch touches (write.go,
-- rollup_write.go), instead of triggers firing for every event inserted and
-- every mention count changed, which made inserts ~40% slower. The triggers
-- for updates of an event's key columns and for deletes stay: no writer does
-- either, but anything that does keeps the rollups exact.
DROP TRIGGER events_rollup_ai;
DROP TRIGGER events_rollup_mentions;
DROP TRIGGER events_rollup_month_ai;
DROP TRIGGER events_rollup_month_mentions;
DROP TRIGGER events_rollup_year_ai;
DROP TRIGGER events_rollup_year_mentions;
DROP TRIGGER events_rollup_country_ai;
DROP TRIGGER events_rollup_country_mentions;
