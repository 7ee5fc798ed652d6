package org.vigil.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The one switch between the two engines. The schema and every query are shared; only the bulk path differs,
 * because DuckDB's Appender bypasses SQL parsing altogether while PostgreSQL is fastest with batched inserts.
 */
enum Dialect {
    DUCKDB {
        @Override
        BulkLoader bulkLoader(Connection connection) throws SQLException {
            return new AppenderBulkLoader(connection);
        }
    },
    POSTGRESQL {
        @Override
        BulkLoader bulkLoader(Connection connection) throws SQLException {
            return new BatchBulkLoader(connection);
        }
    };

    abstract BulkLoader bulkLoader(Connection connection) throws SQLException;
}
