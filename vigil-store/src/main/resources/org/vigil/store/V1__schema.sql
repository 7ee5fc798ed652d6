-- Vigil's store, one schema for DuckDB and PostgreSQL.
-- Only types both engines spell the same way: VARCHAR, INTEGER, BIGINT, DOUBLE PRECISION, BOOLEAN, DATE, TIMESTAMP.
-- Timestamps are UTC. Spans are half-open UTF-16 offsets into articles.text.
-- No foreign keys: DuckDB refuses updates to rows that other tables reference, and events are updated as
-- articles arrive; the store writes each article and its rows in one transaction instead.

CREATE TABLE articles (
    id             VARCHAR   PRIMARY KEY,
    title          VARCHAR,
    source         VARCHAR,
    url            VARCHAR,
    published      DATE,
    dateline_place VARCHAR,
    language       VARCHAR,
    text           VARCHAR,
    content_hash   VARCHAR   NOT NULL,
    story_id       VARCHAR   NOT NULL,
    ingested_at    TIMESTAMP NOT NULL,
    -- The coded record as JSON, less its text (kept above), so the article is returned exactly as it was coded.
    coded          VARCHAR   NOT NULL
);

-- One row per distinct event. event_key is a hash of date, source code, target code, CAMEO code and story,
-- so every article of a story that reports the event adds evidence to this one row.
-- The descriptive columns come from the first article that reported it; the counts cover all of them.
CREATE TABLE events (
    event_key             BIGINT           PRIMARY KEY,
    cameo                 VARCHAR          NOT NULL,
    root                  VARCHAR          NOT NULL,
    quad_class            INTEGER          NOT NULL,
    goldstein             DOUBLE PRECISION NOT NULL,
    plover_type           VARCHAR,
    plover_mode           VARCHAR,
    source_text           VARCHAR,
    source_country        VARCHAR,
    source_organization   VARCHAR,
    source_sector         VARCHAR,
    source_person         VARCHAR,
    source_code           VARCHAR,
    target_text           VARCHAR,
    target_country        VARCHAR,
    target_organization   VARCHAR,
    target_sector         VARCHAR,
    target_person         VARCHAR,
    target_code           VARCHAR,
    event_date            DATE,
    date_basis            VARCHAR,
    negated               BOOLEAN          NOT NULL,
    hypothetical          BOOLEAN          NOT NULL,
    historical            BOOLEAN          NOT NULL,
    attributed_to         VARCHAR,
    location_name         VARCHAR,
    location_country      VARCHAR,
    location_admin1       VARCHAR,
    location_feature      VARCHAR,
    location_lat          DOUBLE PRECISION,
    location_lon          DOUBLE PRECISION,
    location_gazetteer_id VARCHAR,
    confidence            DOUBLE PRECISION NOT NULL,
    rule                  VARCHAR,
    num_mentions          INTEGER          NOT NULL,
    num_articles          INTEGER          NOT NULL,
    num_sources           INTEGER          NOT NULL,
    -- Some article reports it in its first sentence: GDELT's IsRootEvent.
    in_lead               BOOLEAN          NOT NULL,
    story_id              VARCHAR          NOT NULL,
    source_url            VARCHAR,
    added_at              TIMESTAMP        NOT NULL
);

-- Events per country, month and quad class, counted as events are added, so that a country's monthly profile
-- reads a few hundred rows instead of every event. An event counts once for its source country and once for a
-- different target country; negated, hypothetical and undated events are not counted.
CREATE TABLE country_months (
    country    VARCHAR NOT NULL,
    year_month INTEGER NOT NULL, -- yyyymm
    quad_class INTEGER NOT NULL,
    events     BIGINT  NOT NULL,
    PRIMARY KEY (country, year_month, quad_class)
);

-- Every article's evidence for an event.
CREATE TABLE event_evidence (
    event_key  BIGINT           NOT NULL,
    article_id VARCHAR          NOT NULL,
    sentence   INTEGER          NOT NULL,
    span_start INTEGER,
    span_end   INTEGER,
    evidence   VARCHAR,
    rule       VARCHAR,
    confidence DOUBLE PRECISION NOT NULL
);

CREATE TABLE actors (
    article_id   VARCHAR NOT NULL,
    ordinal      INTEGER NOT NULL,
    text         VARCHAR,
    span_start   INTEGER,
    span_end     INTEGER,
    country      VARCHAR,
    organization VARCHAR,
    sector       VARCHAR,
    person       VARCHAR,
    code         VARCHAR,
    PRIMARY KEY (article_id, ordinal)
);

CREATE TABLE quotes (
    article_id           VARCHAR NOT NULL,
    ordinal              INTEGER NOT NULL,
    text                 VARCHAR,
    span_start           INTEGER,
    span_end             INTEGER,
    speaker_text         VARCHAR,
    speaker_country      VARCHAR,
    speaker_organization VARCHAR,
    speaker_sector       VARCHAR,
    speaker_person       VARCHAR,
    speaker_code         VARCHAR,
    PRIMARY KEY (article_id, ordinal)
);

CREATE TABLE casualties (
    article_id         VARCHAR NOT NULL,
    ordinal            INTEGER NOT NULL,
    kind               VARCHAR NOT NULL,
    casualty_count     INTEGER NOT NULL,
    who                VARCHAR,
    actor_text         VARCHAR,
    actor_country      VARCHAR,
    actor_organization VARCHAR,
    actor_sector       VARCHAR,
    actor_person       VARCHAR,
    actor_code         VARCHAR,
    span_start         INTEGER,
    span_end           INTEGER,
    PRIMARY KEY (article_id, ordinal)
);

CREATE TABLE places (
    article_id   VARCHAR NOT NULL,
    ordinal      INTEGER NOT NULL,
    text         VARCHAR,
    name         VARCHAR,
    country      VARCHAR,
    admin1       VARCHAR,
    lat          DOUBLE PRECISION,
    lon          DOUBLE PRECISION,
    feature      VARCHAR,
    gazetteer_id VARCHAR,
    span_start   INTEGER,
    span_end     INTEGER,
    PRIMARY KEY (article_id, ordinal)
);

CREATE TABLE dates (
    article_id VARCHAR NOT NULL,
    ordinal    INTEGER NOT NULL,
    text       VARCHAR,
    date_value VARCHAR,
    span_start INTEGER,
    span_end   INTEGER,
    PRIMARY KEY (article_id, ordinal)
);

-- A story is the cluster of articles that report the same thing; an article saved without one is its own story.
CREATE TABLE stories (
    id           VARCHAR PRIMARY KEY,
    first_seen   DATE,
    last_seen    DATE,
    num_articles INTEGER NOT NULL,
    num_sources  INTEGER NOT NULL,
    title        VARCHAR
);

CREATE TABLE ingest_log (
    input      VARCHAR   NOT NULL,
    outcome    VARCHAR   NOT NULL CHECK (outcome IN ('coded', 'duplicate', 'skipped')),
    reason     VARCHAR,
    article_id VARCHAR,
    logged_at  TIMESTAMP NOT NULL
);
