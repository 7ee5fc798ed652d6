package org.vigil.places;

import java.util.List;

/** Continents and regions from {@code regions.tsv}: places news names that no country or city table holds. */
final class RegionSource {
    private RegionSource() {
    }

    static List<GazetteerEntry> read() {
        return Tables.rows("regions.tsv").stream()
                .map(row -> new GazetteerEntry(row.get(0), row.get(5), Tables.list(cell(row, 6)),
                        Tables.list(cell(row, 7)), null, null, null, null, null, "L", row.get(1),
                        Long.parseLong(row.get(4)), Double.parseDouble(row.get(2)), Double.parseDouble(row.get(3))))
                .toList();
    }

    private static String cell(List<String> row, int index) {
        return index < row.size() ? row.get(index) : "";
    }
}
