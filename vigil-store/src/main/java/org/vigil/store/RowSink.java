package org.vigil.store;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Typed values written left to right into one row, so a table's column order is spelled once ({@link EventColumns})
 * and shared by prepared statements, DuckDB's Appender and the CSV export.
 */
interface RowSink {
    void text(String value) throws SQLException;

    void integer(Integer value) throws SQLException;

    void bigint(long value) throws SQLException;

    void real(Double value) throws SQLException;

    void bool(boolean value) throws SQLException;

    void date(LocalDate value) throws SQLException;

    /** Stored as a UTC timestamp without zone, the one timestamp type both engines share. */
    void timestamp(Instant value) throws SQLException;
}
