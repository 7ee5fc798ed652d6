package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreBenchmarkTest {
    @TempDir
    Path tempDir;

    @Test
    void printsEveryFigureForASmallRun() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Path file = tempDir.resolve("bench.duckdb");

        StoreBenchmark.Figures figures = StoreBenchmark.run(20_000, file,
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(figures.events()).isEqualTo(20_000);
        assertThat(figures.insertsPerSecond()).isPositive();
        assertThat(figures.bytesPerEvent()).isPositive();
        assertThat(figures.dyadMillis()).isPositive();
        assertThat(figures.countryMillis()).isPositive();
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("bulk insert:", "events/s", "bytes/event", "dyad series:", "country months:");
        try (EventStore store = EventStore.open(file.toString())) {
            assertThat(store.counts().events()).isEqualTo(20_000);
        }
    }

    @Test
    void refusesAStoreThatExists() throws IOException {
        Path file = Files.writeString(tempDir.resolve("taken.duckdb"), "");

        assertThatThrownBy(() -> StoreBenchmark.run(10, file, System.out)).hasMessageContaining("fresh store");
    }

    @Test
    void mainCleansUpAfterItself() throws IOException {
        Path file = tempDir.resolve("main.duckdb");

        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            StoreBenchmark.main(new String[] {"--events", "2_000", "--file", file.toString()});
        } finally {
            System.setOut(out);
        }

        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("2,000 synthetic events");
        assertThat(file).doesNotExist();
    }
}
