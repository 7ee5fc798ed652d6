-- The dyad daily series reads one dyad's events over a date range.
-- PostgreSQL only: DuckDB answers it by scanning two columns in the row groups whose min/max dates overlap the
-- range; an ART index there would go unused by a range filter while slowing every append and growing the file.
CREATE INDEX events_dyad_date ON events (source_country, target_country, event_date);
