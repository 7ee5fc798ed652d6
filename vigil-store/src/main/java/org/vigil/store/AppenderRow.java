package org.vigil.store;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.duckdb.DuckDBAppender;

/** Appends values to the current row of a DuckDB Appender. */
final class AppenderRow implements RowSink {
    private final DuckDBAppender appender;

    AppenderRow(DuckDBAppender appender) {
        this.appender = appender;
    }

    @Override
    public void text(String value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
    }

    @Override
    public void integer(Integer value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value.intValue());
        }
    }

    @Override
    public void bigint(long value) throws SQLException {
        appender.append(value);
    }

    @Override
    public void real(Double value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value.doubleValue());
        }
    }

    @Override
    public void bool(boolean value) throws SQLException {
        appender.append(value);
    }

    @Override
    public void date(LocalDate value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
    }

    @Override
    public void timestamp(Instant value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(LocalDateTime.ofInstant(value, ZoneOffset.UTC));
        }
    }
}
