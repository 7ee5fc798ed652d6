-- Lookups the store makes while saving: duplicate check by content, story and event recounts.
CREATE INDEX articles_content_hash ON articles (content_hash);
CREATE INDEX articles_story ON articles (story_id);
CREATE INDEX evidence_event ON event_evidence (event_key);
CREATE INDEX evidence_article ON event_evidence (article_id);
