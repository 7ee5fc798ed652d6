package org.vigil.cli;

import java.nio.file.Path;
import org.vigil.store.EventStore;
import picocli.CommandLine.Option;

/** Where events are kept: a DuckDB file by default, PostgreSQL when given a JDBC URL. */
final class StoreOption {
    @Option(names = "--db", paramLabel = "FILE|JDBC-URL",
            description = "The store: a DuckDB file, or a jdbc:postgresql:// URL (default: vigil-data/vigil.duckdb "
                    + "in the checkout).")
    String db;

    EventStore open() {
        String location = db != null ? db
                : Path.of(System.getProperty("vigil.home", "."), "vigil-data", "vigil.duckdb").toString();
        EventStore store = EventStore.open(location);
        store.migrate();
        return store;
    }
}
