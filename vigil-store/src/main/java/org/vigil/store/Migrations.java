package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a database to the current schema by running, in order, each numbered script it has not had yet, and
 * recording it in {@code schema_version} in the same transaction as its statements. A script named
 * {@code V<n>__<description>.<engine>.sql} is for that engine only; the other records it without running it, so
 * that version numbers mean the same on both.
 */
final class Migrations {
    // In order. A new script is appended here, never inserted, and released scripts are never edited.
    static final List<String> SCRIPTS = List.of("V1__schema.sql", "V2__indexes.sql",
            "V3__analyst_indexes.postgresql.sql");

    private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)(?:\\.(duckdb|postgresql))?\\.sql");

    private Migrations() {
    }

    /** Applies the pending scripts; returns how many there were. */
    static int apply(Connection connection, Dialect dialect) throws SQLException {
        run(connection, Resources.text("schema_version.sql"));
        Set<Integer> applied = applied(connection);
        int count = 0;
        for (String script : SCRIPTS) {
            Matcher name = NAME.matcher(script);
            if (!name.matches()) {
                throw new IllegalStateException("migration " + script + " is not named V<number>__<description>.sql");
            }
            int version = Integer.parseInt(name.group(1));
            if (applied.contains(version)) {
                continue;
            }
            String engine = name.group(3);
            boolean forThisEngine = engine == null || engine.equals(dialect.name().toLowerCase(Locale.ROOT));
            Transactions.run(connection, () -> {
                if (forThisEngine) {
                    run(connection, Resources.text(script));
                }
                record(connection, version, name.group(2));
                return null;
            });
            count++;
        }
        return count;
    }

    private static Set<Integer> applied(Connection connection) throws SQLException {
        Set<Integer> versions = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT version FROM schema_version")) {
            while (rs.next()) {
                versions.add(rs.getInt(1));
            }
        }
        return versions;
    }

    private static void run(Connection connection, String script) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : SqlScript.statements(script)) {
                statement.execute(sql);
            }
        }
    }

    private static void record(Connection connection, int version, String description) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
            StatementRow row = new StatementRow(insert);
            row.integer(version);
            row.text(description);
            row.timestamp(Instant.now());
            insert.executeUpdate();
        }
    }
}
