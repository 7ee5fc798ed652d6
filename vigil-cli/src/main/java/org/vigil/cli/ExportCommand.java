package org.vigil.cli;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.vigil.store.EventStore;
import org.vigil.store.ExportFilter;
import org.vigil.store.ExportFormat;
import org.vigil.store.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports stored events for analysts' tools.",
                "Formats: gdelt (the 61 columns of the GDELT 2.0 event table), jsonl, csv, geojson or "
                        + "parquet; filters: date range, actor, dyad, country, CAMEO root, QuadClass, place."},
        footer = {"", "Example:", "  ./vigil export --format gdelt --from 2023-09-01 --to 2023-09-30 > events.tsv",
                "  ./vigil export --format parquet --dyad SRB,XKX --output serbia-kosovo.parquet"})
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", required = true, description = "gdelt, jsonl, csv, geojson or parquet.")
    String format;

    @Option(names = "--output", description = "File to write (required for parquet; default standard output).")
    Path output;

    @Option(names = "--from", description = "First event date, ISO (inclusive).")
    LocalDate from;

    @Option(names = "--to", description = "Last event date, ISO (inclusive).")
    LocalDate to;

    @Option(names = "--actor", description = "Actor code, country or person (substring).")
    String actor;

    @Option(names = "--dyad", paramLabel = "SRC,TGT", split = ",", description = "Source and target countries.")
    String[] dyad;

    @Option(names = "--country", description = "Country on either side (ISO alpha-3).")
    String country;

    @Option(names = "--root", description = "CAMEO root, 01..20.")
    String root;

    @Option(names = "--quad-class", description = "QuadClass, 1..4.")
    Integer quadClass;

    @Option(names = "--place", description = "Location name or country.")
    String place;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() throws Exception {
        ExportFormat chosen = ExportFormat.parse(format);
        ExportFilter filter = ExportFilter.all().withDates(from, to).withActor(actor).withCountry(country)
                .withRoot(root).withQuadClass(quadClass).withPlace(place);
        if (dyad != null) {
            if (dyad.length != 2) {
                throw new IllegalArgumentException("--dyad takes two countries, SRC,TGT");
            }
            filter = filter.withDyad(dyad[0], dyad[1]);
        }
        try (EventStore events = store.open()) {
            Exporter exporter = new Exporter(events);
            long n;
            if (output != null) {
                n = exporter.export(chosen, filter, output);
            } else {
                Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
                n = exporter.write(chosen, filter, out);
                out.flush();
            }
            System.err.println("exported " + n + " events");
        }
        return 0;
    }
}
