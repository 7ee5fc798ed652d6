package org.vigil.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Parquet through DuckDB's COPY. A PostgreSQL store has no Parquet writer, so its events stream into a
 * throw-away in-memory DuckDB first, which holds the filtered events in memory (spilling to disk when large).
 */
final class ParquetExport {
    private ParquetExport() {
    }

    static long write(EventStore store, ExportFilter filter, Path out) throws SQLException {
        if (store.dialect() == Dialect.DUCKDB) {
            return copy(store.connection(), FilterSql.of(filter), out);
        }
        try (EventStore memory = EventStore.open(StoreLocation.IN_MEMORY);
             EventCursor events = store.events(filter)) {
            memory.migrate();
            memory.bulkLoad(events);
            return copy(memory.connection(), FilterSql.of(ExportFilter.all()), out);
        }
    }

    private static long copy(Connection connection, FilterSql filter, Path out) throws SQLException {
        // COPY takes its target as a literal, not a parameter; a quote in the path is doubled.
        String target = out.toAbsolutePath().toString().replace("'", "''");
        try (PreparedStatement copy = connection.prepareStatement("COPY (SELECT " + EventColumns.list()
                + " FROM events" + filter.where() + " ORDER BY event_date, event_key) TO '" + target
                + "' (FORMAT PARQUET)")) {
            filter.bind(new StatementRow(copy));
            return copy.executeUpdate();
        }
    }
}
