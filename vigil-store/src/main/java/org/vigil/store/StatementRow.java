package org.vigil.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Binds values to a prepared statement's parameters in order, typing the nulls as PostgreSQL requires. */
final class StatementRow implements RowSink {
    private final PreparedStatement statement;
    private int index;

    StatementRow(PreparedStatement statement) {
        this.statement = statement;
    }

    /** Binds whatever a filter collected: strings, integers and dates. */
    StatementRow any(Object value) throws SQLException {
        if (value instanceof String s) {
            text(s);
        } else if (value instanceof Integer i) {
            integer(i);
        } else if (value instanceof LocalDate d) {
            date(d);
        } else {
            throw new IllegalArgumentException("no binding for " + value);
        }
        return this;
    }

    @Override
    public void text(String value) throws SQLException {
        if (value == null) {
            statement.setNull(++index, Types.VARCHAR);
        } else {
            statement.setString(++index, value);
        }
    }

    @Override
    public void integer(Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(++index, Types.INTEGER);
        } else {
            statement.setInt(++index, value);
        }
    }

    @Override
    public void bigint(long value) throws SQLException {
        statement.setLong(++index, value);
    }

    @Override
    public void real(Double value) throws SQLException {
        if (value == null) {
            statement.setNull(++index, Types.DOUBLE);
        } else {
            statement.setDouble(++index, value);
        }
    }

    @Override
    public void bool(boolean value) throws SQLException {
        statement.setBoolean(++index, value);
    }

    @Override
    public void date(LocalDate value) throws SQLException {
        if (value == null) {
            statement.setNull(++index, Types.DATE);
        } else {
            statement.setObject(++index, value);
        }
    }

    @Override
    public void timestamp(Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(++index, Types.TIMESTAMP);
        } else {
            statement.setObject(++index, LocalDateTime.ofInstant(value, ZoneOffset.UTC));
        }
    }
}
