package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.store.Samples.DAY;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.model.Place;

@ParameterizedClass(name = "{0}")
@ValueSource(strings = {StoreFixture.DUCKDB, StoreFixture.POSTGRESQL})
class FilterTest {
    private static final Place ALEPPO = new Place(null, "Aleppo", "SYR", "Aleppo", 36.2, 37.16, "city", "170063",
            null);
    private static final Place DAMASCUS = new Place(null, "Damascus", "SYR", null, 33.5, 36.3, "city", "170654",
            null);

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
        store.bulkLoad(List.of(
                Samples.stored(1, DAY, Samples.actor("USA", "GOV", "Joe Biden"), Samples.actor("RUS", "GOV", null),
                        "111", 3, -2.0, null),
                Samples.stored(2, DAY.plusDays(1), Samples.actor("RUS", "MIL", null),
                        Samples.actor("SYR", "REB", null), "190", 4, -10.0, ALEPPO),
                Samples.stored(3, DAY.plusDays(2), Samples.actor("SYR", "GOV", null),
                        Samples.actor("RUS", "GOV", "Vladimir Putin"), "040", 1, 1.0, DAMASCUS),
                Samples.stored(4, DAY.plusDays(30), Samples.actor("USA", "GOV", null),
                        Samples.actor("RUS", "GOV", null), "057", 2, 8.0, null)).iterator());
    }

    @AfterEach
    void close() throws SQLException {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void noFilterTakesEverything() {
        assertThat(keys(ExportFilter.all())).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void dateRangeIsInclusive() {
        assertThat(keys(ExportFilter.all().withDates(DAY.plusDays(1), DAY.plusDays(2)))).containsExactly(2L, 3L);
        assertThat(keys(ExportFilter.all().withDates(DAY.plusDays(2), null))).containsExactly(3L, 4L);
    }

    @Test
    void actorMatchesPartOfACodeCountryOrPersonOnEitherSide() {
        assertThat(keys(ExportFilter.all().withActor("putin"))).containsExactly(3L);
        assertThat(keys(ExportFilter.all().withActor("rusm"))).containsExactly(2L);
        assertThat(keys(ExportFilter.all().withActor("SYR"))).containsExactly(2L, 3L);
    }

    @Test
    void dyadIsDirected() {
        assertThat(keys(ExportFilter.all().withDyad("usa", "RUS"))).containsExactly(1L, 4L);
        assertThat(keys(ExportFilter.all().withDyad("RUS", "USA"))).isEmpty();
    }

    @Test
    void countryMatchesEitherSide() {
        assertThat(keys(ExportFilter.all().withCountry("SYR"))).containsExactly(2L, 3L);
    }

    @Test
    void rootAndQuadClass() {
        assertThat(keys(ExportFilter.all().withRoot("19"))).containsExactly(2L);
        assertThat(keys(ExportFilter.all().withRoot("4"))).containsExactly(3L);
        assertThat(keys(ExportFilter.all().withQuadClass(2))).containsExactly(4L);
    }

    @Test
    void placeMatchesPartOfTheNameOrTheCountry() {
        assertThat(keys(ExportFilter.all().withPlace("alep"))).containsExactly(2L);
        assertThat(keys(ExportFilter.all().withPlace("syr"))).containsExactly(2L, 3L);
    }

    @Test
    void filtersCombine() {
        assertThat(keys(ExportFilter.all().withCountry("RUS").withQuadClass(4).withPlace("Aleppo")))
                .containsExactly(2L);
        assertThat(keys(ExportFilter.all().withCountry("RUS").withQuadClass(4).withPlace("Damascus"))).isEmpty();
    }

    private List<Long> keys(ExportFilter filter) {
        List<Long> keys = new ArrayList<>();
        try (EventCursor events = store.events(filter)) {
            events.forEachRemaining(event -> keys.add(event.eventKey()));
        }
        return keys;
    }
}
