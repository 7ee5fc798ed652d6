package org.vigil.places;

import java.util.List;
import java.util.Map;

/**
 * Continents, regions, waters and landforms from {@code regions.tsv}, and landmarks from {@code landmarks.tsv}:
 * places news names that no country or city table holds. A row may name the country a place lies in, so that the
 * country's other places vouch for it.
 */
final class RegionSource {
    private RegionSource() {
    }

    static final List<String> TABLES = List.of("regions.tsv", "landmarks.tsv");

    static List<GazetteerEntry> read(Map<String, String> iso3ByIso2) {
        return TABLES.stream().flatMap(table -> Tables.rows(table).stream())
                .map(row -> {
                    String country = cell(row, 8).isEmpty() ? null : cell(row, 8);
                    return new GazetteerEntry(row.get(0), row.get(5), Tables.list(cell(row, 6)),
                            Tables.list(cell(row, 7)), country, country == null ? null : iso3ByIso2.get(country),
                            null, null, null, "L", row.get(1), Long.parseLong(row.get(4)),
                            Double.parseDouble(row.get(2)), Double.parseDouble(row.get(3)));
                })
                .toList();
    }

    private static String cell(List<String> row, int index) {
        return index < row.size() ? row.get(index) : "";
    }
}
