package org.vigil.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats events export to. */
public enum ExportFormat {
    /** The 61 tab-separated columns of GDELT 2.0's event table. */
    GDELT("tsv"),
    /** One event JSON object per line. */
    JSONL("jsonl"),
    /** A header and one event per line, the events table's columns. */
    CSV("csv"),
    /** A FeatureCollection of the events that have coordinates. */
    GEOJSON("geojson"),
    /** The events table's columns as Parquet, written by DuckDB. */
    PARQUET("parquet");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format named, case-insensitively, with the list of formats in the error when there is none. */
    public static ExportFormat parse(String name) {
        return Arrays.stream(values())
                .filter(format -> format.name().equalsIgnoreCase(name == null ? "" : name.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown export format '" + name + "': use one of "
                        + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(", "))));
    }
}
