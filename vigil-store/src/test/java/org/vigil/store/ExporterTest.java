package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.store.Samples.DAY;
import static org.vigil.store.Samples.STORY;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.model.Actor;
import org.vigil.model.Json;
import org.vigil.model.Place;

@ParameterizedClass(name = "{0}")
@ValueSource(strings = {StoreFixture.DUCKDB, StoreFixture.POSTGRESQL})
class ExporterTest {
    @Parameter
    String engine;

    @TempDir
    Path tempDir;

    private StoreFixture fixture;
    private EventStore store;
    private Exporter exporter;

    @BeforeEach
    void open() throws SQLException {
        fixture = StoreFixture.open(engine, tempDir);
        store = fixture.store();
        exporter = new Exporter(store);
        // Three events: the criticism (two articles), the attack, and the negated attack.
        store.save(Samples.reuters(), STORY);
        store.save(Samples.associatedPress(), STORY);
    }

    @AfterEach
    void close() throws SQLException {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void gdeltRowsHaveGdeltsColumnsInGdeltsPlaces() throws IOException {
        Path out = tempDir.resolve("out/events.tsv");

        assertThat(exporter.export(ExportFormat.GDELT, ExportFilter.all(), out)).isEqualTo(2);

        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        long key = EventKey.of(Samples.criticism(0, ""), STORY);
        String[] row = lines.stream().filter(line -> line.startsWith(key + "\t")).findFirst().orElseThrow()
                .split("\t", -1);
        assertThat(row).hasSize(61);
        assertThat(row[0]).isEqualTo(Long.toString(key));
        assertThat(row[1]).isEqualTo("20240301");
        assertThat(row[2]).isEqualTo("202403");
        assertThat(row[3]).isEqualTo("2024");
        assertThat(row[4]).isEqualTo("2024.1639");
        assertThat(row[5]).isEqualTo("USAGOV");
        assertThat(row[6]).isEqualTo("WASHINGTON");
        assertThat(row[7]).isEqualTo("USA");
        assertThat(row[12]).isEqualTo("GOV");
        assertThat(row[15]).isEqualTo("RUSGOV");
        assertThat(row[17]).isEqualTo("RUS");
        assertThat(row[25]).isEqualTo("1");
        assertThat(row[26]).isEqualTo("111");
        assertThat(row[27]).isEqualTo("111");
        assertThat(row[28]).isEqualTo("11");
        assertThat(row[29]).isEqualTo("3");
        assertThat(row[30]).isEqualTo("-2");
        assertThat(row[31]).isEqualTo("2");
        assertThat(row[32]).isEqualTo("2");
        assertThat(row[33]).isEqualTo("2");
        assertThat(row[34]).isEmpty();
        assertThat(row[35]).isEqualTo("0");
        assertThat(row[43]).isEqualTo("0");
        assertThat(row[51]).isEqualTo("4");
        assertThat(row[52]).isEqualTo("Moscow, Russia");
        assertThat(row[53]).isEqualTo("RS");
        assertThat(row[54]).isEqualTo("RS");
        assertThat(row[56]).isEqualTo("55.75222");
        assertThat(row[57]).isEqualTo("37.61556");
        assertThat(row[58]).isEqualTo("524901");
        assertThat(row[59]).matches("20\\d{12}");
        assertThat(row[60]).isEqualTo("https://reuters.example/1");
    }

    @Test
    void gdeltUsesCameoCodesForActorsAndFipsForPlaces() throws IOException {
        Actor romania = new Actor("Bucharest", null, "ROU", null, "GOV", null, "ROUGOV");
        Place romaniaAsPlace = new Place(null, "Romania", "ROU", null, 46.0, 25.0, "country", "798549", null);
        StoredEvent visit = Samples.stored(42, DAY, romania, null, "043", 1, 2.8, romaniaAsPlace);
        store.bulkLoad(List.of(new StoredEvent(visit.eventKey(), visit.cameo(), visit.root(), visit.quadClass(),
                visit.goldstein(), visit.plover(), visit.source(), visit.target(), visit.date(), visit.dateBasis(),
                false, false, false, null, visit.location(), 0.9, "test", 5, 3, 2, false, "s", null,
                visit.added())).iterator());
        StringWriter out = new StringWriter();

        exporter.write(ExportFormat.GDELT, ExportFilter.all().withCountry("ROU"), out);

        String[] row = out.toString().lines().findFirst().orElseThrow().split("\t", -1);
        assertThat(row).hasSize(61);
        assertThat(row[5]).isEqualTo("ROMGOV");
        assertThat(row[7]).isEqualTo("ROM");
        assertThat(row[15]).isEmpty();
        assertThat(row[25]).isEqualTo("0");
        assertThat(row[30]).isEqualTo("2.8");
        assertThat(row[31]).as("NumMentions").isEqualTo("5");
        assertThat(row[32]).as("NumSources").isEqualTo("2");
        assertThat(row[33]).as("NumArticles").isEqualTo("3");
        assertThat(row[59]).isEqualTo("20240302101530");
        assertThat(row[60]).isEmpty();
        assertThat(row[51]).isEqualTo("1");
        assertThat(row[52]).isEqualTo("Romania");
        assertThat(row[53]).isEqualTo("RO");
        assertThat(row[58]).isEqualTo("RO");
    }

    @Test
    void parquetReadsBackWithEveryEvent() throws SQLException {
        Path all = tempDir.resolve("all.parquet");
        Path attacks = tempDir.resolve("attacks.parquet");

        assertThat(exporter.export(ExportFormat.PARQUET, ExportFilter.all(), all)).isEqualTo(3);
        assertThat(exporter.export(ExportFormat.PARQUET, ExportFilter.all().withRoot("19"), attacks)).isEqualTo(2);

        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duckdb.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT COUNT(*), SUM(num_articles), MIN(event_date)"
                    + " FROM read_parquet('" + all + "')")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(3);
                assertThat(rs.getLong(2)).isEqualTo(4);
                assertThat(Cells.date(rs, "min(event_date)")).isEqualTo(DAY.minusDays(1));
            }
            try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM read_parquet('" + attacks + "')")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(2);
            }
        }
    }

    @Test
    void geoJsonHasAPointForEveryEventWithCoordinates() throws IOException {
        StringWriter out = new StringWriter();

        assertThat(exporter.write(ExportFormat.GEOJSON, ExportFilter.all(), out)).isEqualTo(2);

        JsonNode collection = Json.MAPPER.readTree(out.toString());
        assertThat(collection.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(collection.get("features")).hasSize(2);
        Map<String, JsonNode> byCameo = stream(collection.get("features"))
                .collect(Collectors.toMap(f -> f.at("/properties/cameo").asText(), Function.identity()));
        JsonNode attack = byCameo.get("190");
        assertThat(attack.get("type").asText()).isEqualTo("Feature");
        assertThat(attack.at("/geometry/type").asText()).isEqualTo("Point");
        assertThat(attack.at("/geometry/coordinates/0").asDouble()).isEqualTo(30.5238);
        assertThat(attack.at("/geometry/coordinates/1").asDouble()).isEqualTo(50.45466);
        assertThat(attack.at("/properties/source/code").asText()).isEqualTo("RUSMIL");
        assertThat(byCameo.get("111").at("/properties/num_articles").asInt()).isEqualTo(2);
    }

    @Test
    void csvHasTheTableHeaderAndQuotesWhereNeeded() throws IOException {
        store.bulkLoad(List.of(Samples.stored(5, DAY.plusDays(9), new Actor("Smith, \"the envoy\"", null, "GBR",
                null, "GOV", null, "GBRGOV"), null, "036", 1, 4.0, null)).iterator());
        StringWriter out = new StringWriter();

        assertThat(exporter.write(ExportFormat.CSV, ExportFilter.all(), out)).isEqualTo(4);

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo(String.join(",", EventColumns.NAMES));
        assertThat(lines.get(4)).startsWith("5,036,03,1,4.0,,,\"Smith, \"\"the envoy\"\"\",GBR,,GOV,,GBRGOV,");
        assertThat(out.toString()).contains("\r\n");
    }

    @Test
    void jsonlHasOneEventObjectPerLine() throws IOException {
        StringWriter out = new StringWriter();

        assertThat(exporter.write(ExportFormat.JSONL, ExportFilter.all().withRoot("11"), out)).isEqualTo(1);

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode event = Json.MAPPER.readTree(lines.get(0));
        assertThat(event.get("event_key").isTextual()).as("event_key is a string").isTrue();
        assertThat(event.get("event_key").asText())
                .isEqualTo(Long.toString(EventKey.of(Samples.criticism(0, ""), STORY)));
        assertThat(event.get("quad_class").asInt()).isEqualTo(3);
        assertThat(event.get("date").asText()).isEqualTo("2024-03-01");
        assertThat(event.at("/location/name").asText()).isEqualTo("Moscow");
        assertThat(event.get("num_sources").asInt()).isEqualTo(2);
    }

    @Test
    void parquetCannotGoToAStream() {
        assertThatThrownBy(() -> exporter.write(ExportFormat.PARQUET, ExportFilter.all(), new StringWriter()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("export it to a file");
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
