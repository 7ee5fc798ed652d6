package org.vigil.store;

import java.sql.SQLException;
import java.util.Iterator;

/** Loads already keyed and counted events straight into the events table, bypassing the merge of {@code save}. */
interface BulkLoader {
    /** Loads every event, all or none; returns how many. */
    long load(Iterator<StoredEvent> events) throws SQLException;
}
