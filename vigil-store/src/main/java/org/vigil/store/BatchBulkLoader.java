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
        long count = 0;
        try (PreparedStatement insert = connection.prepareStatement(EventColumns.insert())) {
            while (events.hasNext()) {
                EventColumns.write(events.next(), new StatementRow(insert));
                insert.addBatch();
                if (++count % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        return count;
    }
}
