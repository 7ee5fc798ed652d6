package org.vigil.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GeoNames' cities500.txt: every populated place of 500 people or more, one tab-separated line each, in the
 * column order of GeoNames' dump readme (id, name, asciiname, alternatenames, lat, lon, feature class, feature
 * code, country, cc2, admin1, admin2, admin3, admin4, population, ...).
 */
final class CitySource {
    private CitySource() {
    }

    static List<GazetteerEntry> read(Path cities500, Map<String, String> iso3ByIso2,
                                     Map<String, String> admin1Names) throws IOException {
        List<GazetteerEntry> entries = new ArrayList<>(200_000);
        try (BufferedReader reader = Files.newBufferedReader(cities500, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split("\t", -1);
                if (f.length < 15) {
                    continue;
                }
                String country = f[8];
                String admin1 = f[10].isEmpty() ? null : f[10];
                Set<String> alternates = new LinkedHashSet<>();
                alternates.add(f[2]);
                if (!f[3].isEmpty()) {
                    alternates.addAll(Arrays.asList(f[3].split(",")));
                }
                alternates.remove(f[1]);
                entries.add(new GazetteerEntry(f[0], f[1], List.copyOf(alternates), List.of(), country,
                        iso3ByIso2.get(country), admin1,
                        admin1 == null ? null : admin1Names.get(country + "." + admin1), f[11].isEmpty() ? null : f[11],
                        f[6], f[7],
                        f[14].isEmpty() ? 0 : Long.parseLong(f[14]), Double.parseDouble(f[4]),
                        Double.parseDouble(f[5])));
            }
        }
        return entries;
    }
}
