package org.vigil.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * DuckDB's Appender writes column vectors with no SQL per row. Appending straight into the events table is slow,
 * though: the Appender flushes every 2,048 rows, and each flush into a persistent, indexed table pays for
 * transaction-local storage, the key index and compression. So events are appended to a temporary table (in
 * memory, no constraints) in chunks of a million, and each chunk moves into events with one INSERT ... SELECT,
 * which DuckDB runs on all cores. Everything happens in one transaction.
 */
final class AppenderBulkLoader implements BulkLoader {
    private static final long CHUNK = 1_000_000;
    private static final String STAGING = "vigil_bulk_events";

    private final DuckDBConnection connection;

    AppenderBulkLoader(Connection connection) throws SQLException {
        this.connection = connection.unwrap(DuckDBConnection.class);
    }

    @Override
    public long load(Iterator<StoredEvent> events) throws SQLException {
        return Transactions.run(connection, () -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TEMP TABLE " + STAGING + " AS SELECT * FROM events LIMIT 0");
                CountryMonths countryMonths = new CountryMonths();
                long count = 0;
                while (events.hasNext()) {
                    count += stage(events, countryMonths);
                    statement.execute("INSERT INTO events SELECT * FROM " + STAGING);
                    statement.execute("DELETE FROM " + STAGING);
                }
                countryMonths.writeTo(connection);
                statement.execute("DROP TABLE " + STAGING);
                return count;
            }
        });
    }

    private long stage(Iterator<StoredEvent> events, CountryMonths countryMonths) throws SQLException {
        long count = 0;
        try (DuckDBAppender appender = connection.createAppender("temp", "main", STAGING)) {
            AppenderRow row = new AppenderRow(appender);
            while (count < CHUNK && events.hasNext()) {
                StoredEvent event = events.next();
                appender.beginRow();
                EventColumns.write(event, row);
                appender.endRow();
                countryMonths.add(event);
                count++;
            }
        }
        return count;
    }
}
