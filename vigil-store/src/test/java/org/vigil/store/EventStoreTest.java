package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.vigil.store.Samples.DAY;
import static org.vigil.store.Samples.STORY;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.model.ArticleHeader;
import org.vigil.model.CodedArticle;
import org.vigil.model.Event;

@ParameterizedClass(name = "{0}")
@ValueSource(strings = {StoreFixture.DUCKDB, StoreFixture.POSTGRESQL})
class EventStoreTest {
    @Parameter
    String engine;

    @TempDir
    Path tempDir;

    private StoreFixture fixture;
    private EventStore store;

    @BeforeEach
    void open() throws SQLException {
        fixture = StoreFixture.open(engine, tempDir);
        store = fixture.store();
    }

    @AfterEach
    void close() throws SQLException {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void migratingTwiceChangesNothing() throws SQLException {
        assertThat(store.migrate()).isZero();
        assertThat(versions()).containsExactly(1, 2, 3);
    }

    @Test
    void thePostgresOnlyMigrationRunsOnlyOnPostgres() throws SQLException {
        String indexes = engine.equals(StoreFixture.DUCKDB)
                ? "SELECT index_name FROM duckdb_indexes() WHERE table_name = 'events'"
                : "SELECT indexname FROM pg_indexes WHERE tablename = 'events' AND schemaname = current_schema()";
        List<String> names = new ArrayList<>();
        try (Statement statement = store.connection().createStatement(); ResultSet rs = statement.executeQuery(indexes)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        if (engine.equals(StoreFixture.DUCKDB)) {
            assertThat(names).doesNotContain("events_dyad_date");
        } else {
            assertThat(names).contains("events_dyad_date");
        }
    }

    @Test
    void eventColumnsAreTheTablesColumnsInOrder() throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement statement = store.connection().createStatement();
             ResultSet rs = statement.executeQuery("SELECT column_name FROM information_schema.columns"
                     + " WHERE table_name = 'events' AND table_schema = current_schema() ORDER BY ordinal_position")) {
            while (rs.next()) {
                columns.add(rs.getString(1));
            }
        }
        assertThat(columns).isEqualTo(EventColumns.NAMES);
    }

    @Test
    void savedArticleReadsBackAsItWasCoded() {
        CodedArticle reuters = Samples.reuters();
        assertThat(store.save(reuters, STORY)).isTrue();

        assertThat(store.article("reuters-1")).contains(reuters);
        assertThat(store.article("nope")).isEmpty();
        assertThat(store.counts()).isEqualTo(new StoreCounts(1, 3, 3, 4, 1, 1, 2, 2, 1, 0));
        assertThat(store.hasArticle(ContentHash.of(reuters.article().text()))).isTrue();
        assertThat(store.hasArticle(ContentHash.of("another text"))).isFalse();
    }

    @Test
    void storedEventKeepsWhatTheArticleSaid() {
        store.save(Samples.reuters(), STORY);

        StoredEvent attack = onlyEvent(ExportFilter.all().withRoot("19").withCountry("UKR"));
        assertThat(attack.eventKey()).isEqualTo(EventKey.of(Samples.attack(), STORY));
        assertThat(attack.cameo()).isEqualTo("190");
        assertThat(attack.quadClass()).isEqualTo(4);
        assertThat(attack.goldstein()).isEqualTo(-10.0);
        assertThat(attack.plover().type()).isEqualTo("ASSAULT");
        assertThat(attack.plover().mode()).isEqualTo("firearms");
        assertThat(attack.source().code()).isEqualTo("RUSMIL");
        assertThat(attack.source().text()).isEqualTo("Russian troops");
        assertThat(attack.target().country()).isEqualTo("UKR");
        assertThat(attack.date()).isEqualTo(DAY.minusDays(1));
        assertThat(attack.dateBasis()).isEqualTo("relative");
        assertThat(attack.attributedTo().code()).isEqualTo("UKRGOV");
        assertThat(attack.location().name()).isEqualTo("Kyiv");
        assertThat(attack.location().lat()).isEqualTo(50.45466);
        assertThat(attack.location().lon()).isEqualTo(30.5238);
        assertThat(attack.location().gazetteerId()).isEqualTo("703448");
        assertThat(attack.confidence()).isEqualTo(0.8);
        assertThat(attack.rule()).isEqualTo("verb:attack");
        assertThat(attack.inLead()).isFalse();
        assertThat(attack.storyId()).isEqualTo(STORY);
        assertThat(attack.sourceUrl()).isEqualTo("https://reuters.example/1");
        assertThat(attack.added()).isNotNull();
        assertThat(store.evidence(attack.eventKey())).singleElement().satisfies(evidence -> {
            assertThat(evidence.articleId()).isEqualTo("reuters-1");
            assertThat(evidence.sentence()).isEqualTo(1);
            assertThat(evidence.span().start()).isEqualTo(40);
            assertThat(evidence.text()).startsWith("Russian troops attacked");
        });
    }

    @Test
    void savingTheSameArticleTwiceChangesNothing() {
        assertThat(store.save(Samples.reuters(), STORY)).isTrue();
        StoreCounts before = store.counts();
        List<StoredEvent> eventsBefore = events(ExportFilter.all());

        assertThat(store.save(Samples.reuters(), STORY)).isFalse();

        assertThat(store.counts()).isEqualTo(before);
        assertThat(events(ExportFilter.all())).isEqualTo(eventsBefore);
    }

    @Test
    void theSameEventFromTwoArticlesOfAStoryIsOneEventWithTheirEvidence() {
        store.save(Samples.reuters(), STORY);
        store.save(Samples.associatedPress(), STORY);

        StoredEvent criticism = onlyEvent(ExportFilter.all().withRoot("11"));
        assertThat(criticism.numArticles()).isEqualTo(2);
        assertThat(criticism.numSources()).isEqualTo(2);
        assertThat(criticism.numMentions()).isEqualTo(2);
        assertThat(criticism.inLead()).isTrue();
        assertThat(store.evidence(criticism.eventKey()))
                .extracting(Evidence::articleId, Evidence::sentence)
                .containsExactly(tuple("reuters-1", 0),
                        tuple("ap-1", 2));
        assertThat(store.counts().events()).isEqualTo(3);
        assertThat(store.counts().evidence()).isEqualTo(4);
    }

    @Test
    void twoArticlesFromOneSourceAreOneSource() {
        CodedArticle ap = Samples.associatedPress();
        CodedArticle reutersAgain = new CodedArticle(new ArticleHeader("reuters-2", "Update",
                "Reuters", "https://reuters.example/2", DAY, null, "en", "Washington criticized Moscow again."),
                ap.events(), ap.actors(), List.of(), List.of(), List.of(), List.of());
        store.save(Samples.reuters(), STORY);
        store.save(reutersAgain, STORY);

        StoredEvent criticism = onlyEvent(ExportFilter.all().withRoot("11"));
        assertThat(criticism.numArticles()).isEqualTo(2);
        assertThat(criticism.numSources()).isEqualTo(1);
    }

    @Test
    void theSameEventInAnotherStoryIsAnotherEvent() {
        store.save(Samples.reuters(), STORY);
        store.save(Samples.associatedPress(), "another-story");

        assertThat(events(ExportFilter.all().withRoot("11")))
                .extracting(StoredEvent::storyId, StoredEvent::numArticles)
                .containsExactlyInAnyOrder(tuple(STORY, 1),
                        tuple("another-story", 1));
    }

    @Test
    void anArticleWithoutAStoryIsAStoryOfItsOwn() {
        store.save(Samples.associatedPress(), null);

        assertThat(onlyEvent(ExportFilter.all()).storyId()).isEqualTo("ap-1");
        assertThat(store.counts().stories()).isEqualTo(1);
    }

    @Test
    void aStoryCountsItsArticlesSourcesAndDays() throws SQLException {
        store.save(Samples.reuters(), STORY);
        store.save(Samples.associatedPress(), STORY);

        try (PreparedStatement query = store.connection().prepareStatement(
                "SELECT num_articles, num_sources, first_seen, last_seen, title FROM stories WHERE id = ?")) {
            query.setString(1, STORY);
            try (ResultSet rs = query.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt("num_articles")).isEqualTo(2);
                assertThat(rs.getInt("num_sources")).isEqualTo(2);
                assertThat(Cells.date(rs, "first_seen")).isEqualTo(DAY);
                assertThat(Cells.date(rs, "last_seen")).isEqualTo(DAY);
                assertThat(rs.getString("title")).isEqualTo("Washington criticises Moscow");
            }
        }
    }

    @Test
    void ingestLogKeepsEachOutcome() throws SQLException {
        store.logIngest("feeds/1.html", IngestOutcome.CODED, null, "reuters-1");
        store.logIngest("feeds/2.html", IngestOutcome.DUPLICATE, "same content as reuters-1", null);
        store.logIngest("feeds/3.pdf", IngestOutcome.SKIPPED, "not news", null);

        assertThat(store.counts().ingestLog()).isEqualTo(3);
        try (Statement statement = store.connection().createStatement();
             ResultSet rs = statement.executeQuery("SELECT outcome FROM ingest_log ORDER BY input")) {
            List<String> outcomes = new ArrayList<>();
            while (rs.next()) {
                outcomes.add(rs.getString(1));
            }
            assertThat(outcomes).containsExactly("coded", "duplicate", "skipped");
        }
    }

    @Test
    void dyadSeriesHasEveryDayAndLeavesOutNegatedEvents() {
        store.save(Samples.reuters(), STORY);
        store.save(Samples.associatedPress(), "another-story");

        List<DailyCount> series = store.dyadDailySeries("usa", "RUS", DAY.minusDays(1), DAY.plusDays(1));

        assertThat(series).containsExactly(
                new DailyCount(DAY.minusDays(1), 0, null),
                new DailyCount(DAY, 2, -2.0),
                new DailyCount(DAY.plusDays(1), 0, null));
    }

    @Test
    void dyadSeriesAveragesGoldstein() {
        store.bulkLoad(List.of(
                Samples.stored(1, DAY, Samples.actor("ISR", "MIL", null), Samples.actor("PSE", "REB", null), "190", 4,
                        -10.0, null),
                Samples.stored(2, DAY, Samples.actor("ISR", "GOV", null), Samples.actor("PSE", "GOV", null), "040", 1,
                        1.0, null),
                Samples.stored(3, DAY, Samples.actor("PSE", "GOV", null), Samples.actor("ISR", "GOV", null), "040", 1,
                        1.0, null)).iterator());

        assertThat(store.dyadDailySeries("ISR", "PSE", DAY, DAY)).singleElement().satisfies(day -> {
            assertThat(day.events()).isEqualTo(2);
            assertThat(day.meanGoldstein()).isCloseTo(-4.5, within(1e-9));
        });
    }

    @Test
    void countryMonthsCountEitherSideOnceByQuadClass() {
        store.bulkLoad(List.of(
                Samples.stored(1, DAY, Samples.actor("FRA", "GOV", null), Samples.actor("DEU", "GOV", null), "040", 1,
                        1.0, null),
                Samples.stored(2, DAY.plusDays(3), Samples.actor("DEU", "GOV", null),
                        Samples.actor("FRA", "GOV", null), "042", 1, 1.9, null),
                Samples.stored(3, DAY, Samples.actor("FRA", "COP", null), Samples.actor("FRA", "OPP", null), "173", 4,
                        -5.0, null),
                Samples.stored(4, DAY.plusMonths(1), Samples.actor("FRA", "GOV", null),
                        Samples.actor("ITA", "GOV", null), "111", 3, -2.0, null),
                Samples.stored(5, DAY, Samples.actor("ITA", "GOV", null), Samples.actor("ESP", "GOV", null), "040", 1,
                        1.0, null)).iterator());

        assertThat(store.countryMonthCounts("fra")).containsExactly(
                new MonthCount(YearMonth.of(2024, 3), 1, 2),
                new MonthCount(YearMonth.of(2024, 3), 4, 1),
                new MonthCount(YearMonth.of(2024, 4), 3, 1));
    }

    @Test
    void countryMonthsCountSavedEventsOnceHoweverManyArticlesReportThem() {
        store.save(Samples.reuters(), STORY);
        store.save(Samples.associatedPress(), STORY);

        // The attack (RUS->UKR, 29 February), the criticism (USA->RUS, 1 March); the denied attack is not counted.
        assertThat(store.countryMonthCounts("RUS")).containsExactly(
                new MonthCount(YearMonth.of(2024, 2), 4, 1),
                new MonthCount(YearMonth.of(2024, 3), 3, 1));
        assertThat(store.countryMonthCounts("USA")).containsExactly(new MonthCount(YearMonth.of(2024, 3), 3, 1));
        assertThat(store.countryMonthCounts("FRA")).isEmpty();
    }

    @Test
    void countryMonthsAgreeWithTheEventsTheyCount() throws SQLException {
        store.save(Samples.reuters(), STORY);
        store.bulkLoad(new SyntheticEvents(3_000, 7));

        for (String country : List.of("USA", "RUS", "UKR", "GBR")) {
            List<MonthCount> counted = new ArrayList<>();
            try (PreparedStatement query = store.connection().prepareStatement("SELECT EXTRACT(YEAR FROM event_date)"
                    + " AS y, EXTRACT(MONTH FROM event_date) AS m, quad_class, COUNT(*) AS n FROM events"
                    + " WHERE (source_country = ? OR target_country = ?) AND NOT negated AND NOT hypothetical"
                    + " GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")) {
                query.setString(1, country);
                query.setString(2, country);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        counted.add(new MonthCount(YearMonth.of(rs.getInt("y"), rs.getInt("m")),
                                rs.getInt("quad_class"), rs.getLong("n")));
                    }
                }
            }
            assertThat(store.countryMonthCounts(country)).as(country).isNotEmpty().isEqualTo(counted);
        }
    }

    @Test
    void bulkLoadedEventsReadBackUnchanged() {
        List<StoredEvent> loaded = List.of(
                Samples.stored(7, DAY, Samples.actor("USA", "GOV", "Joe Biden"), null, "010", 1, 0.0, Samples.KYIV),
                Samples.stored(8, DAY.plusDays(1), Samples.actor("CHN", "GOV", null), Samples.actor("TWN", "MIL", null),
                        "138", 3, -7.0, null));

        assertThat(store.bulkLoad(loaded.iterator())).isEqualTo(2);

        List<StoredEvent> read = events(ExportFilter.all());
        // The store keeps the location's name, country, admin1, feature, coordinates and id, not its words or span.
        StoredEvent first = loaded.get(0);
        assertThat(read.get(0)).usingRecursiveComparison().ignoringFields("location.text", "location.span")
                .isEqualTo(first);
        assertThat(read.get(1)).isEqualTo(loaded.get(1));
    }

    @Test
    void aFailedSaveLeavesNothingBehind() {
        CodedArticle broken = new CodedArticle(Samples.associatedPress().article(),
                List.of(new Event(null, "11", 3, -2.0, null, Samples.USA, Samples.RUSSIA, DAY,
                        "explicit", false, false, false, null, null, 0, null, "x", 0.5, "r")),
                List.of(), List.of(), List.of(), List.of(), List.of());

        assertThatThrownBy(() -> store.save(broken, STORY)).isInstanceOf(StoreException.class)
                .hasMessageContaining("saving article ap-1");
        assertThat(store.counts()).isEqualTo(new StoreCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    private List<Integer> versions() throws SQLException {
        List<Integer> versions = new ArrayList<>();
        try (Statement statement = store.connection().createStatement();
             ResultSet rs = statement.executeQuery("SELECT version FROM schema_version ORDER BY version")) {
            while (rs.next()) {
                versions.add(rs.getInt(1));
            }
        }
        return versions;
    }

    private List<StoredEvent> events(ExportFilter filter) {
        List<StoredEvent> events = new ArrayList<>();
        try (EventCursor cursor = store.events(filter)) {
            cursor.forEachRemaining(events::add);
        }
        return events;
    }

    private StoredEvent onlyEvent(ExportFilter filter) {
        List<StoredEvent> events = events(filter);
        assertThat(events).hasSize(1);
        return events.get(0);
    }
}
