package org.vigil.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * What a run did: articles coded and saved, duplicates left alone, and inputs skipped with their reasons
 * ({@code input: reason}, one line each, in the order they were met).
 */
public record IngestReport(int coded, int duplicates, int skipped, List<String> problems) {
    public IngestReport {
        problems = List.copyOf(problems);
    }

    public static IngestReport empty() {
        return new IngestReport(0, 0, 0, List.of());
    }

    public IngestReport plus(IngestReport other) {
        List<String> all = new ArrayList<>(problems);
        all.addAll(other.problems);
        return new IngestReport(coded + other.coded, duplicates + other.duplicates, skipped + other.skipped, all);
    }

    /** One line for the terminal. */
    public String format() {
        return coded + " coded, " + duplicates + " duplicate, " + skipped + " skipped";
    }
}
