package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Events streamed from the store in date order, without holding them all in memory. Close it: while it is open
 * the store's connection is inside the read transaction that PostgreSQL needs to fetch in batches.
 */
public final class EventCursor implements Iterator<StoredEvent>, AutoCloseable {
    private static final int FETCH = 10_000;

    private final Connection connection;
    private final PreparedStatement query;
    private final ResultSet rows;
    private final String location;
    private boolean ready;
    private boolean more;

    private EventCursor(Connection connection, PreparedStatement query, ResultSet rows, String location) {
        this.connection = connection;
        this.query = query;
        this.rows = rows;
        this.location = location;
    }

    static EventCursor open(Connection connection, ExportFilter filter, String location) throws SQLException {
        FilterSql sql = FilterSql.of(filter);
        connection.setAutoCommit(false);
        PreparedStatement query = null;
        try {
            query = connection.prepareStatement("SELECT " + EventColumns.list() + " FROM events" + sql.where()
                    + " ORDER BY event_date, event_key");
            query.setFetchSize(FETCH);
            sql.bind(new StatementRow(query));
            return new EventCursor(connection, query, query.executeQuery(), location);
        } catch (SQLException | RuntimeException e) {
            if (query != null) {
                query.close();
            }
            connection.rollback();
            connection.setAutoCommit(true);
            throw e;
        }
    }

    @Override
    public boolean hasNext() {
        if (!ready) {
            try {
                more = rows.next();
            } catch (SQLException e) {
                throw new StoreException("reading events from store '" + location + "' failed: " + e.getMessage(), e);
            }
            ready = true;
        }
        return more;
    }

    @Override
    public StoredEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ready = false;
        try {
            return EventColumns.read(rows);
        } catch (SQLException e) {
            throw new StoreException("reading events from store '" + location + "' failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            rows.close();
            query.close();
            connection.commit();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new StoreException("closing an event read on store '" + location + "' failed: " + e.getMessage(), e);
        }
    }
}
