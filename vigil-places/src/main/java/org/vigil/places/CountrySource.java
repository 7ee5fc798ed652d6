package org.vigil.places;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Countries as gazetteer entries: names, translations, alternative spellings, demonyms and centroid from
 * world-countries; GeoNames id, population, alpha-3 code and GeoNames' own name from the GeoNames country table
 * this module ships; a few more names and adjectives news uses from {@code country-aliases.tsv}; GeoNames' point
 * instead of the centroid where {@code country-points.tsv} gives one.
 */
final class CountrySource {
    private final Map<String, GeoNamesCountry> geonames;
    private final Map<String, List<String>> aliases;
    private final Map<String, List<String>> adjectives;
    private final Map<String, double[]> points;

    private record GeoNamesCountry(String iso3, String geonameId, long population, String name) {
    }

    CountrySource() {
        geonames = new HashMap<>();
        for (List<String> row : Tables.rows("geonames-countries.tsv")) {
            geonames.put(row.get(0), new GeoNamesCountry(row.get(1), row.get(2), Long.parseLong(row.get(3)),
                    row.get(4)));
        }
        aliases = new HashMap<>();
        adjectives = new HashMap<>();
        for (List<String> row : Tables.rows("country-aliases.tsv")) {
            aliases.put(row.get(0), Tables.list(row.get(1)));
            adjectives.put(row.get(0), row.size() > 2 ? Tables.list(row.get(2)) : List.of());
        }
        points = new HashMap<>();
        for (List<String> row : Tables.rows("country-points.tsv")) {
            points.put(row.get(0), new double[] {Double.parseDouble(row.get(1)), Double.parseDouble(row.get(2))});
        }
    }

    /** ISO alpha-2 to alpha-3, for every country GeoNames knows. */
    Map<String, String> iso3ByIso2() {
        Map<String, String> codes = new HashMap<>();
        geonames.forEach((iso2, country) -> codes.put(iso2, country.iso3()));
        return codes;
    }

    List<GazetteerEntry> read(Path worldCountries) throws IOException {
        List<GazetteerEntry> entries = new ArrayList<>();
        for (JsonNode country : new ObjectMapper().readTree(worldCountries.toFile())) {
            String iso2 = country.path("cca2").asText();
            GeoNamesCountry known = geonames.get(iso2);
            if (known == null) {
                continue;
            }
            Set<String> names = new LinkedHashSet<>();
            JsonNode name = country.path("name");
            names.add(name.path("official").asText());
            name.path("native").forEach(n -> addNames(n, names));
            country.path("translations").forEach(n -> addNames(n, names));
            // The country's own ISO code would make "GE" or "IN" in a text a country; other short forms ("UK") stay.
            country.path("altSpellings").forEach(s -> {
                if (!s.asText().equals(iso2)) {
                    names.add(s.asText());
                }
            });
            names.add(known.name());
            names.addAll(aliases.getOrDefault(iso2, List.of()));
            String common = name.path("common").asText();
            names.remove(common);
            Set<String> demonyms = new LinkedHashSet<>();
            // A country of two peoples gives both in one string: "Bosnian, Herzegovinian".
            country.path("demonyms").path("eng").forEach(d -> {
                for (String demonym : d.asText().split(",")) {
                    demonyms.add(demonym.strip());
                }
            });
            demonyms.addAll(adjectives.getOrDefault(iso2, List.of()));
            JsonNode latlng = country.path("latlng");
            double[] point = points.getOrDefault(iso2,
                    new double[] {latlng.get(0).asDouble(), latlng.get(1).asDouble()});
            entries.add(new GazetteerEntry(known.geonameId(), common, List.copyOf(names), List.copyOf(demonyms),
                    iso2, known.iso3(), null, null, null, "A", "PCLI", known.population(), point[0], point[1]));
        }
        return entries;
    }

    private static void addNames(JsonNode names, Set<String> into) {
        into.add(names.path("common").asText());
        into.add(names.path("official").asText());
    }
}
