package org.vigil.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Iterator;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** DuckDB's Appender writes column vectors directly, with no SQL per row. */
final class AppenderBulkLoader implements BulkLoader {
    private final Connection connection;

    AppenderBulkLoader(Connection connection) {
        this.connection = connection;
    }

    @Override
    public long load(Iterator<StoredEvent> events) throws SQLException {
        long count = 0;
        try (DuckDBAppender appender = connection.unwrap(DuckDBConnection.class).createAppender("events")) {
            AppenderRow row = new AppenderRow(appender);
            while (events.hasNext()) {
                appender.beginRow();
                EventColumns.write(events.next(), row);
                appender.endRow();
                count++;
            }
        }
        return count;
    }
}
