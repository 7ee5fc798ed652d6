package org.vigil.places;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The hand-written tables the index is built from: well-formed, with known codes and points on the globe. */
class DataTablesTest {

    private static Set<String> knownCountries() {
        return Tables.rows("geonames-countries.tsv").stream().map(row -> row.get(0)).collect(Collectors.toSet());
    }

    private static void assertOnTheGlobe(String table, String lat, String lon) {
        assertThat(Double.parseDouble(lat)).as(table + " latitude").isBetween(-90.0, 90.0);
        assertThat(Double.parseDouble(lon)).as(table + " longitude").isBetween(-180.0, 180.0);
    }

    @Test
    void countryPointsNameKnownCountriesOnce() {
        Set<String> known = knownCountries();
        Set<String> seen = new HashSet<>();
        for (List<String> row : Tables.rows("country-points.tsv")) {
            assertThat(row).hasSize(3);
            assertThat(known).contains(row.get(0));
            assertThat(seen.add(row.get(0))).as("duplicate " + row.get(0)).isTrue();
            assertOnTheGlobe("country-points.tsv", row.get(1), row.get(2));
        }
        assertThat(seen).contains("US", "CA");
    }

    @Test
    void regionsAndLandmarksHaveUniqueIdsKnownFeaturesAndPoints() {
        // Every feature must have a label and a prior, or the ranking would treat it as an ordinary place.
        Set<String> features = RankingWeights.load().features().keySet();
        Set<String> ids = new HashSet<>();
        for (List<String> row : RegionSource.TABLES.stream().flatMap(t -> Tables.rows(t).stream()).toList()) {
            assertThat(row.size()).isBetween(6, 9);
            assertThat(ids.add(row.get(0))).as("duplicate " + row.get(0)).isTrue();
            assertThat(features).contains(row.get(1));
            assertOnTheGlobe("regions.tsv", row.get(2), row.get(3));
            assertThat(Long.parseLong(row.get(4))).isNotNegative();
            assertThat(row.get(5)).isNotBlank();
            if (row.size() > 8 && !row.get(8).isEmpty()) {
                assertThat(knownCountries()).contains(row.get(8));
            }
        }
    }

    @Test
    void divisionAdjectivesNameTheDivisionsTheirCodesGive() throws IOException {
        Map<String, String> names = new HashMap<>();
        for (JsonNode division : new ObjectMapper().readTree(GazetteerData.locate().admin1().toFile())) {
            names.put(division.path("code").asText(), division.path("name").asText());
        }
        for (List<String> row : Tables.rows("division-adjectives.tsv")) {
            assertThat(row).hasSize(3);
            assertThat(names.get(row.get(0))).as(row.get(0)).isEqualTo(row.get(1));
            assertThat(Tables.list(row.get(2))).isNotEmpty();
        }
    }

    @Test
    void divisionPointsNameTheDivisionsTheirCodesGiveOnceWithPointsOnTheGlobe() throws IOException {
        Map<String, String> names = new HashMap<>();
        for (JsonNode division : new ObjectMapper().readTree(GazetteerData.locate().admin1().toFile())) {
            names.put(division.path("code").asText(), division.path("name").asText());
        }
        Set<String> seen = new HashSet<>();
        for (List<String> row : Tables.rows("division-points.tsv")) {
            assertThat(row).hasSize(4);
            assertThat(names.get(row.get(0))).as(row.get(0)).isEqualTo(row.get(1));
            assertThat(seen.add(row.get(0))).as("duplicate " + row.get(0)).isTrue();
            assertOnTheGlobe("division-points.tsv", row.get(2), row.get(3));
        }
        assertThat(seen).contains("CA.08", "AU.08");
    }

    @Test
    void countryAliasesNameKnownCountriesOnce() {
        Set<String> known = knownCountries();
        Set<String> seen = new HashSet<>();
        for (List<String> row : Tables.rows("country-aliases.tsv")) {
            assertThat(row.size()).isBetween(2, 3);
            assertThat(known).contains(row.get(0));
            // A second row for a country would silently replace the first.
            assertThat(seen.add(row.get(0))).as("duplicate " + row.get(0)).isTrue();
            List<String> words = new java.util.ArrayList<>(Tables.list(row.get(1)));
            if (row.size() > 2) {
                words.addAll(Tables.list(row.get(2)));
            }
            assertThat(words).isNotEmpty().allSatisfy(word -> assertThat(word).isNotBlank());
        }
        assertThat(seen).contains("US", "ZA");
    }

    @Test
    void admin1AbbreviationsNameKnownDivisionsOnce() throws IOException {
        Set<String> codes = new HashSet<>();
        for (JsonNode division : new ObjectMapper().readTree(GazetteerData.locate().admin1().toFile())) {
            codes.add(division.path("code").asText());
        }
        Set<String> seen = new HashSet<>();
        for (List<String> row : Tables.rows("admin1-abbreviations.tsv")) {
            assertThat(row).hasSize(2);
            assertThat(codes).as("admin1 code").contains(row.get(0));
            assertThat(seen.add(row.get(0))).as("duplicate " + row.get(0)).isTrue();
            assertThat(Tables.list(row.get(1))).isNotEmpty().allSatisfy(a -> assertThat(a).isNotBlank());
        }
        assertThat(seen).contains("US.TX", "AU.08");
    }

    @Test
    void divisionWordsArePrefixesOrSuffixesInLowercase() {
        for (List<String> row : Tables.rows("division-words.tsv")) {
            assertThat(row.get(0)).isIn("prefix", "suffix");
            assertThat(row.get(1)).isLowerCase().isNotBlank();
        }
    }

    @Test
    void facilityHeadsAreSingleLowercaseWordsOnce() {
        Set<String> seen = new HashSet<>();
        for (List<String> row : Tables.rows("facility-heads.tsv")) {
            assertThat(row.size()).isBetween(1, 2);
            assertThat(row.get(0)).matches("[a-z]+");
            if (row.size() == 2) {
                assertThat(row.get(1)).as(row.get(0)).isIn("capital", "abroad");
            }
            assertThat(seen.add(row.get(0))).as("duplicate " + row.get(0)).isTrue();
        }
        assertThat(seen).contains("university", "street", "embassy");
        // A head word that named places would keep their towns from being read in longer names.
        assertThat(seen).doesNotContain("city", "county", "island", "bank");
    }
}
