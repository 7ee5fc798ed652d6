package org.vigil.store;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where a store lives, parsed from the one string a user gives: a file path for DuckDB, a
 * {@code jdbc:postgresql://} URL for PostgreSQL, or {@code :memory:} for a throw-away DuckDB.
 *
 * @param jdbcUrl what the driver is given
 * @param dialect which engine it is
 * @param file    the DuckDB file, or null for PostgreSQL and in-memory stores
 * @param display the location as given, with any password masked, for messages
 */
record StoreLocation(String jdbcUrl, Dialect dialect, Path file, String display) {
    static final String DEFAULT = "./vigil-data/vigil.duckdb";
    static final String IN_MEMORY = ":memory:";

    private static final String POSTGRES_PREFIX = "jdbc:postgresql://";
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@]+:)[^@/]*@");

    static StoreLocation parse(String location) {
        if (location == null || location.isBlank()) {
            throw new StoreException("empty store location: give a DuckDB file path or a jdbc:postgresql:// URL");
        }
        String display = masked(location);
        if (location.startsWith(POSTGRES_PREFIX)) {
            return new StoreLocation(location, Dialect.POSTGRESQL, null, display);
        }
        if (location.equals(IN_MEMORY)) {
            return new StoreLocation("jdbc:duckdb:", Dialect.DUCKDB, null, display);
        }
        if (location.contains("://") || location.startsWith("jdbc:")) {
            throw new StoreException("unsupported store location '" + display
                    + "': give a DuckDB file path or a " + POSTGRES_PREFIX + "host:port/database URL");
        }
        Path file;
        try {
            file = Path.of(location).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new StoreException("store location '" + display + "' is not a valid file path: " + e.getMessage(), e);
        }
        if (Files.isDirectory(file)) {
            throw new StoreException("store location '" + display + "' is a directory; give the database file inside it,"
                    + " e.g. " + file.resolve("vigil.duckdb"));
        }
        return new StoreLocation("jdbc:duckdb:" + file, Dialect.DUCKDB, file, display);
    }

    /** Passwords in a URL must not reach logs or error messages. */
    static String masked(String location) {
        String masked = PASSWORD_PARAMETER.matcher(location).replaceAll("$1***");
        return USER_INFO.matcher(masked).replaceAll("$1***@");
    }
}
