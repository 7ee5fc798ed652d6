package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts newly added events into the country_months table: once for the source country, once more for a
 * different target country, by month and quad class. Counted in memory while events are added and written as
 * one upsert per cell, so a bulk load of millions adds a few thousand rows.
 */
final class CountryMonths {
    // Many rows to a statement: DuckDB takes milliseconds over each upsert statement, however small.
    private static final int ROWS_PER_STATEMENT = 500;

    private record Cell(String country, int yearMonth, int quadClass) {
    }

    private final Map<Cell, long[]> counts = new HashMap<>();

    /** Counts a newly added event; what the analyst queries leave out is not counted. */
    void add(StoredEvent event) {
        if (event.negated() || event.hypothetical() || event.date() == null) {
            return;
        }
        int yearMonth = event.date().getYear() * 100 + event.date().getMonthValue();
        String source = event.source() == null ? null : event.source().country();
        String target = event.target() == null ? null : event.target().country();
        if (source != null) {
            count(new Cell(source, yearMonth, event.quadClass()));
        }
        if (target != null && !target.equals(source)) {
            count(new Cell(target, yearMonth, event.quadClass()));
        }
    }

    private void count(Cell cell) {
        counts.computeIfAbsent(cell, c -> new long[1])[0]++;
    }

    /** Adds the counts to the table, in the caller's transaction. */
    void writeTo(Connection connection) throws SQLException {
        List<Map.Entry<Cell, long[]>> entries = new ArrayList<>(counts.entrySet());
        for (int from = 0; from < entries.size(); from += ROWS_PER_STATEMENT) {
            List<Map.Entry<Cell, long[]>> chunk =
                    entries.subList(from, Math.min(entries.size(), from + ROWS_PER_STATEMENT));
            try (PreparedStatement upsert = connection.prepareStatement(upsert(chunk.size()))) {
                StatementRow row = new StatementRow(upsert);
                for (Map.Entry<Cell, long[]> entry : chunk) {
                    row.text(entry.getKey().country());
                    row.integer(entry.getKey().yearMonth());
                    row.integer(entry.getKey().quadClass());
                    row.bigint(entry.getValue()[0]);
                }
                upsert.executeUpdate();
            }
        }
        counts.clear();
    }

    private static String upsert(int rows) {
        return "INSERT INTO country_months (country, year_month, quad_class, events) VALUES "
                + String.join(", ", Collections.nCopies(rows, "(?, ?, ?, ?)"))
                + " ON CONFLICT (country, year_month, quad_class)"
                + " DO UPDATE SET events = country_months.events + excluded.events";
    }
}
