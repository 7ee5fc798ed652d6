-- Which numbered migrations this database has had. Created before any migration runs, so it is not one itself.
CREATE TABLE IF NOT EXISTS schema_version (
    version     INTEGER   PRIMARY KEY,
    description VARCHAR   NOT NULL,
    applied_at  TIMESTAMP NOT NULL
);
