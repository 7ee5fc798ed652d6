package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreLocationTest {
    @TempDir
    Path tempDir;

    @Test
    void aFilePathIsADuckDbStore() {
        StoreLocation location = StoreLocation.parse("data/vigil.duckdb");

        assertThat(location.dialect()).isEqualTo(Dialect.DUCKDB);
        assertThat(location.file()).isAbsolute().endsWithRaw(Path.of("data", "vigil.duckdb"));
        assertThat(location.jdbcUrl()).isEqualTo("jdbc:duckdb:" + location.file());
    }

    @Test
    void theDefaultIsADuckDbFileUnderVigilData() {
        assertThat(StoreLocation.parse(EventStore.DEFAULT_LOCATION).file())
                .endsWithRaw(Path.of("vigil-data", "vigil.duckdb"));
    }

    @Test
    void aPostgresUrlIsAPostgresStoreAndItsPasswordIsMasked() {
        StoreLocation location = StoreLocation.parse("jdbc:postgresql://db:5432/vigil?user=v&password=s3cret&ssl=true");

        assertThat(location.dialect()).isEqualTo(Dialect.POSTGRESQL);
        assertThat(location.file()).isNull();
        assertThat(location.display()).isEqualTo("jdbc:postgresql://db:5432/vigil?user=v&password=***&ssl=true");
    }

    @Test
    void memoryIsAThrowAwayDuckDb() {
        StoreLocation location = StoreLocation.parse(":memory:");

        assertThat(location.dialect()).isEqualTo(Dialect.DUCKDB);
        assertThat(location.jdbcUrl()).isEqualTo("jdbc:duckdb:");
    }

    @Test
    void anotherDatabaseUrlIsRefusedByName() {
        assertThatThrownBy(() -> EventStore.open("jdbc:mysql://db/vigil"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("'jdbc:mysql://db/vigil'")
                .hasMessageContaining("jdbc:postgresql://");
    }

    @Test
    void aUrlWithoutJdbcIsRefusedWithoutItsPassword() {
        assertThatThrownBy(() -> EventStore.open("postgres://vigil:s3cret@db/vigil"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("'postgres://vigil:***@db/vigil'")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void aBlankLocationIsRefused() {
        assertThatThrownBy(() -> EventStore.open(" ")).isInstanceOf(StoreException.class)
                .hasMessageContaining("empty store location");
    }

    @Test
    void aDirectoryIsRefusedWithAHint() {
        assertThatThrownBy(() -> EventStore.open(tempDir.toString()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("'" + tempDir + "' is a directory")
                .hasMessageContaining("vigil.duckdb");
    }

    @Test
    void aFileWhereADirectoryShouldBeIsNamed() throws IOException {
        Path file = Files.writeString(tempDir.resolve("plain-file"), "x");
        String location = file.resolve("vigil.duckdb").toString();

        assertThatThrownBy(() -> EventStore.open(location))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("'" + location + "'");
    }

    @Test
    void anUnreachableDatabaseIsNamedWithoutItsPassword() {
        String location = "jdbc:postgresql://127.0.0.1:1/vigil?user=v&password=s3cret&connectTimeout=2";

        assertThatThrownBy(() -> EventStore.open(location))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot open store 'jdbc:postgresql://127.0.0.1:1/vigil?user=v&password=***")
                .hasMessageNotContaining("s3cret");
    }
}
