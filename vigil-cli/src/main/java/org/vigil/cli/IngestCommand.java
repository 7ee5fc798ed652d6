package org.vigil.cli;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.ingest.IngestOptions;
import org.vigil.ingest.IngestReport;
import org.vigil.ingest.Ingester;
import org.vigil.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Codes articles into the store: files, folders, JSON Lines, WARC files and RSS/Atom feeds.",
                "Every input's outcome (coded, duplicate, skipped with the reason) goes to the ingest "
                        + "log; ingesting the same input again changes nothing, and a killed run started again "
                        + "finishes the job. Reports of one story by several outlets are merged into one story."},
        footer = {"", "Example:", "  ./vigil ingest examples/",
                "  ./vigil ingest --follow --interval PT10M https://example.org/world/rss.xml"})
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "Files, folders, WARC files or feed URLs.")
    List<String> inputs;

    @Option(names = "--follow", description = "Keep polling the feeds every --interval until stopped.")
    boolean follow;

    @Option(names = "--interval", description = "Polling interval with --follow, ISO-8601 (default ${DEFAULT-VALUE}).")
    Duration interval = Duration.ofMinutes(15);

    @Option(names = "--allow-private-addresses",
            description = "Allow feeds on loopback, private and link-local addresses (refused by default).")
    boolean allowPrivate;

    @Option(names = "--threads", description = "Worker threads (default: all cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (EventStore events = store.open()) {
            Ingester ingester = new Ingester(events, a -> Coder.pipeline().apply(a), threads,
                    IngestOptions.defaults().withAllowPrivateAddresses(allowPrivate));
            IngestReport report = follow ? ingester.follow(inputs, interval, () -> true) : ingester.ingest(inputs);
            report.problems().forEach(p -> System.err.println("vigil: " + p));
            System.err.println(report.format());
            return report.problems().isEmpty() ? 0 : 1;
        }
    }
}
