package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh, migrated store on the engine a test class runs for: a DuckDB file in a temporary directory, or a new
 * schema in the PostgreSQL database named by VIGIL_TEST_PG_URL (a system property or environment variable);
 * without that variable the PostgreSQL runs are skipped.
 */
final class StoreFixture implements AutoCloseable {
    static final String DUCKDB = "duckdb";
    static final String POSTGRESQL = "postgresql";

    private final EventStore store;
    private final String pgUrl;
    private final String schema;

    private StoreFixture(EventStore store, String pgUrl, String schema) {
        this.store = store;
        this.pgUrl = pgUrl;
        this.schema = schema;
    }

    static String pgUrl() {
        String url = System.getProperty("VIGIL_TEST_PG_URL");
        return url == null || url.isBlank() ? System.getenv("VIGIL_TEST_PG_URL") : url;
    }

    static StoreFixture open(String engine, Path tempDir) throws SQLException {
        EventStore store;
        String pgUrl = null;
        String schema = null;
        if (engine.equals(POSTGRESQL)) {
            pgUrl = pgUrl();
            assumeTrue(pgUrl != null && !pgUrl.isBlank(), "VIGIL_TEST_PG_URL is not set: PostgreSQL run skipped");
            schema = "vigil_test_" + UUID.randomUUID().toString().replace("-", "");
            execute(pgUrl, "CREATE SCHEMA " + schema);
            store = EventStore.open(pgUrl + (pgUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        } else {
            store = EventStore.open(tempDir.resolve("nested/dir/vigil.duckdb").toString());
        }
        assertThat(store.migrate()).as("migrations on a fresh store").isEqualTo(Migrations.SCRIPTS.size());
        return new StoreFixture(store, pgUrl, schema);
    }

    EventStore store() {
        return store;
    }

    @Override
    public void close() throws SQLException {
        store.close();
        if (schema != null) {
            execute(pgUrl, "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
