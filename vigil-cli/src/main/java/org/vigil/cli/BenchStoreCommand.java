package org.vigil.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigil.store.StoreBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "store", mixinStandardHelpOptions = true,
        description = {"Benchmarks the DuckDB store on synthetic events in a fresh file.",
                "Prints the bulk insert rate, bytes per event on disk, and the median latency of a dyad "
                        + "daily series and of a country-month count."},
        footer = {"", "Example:", "  ./vigil bench store --events 10000000"})
final class BenchStoreCommand implements Callable<Integer> {
    @Option(names = "--events", description = "Events to generate (default ${DEFAULT-VALUE}).")
    long events = 1_000_000;

    @Option(names = "--file", description = "DuckDB file to write (default: a temporary file, deleted after).")
    Path file;

    @Override
    public Integer call() throws Exception {
        StoreBenchmark.main(file == null ? new String[] {"--events", Long.toString(events)}
                : new String[] {"--events", Long.toString(events), "--file", file.toString()});
        return 0;
    }
}
