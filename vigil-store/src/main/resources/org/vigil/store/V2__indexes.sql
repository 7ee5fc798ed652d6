-- Lookups the store makes while saving: duplicate check by content, story and event recounts.
CREATE INDEX articles_content_hash ON articles (content_hash);
CREATE INDEX articles_story ON articles (story_id);
CREATE INDEX evidence_event ON event_evidence (event_key);
CREATE INDEX evidence_article ON event_evidence (article_id);

-- The analyst queries: a dyad's daily series, and a country's months on either side of the dyad.
CREATE INDEX events_dyad_date ON events (source_country, target_country, event_date);
CREATE INDEX events_target_date ON events (target_country, event_date);
