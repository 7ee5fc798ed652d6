package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Iterator;

/**
 * Batched prepared inserts; with the driver's reWriteBatchedInserts (set when the store opens) each batch travels
 * as one multi-row INSERT.
 */
final class BatchBulkLoader implements BulkLoader {
    private static final int BATCH = 1_000;

    private final Connection connection;

    BatchBulkLoader(Connection connection) {
        this.connection = connection;
    }

    @Override
    public long load(Iterator<StoredEvent> events) throws SQLException {
        return Transactions.run(connection, () -> insert(events));
    }

    private long insert(Iterator<StoredEvent> events) throws SQLException {
        CountryMonths countryMonths = new CountryMonths();
        long count = 0;
        try (PreparedStatement insert = connection.prepareStatement(EventColumns.insert())) {
            while (events.hasNext()) {
                StoredEvent event = events.next();
                EventColumns.write(event, new StatementRow(insert));
                countryMonths.add(event);
                insert.addBatch();
                if (++count % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        countryMonths.writeTo(connection);
        return count;
    }
}
