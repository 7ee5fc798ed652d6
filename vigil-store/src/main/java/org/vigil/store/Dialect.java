package org.vigil.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The engine a store runs on. Schema and queries are shared; what differs is kept to three places: the bulk path
 * here (DuckDB's Appender skips SQL altogether, PostgreSQL is fastest with batched inserts), migrations named for
 * one engine ({@link Migrations}), and Parquet, which only DuckDB writes ({@link ParquetExport}).
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
