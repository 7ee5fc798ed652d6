package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlScriptTest {
    @Test
    void commentsGoAndSemicolonsSplit() {
        String script = "-- a comment; with a semicolon\nCREATE TABLE a (x INTEGER); -- trailing\n\n"
                + "CREATE TABLE b (\n  y VARCHAR -- why\n);\n";

        assertThat(SqlScript.statements(script))
                .containsExactly("CREATE TABLE a (x INTEGER)", "CREATE TABLE b (\n  y VARCHAR \n)");
    }

    @Test
    void theSchemaHasEveryTable() {
        assertThat(SqlScript.statements(Resources.text("V1__schema.sql")))
                .filteredOn(statement -> statement.startsWith("CREATE TABLE"))
                .extracting(statement -> statement.split("\\s+")[2])
                .containsExactly("articles", "events", "country_months", "event_evidence", "actors", "quotes", "casualties", "places",
                        "dates", "stories", "ingest_log");
    }
}
