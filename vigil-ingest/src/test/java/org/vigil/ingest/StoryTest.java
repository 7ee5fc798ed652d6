package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.model.Json;
import org.vigil.store.EventCursor;
import org.vigil.store.EventStore;
import org.vigil.store.ExportFilter;
import org.vigil.store.StoredEvent;

class StoryTest {
    static final String OUTLET_A = "BELGRADE - Serbian police attacked protesters in northern Kosovo on Monday, officials"
            + " in Pristina said. The clashes began when police moved to clear a barricade near the main bridge in"
            + " Mitrovica, and at least twelve people were injured according to the local hospital. Kosovo's prime"
            + " minister condemned the violence and called for calm, while Belgrade accused Pristina of provoking the"
            + " confrontation. The European Union urged both sides to return to talks in Brussels.";
    static final String OUTLET_B = "Serbian police attacked protesters in northern Kosovo on Monday, officials in"
            + " Pristina said, in the worst unrest this year. The clashes began when police moved to clear a barricade"
            + " near the main bridge in Mitrovica, and at least twelve people were injured according to the local"
            + " hospital. Kosovo's prime minister condemned the violence. Belgrade accused Pristina of provoking the"
            + " confrontation, and the European Union urged both sides to return to talks in Brussels.";
    static final String UNRELATED = "Brazil and Argentina met in Buenos Aires on Monday to discuss a new trade"
            + " agreement on beef and soybeans, the two foreign ministries said in a joint statement after the talks.";
    static final String SAME_EVENT_OTHER_TEXT = "In a separate incident, Serbian forces attacked a border post in"
            + " Kosovo late on Monday, a NATO spokesman told reporters at the alliance headquarters, adding that"
            + " nobody had been hurt and that an inquiry was under way.";

    @TempDir
    Path dir;
    EventStore store;

    @BeforeEach
    void open() {
        store = EventStore.open(":memory:");
        store.migrate();
    }

    @AfterEach
    void close() {
        store.close();
    }

    static String line(String id, String source, String text) {
        return Json.line(java.util.Map.of("id", id, "source", source, "published", "2024-03-04", "text", text)) + "\n";
    }

    List<StoredEvent> events() {
        List<StoredEvent> all = new ArrayList<>();
        try (EventCursor cursor = store.events(ExportFilter.all())) {
            cursor.forEachRemaining(all::add);
        }
        return all;
    }

    @Test
    void rewritesByTwoOutletsAreOneStoryAndTheirEventIsStoredOnce() throws Exception {
        Path file = Fixtures.write(dir.resolve("stories.jsonl"), line("a-1", "Outlet A", OUTLET_A)
                + line("b-1", "Outlet B", OUTLET_B) + line("c-1", "Outlet C", UNRELATED));
        IngestReport report = new Ingester(store, new FakeCoder(), 2, IngestOptions.defaults().withProgress(false))
                .ingest(List.of(file.toString()));
        assertThat(report.coded()).isEqualTo(3);

        List<StoredEvent> events = events();
        assertThat(events).hasSize(2);
        StoredEvent shared = events.stream().filter(e -> e.source().code().equals("SRBGOV")).findFirst().orElseThrow();
        assertThat(shared.target().code()).isEqualTo("XKXGOV");
        assertThat(shared.numArticles()).isEqualTo(2);
        assertThat(shared.numSources()).isEqualTo(2);
        assertThat(shared.storyId()).isIn("a-1", "b-1");
        StoredEvent other = events.stream().filter(e -> e.source().code().equals("BRAGOV")).findFirst().orElseThrow();
        assertThat(other.storyId()).isEqualTo("c-1");
        assertThat(other.numArticles()).isEqualTo(1);
        assertThat(store.counts().stories()).isEqualTo(2);
        assertThat(store.evidence(shared.eventKey())).extracting(e -> e.articleId())
                .containsExactlyInAnyOrder("a-1", "b-1");
    }

    @Test
    void aLaterRunJoinsAStoryAnEarlierRunStored() throws Exception {
        Path first = Fixtures.write(dir.resolve("first.jsonl"), line("a-1", "Outlet A", OUTLET_A));
        Path second = Fixtures.write(dir.resolve("second.jsonl"), line("b-1", "Outlet B", OUTLET_B));
        new Ingester(store, new FakeCoder(), 1, IngestOptions.defaults().withProgress(false))
                .ingest(List.of(first.toString()));
        new Ingester(store, new FakeCoder(), 1, IngestOptions.defaults().withProgress(false))
                .ingest(List.of(second.toString()));
        StoredEvent shared = events().stream().filter(e -> e.source().code().equals("SRBGOV")).findFirst()
                .orElseThrow();
        assertThat(shared.storyId()).isEqualTo("a-1");
        assertThat(shared.numArticles()).isEqualTo(2);
        assertThat(store.counts().stories()).isEqualTo(1);
    }

    @Test
    void theSameEventInAnUnrelatedTextIsAnotherStory() throws Exception {
        Path file = Fixtures.write(dir.resolve("two.jsonl"), line("a-1", "Outlet A", OUTLET_A)
                + line("d-1", "Outlet D", SAME_EVENT_OTHER_TEXT));
        new Ingester(store, new FakeCoder(), 1, IngestOptions.defaults().withProgress(false))
                .ingest(List.of(file.toString()));
        List<StoredEvent> events = events();
        assertThat(events).hasSize(2);
        assertThat(events).extracting(StoredEvent::storyId).containsExactlyInAnyOrder("a-1", "d-1");
        assertThat(events).allSatisfy(e -> assertThat(e.numArticles()).isEqualTo(1));
    }

    @Test
    void minHashEstimatesSimilarity() {
        assertThat(StoryIndex.similarity(OUTLET_A, OUTLET_A)).isEqualTo(1.0);
        assertThat(StoryIndex.similarity(OUTLET_A, OUTLET_B)).isGreaterThan(StoryIndex.SAME_EVENTS_TEXT);
        assertThat(StoryIndex.similarity(OUTLET_A, UNRELATED)).isLessThan(0.05);
        assertThat(StoryIndex.similarity(OUTLET_A, SAME_EVENT_OTHER_TEXT)).isLessThan(StoryIndex.SAME_EVENTS_TEXT);
    }
}
