package org.vigil.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An {@link ExportFilter} as a WHERE clause over the events table and the values for its parameters.
 * Substring tests use POSITION over LOWER, which both engines have and which needs no escaping of % or _.
 */
record FilterSql(String where, List<Object> parameters) {

    static FilterSql of(ExportFilter filter) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (filter.from() != null) {
            conditions.add("event_date >= ?");
            parameters.add(filter.from());
        }
        if (filter.to() != null) {
            conditions.add("event_date <= ?");
            parameters.add(filter.to());
        }
        if (filter.actor() != null) {
            List<String> columns = List.of("source_code", "source_country", "source_person", "target_code",
                    "target_country", "target_person");
            conditions.add("(" + String.join(" OR ",
                    columns.stream().map(column -> "POSITION(? IN LOWER(" + column + ")) > 0").toList()) + ")");
            columns.forEach(column -> parameters.add(filter.actor().toLowerCase(Locale.ROOT)));
        }
        if (filter.dyadSource() != null) {
            conditions.add("source_country = ? AND target_country = ?");
            parameters.add(filter.dyadSource());
            parameters.add(filter.dyadTarget());
        }
        if (filter.country() != null) {
            conditions.add("(source_country = ? OR target_country = ?)");
            parameters.add(filter.country());
            parameters.add(filter.country());
        }
        if (filter.root() != null) {
            conditions.add("root = ?");
            parameters.add(filter.root());
        }
        if (filter.quadClass() != null) {
            conditions.add("quad_class = ?");
            parameters.add(filter.quadClass());
        }
        if (filter.place() != null) {
            conditions.add("(POSITION(? IN LOWER(location_name)) > 0 OR location_country = ?)");
            parameters.add(filter.place().toLowerCase(Locale.ROOT));
            parameters.add(filter.place().toUpperCase(Locale.ROOT));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return new FilterSql(where, List.copyOf(parameters));
    }

    void bind(StatementRow row) throws SQLException {
        for (Object parameter : parameters) {
            row.any(parameter);
        }
    }
}
