package org.vigil.store;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Fills a fresh DuckDB store with synthetic events through the bulk path and times it and the two analyst
 * queries. The events are made as they are loaded, and the insert rate includes making them. Arguments:
 * {@code --events N} (default 1,000,000), {@code --file PATH} (default: in a new temporary directory; the file
 * is deleted afterwards unless {@code --keep}).
 */
public final class StoreBenchmark {
    private static final long SEED = 20_150_101L;
    private static final int RUNS = 20;

    /**
     * What the benchmark measured.
     *
     * @param events           how many were loaded
     * @param insertsPerSecond bulk load rate
     * @param bytesPerEvent    database file size over events
     * @param dyadMillis       median latency of the dyad daily series
     * @param countryMillis    median latency of the country-month counts
     */
    public record Figures(long events, double insertsPerSecond, double bytesPerEvent, double dyadMillis,
                          double countryMillis) {
    }

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        long events = 1_000_000;
        Path file = null;
        boolean keep = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--events" -> events = Long.parseLong(args[++i].replace("_", "").replace(",", ""));
                case "--file" -> file = Path.of(args[++i]);
                case "--keep" -> keep = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; use --events N, --file PATH, --keep");
            }
        }
        Path target = file != null ? file : Files.createTempDirectory("vigil-bench-store").resolve("bench.duckdb");
        try {
            run(events, target, System.out);
        } finally {
            if (!keep) {
                Files.deleteIfExists(target);
                Files.deleteIfExists(target.resolveSibling(target.getFileName() + ".wal"));
                if (file == null) {
                    Files.deleteIfExists(target.getParent());
                }
            }
        }
    }

    /** Runs the benchmark into {@code file}, which must not exist yet, printing the figures as it goes. */
    public static Figures run(long events, Path file, PrintStream out) {
        if (Files.exists(file)) {
            throw new IllegalArgumentException(file + " exists; the benchmark needs a fresh store");
        }
        out.printf(Locale.ROOT, "store benchmark: %,d synthetic events into %s%n", events, file);
        long start = System.nanoTime();
        try (EventStore store = EventStore.open(file.toString())) {
            store.migrate();
            store.bulkLoad(new SyntheticEvents(events, SEED));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = events / seconds;
        out.printf(Locale.ROOT, "bulk insert:    %,.0f events/s (%.1f s, one transaction)%n",
                rate, seconds);

        long bytes = size(file);
        double bytesPerEvent = (double) bytes / events;
        out.printf(Locale.ROOT, "size on disk:   %.1f bytes/event (%,d bytes)%n", bytesPerEvent, bytes);

        List<String> countries = SyntheticEvents.countries();
        String first = countries.get(0);
        String second = countries.get(1);
        LocalDate from = LocalDate.of(2020, 1, 1);
        LocalDate to = LocalDate.of(2020, 12, 31);
        try (EventStore store = EventStore.open(file.toString())) {
            long dyadEvents = store.dyadDailySeries(first, second, from, to).stream()
                    .mapToLong(DailyCount::events).sum();
            double dyad = medianMillis(() -> store.dyadDailySeries(first, second, from, to));
            out.printf(Locale.ROOT, "dyad series:    %.1f ms median of %d (%s->%s, %s..%s, %,d events)%n", dyad, RUNS,
                    first, second, from, to, dyadEvents);
            long countryRows = store.countryMonthCounts(first).size();
            double country = medianMillis(() -> store.countryMonthCounts(first));
            out.printf(Locale.ROOT, "country months: %.1f ms median of %d (%s, %d month-quad rows)%n", country, RUNS,
                    first, countryRows);
            return new Figures(events, rate, bytesPerEvent, dyad, country);
        }
    }

    private static double medianMillis(Supplier<?> query) {
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            query.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return (millis[RUNS / 2 - 1] + millis[RUNS / 2]) / 2;
    }

    private static long size(Path file) {
        try {
            Path wal = file.resolveSibling(file.getFileName() + ".wal");
            return Files.size(file) + (Files.exists(wal) ? Files.size(wal) : 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
