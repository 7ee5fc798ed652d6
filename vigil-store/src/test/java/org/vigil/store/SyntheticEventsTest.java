package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticEventsTest {
    private static List<StoredEvent> generate(int n, long seed) {
        List<StoredEvent> events = new ArrayList<>();
        new SyntheticEvents(n, seed).forEachRemaining(events::add);
        return events;
    }

    @Test
    void theSameSeedGivesTheSameEvents() {
        assertThat(generate(500, 11)).isEqualTo(generate(500, 11));
        assertThat(generate(500, 11)).isNotEqualTo(generate(500, 12));
    }

    @Test
    void datesRunInOrderOverTenYears() {
        List<StoredEvent> events = generate(20_000, 1);

        assertThat(events).extracting(StoredEvent::date).isSorted();
        assertThat(events.get(0).date()).isEqualTo(SyntheticEvents.FIRST_DAY);
        assertThat(events.get(events.size() - 1).date()).isBetween(SyntheticEvents.LAST_DAY.minusDays(1),
                SyntheticEvents.LAST_DAY);
    }

    @Test
    void countriesFollowZipfAndRootsAreAllThere() {
        List<StoredEvent> events = generate(20_000, 1);
        Map<String, Integer> sources = new HashMap<>();
        Set<String> roots = new HashSet<>();
        for (StoredEvent event : events) {
            sources.merge(event.source().country(), 1, Integer::sum);
            roots.add(event.root());
        }
        List<String> ranked = SyntheticEvents.countries();

        assertThat(ranked).hasSize(SyntheticEvents.COUNTRIES).doesNotHaveDuplicates();
        assertThat(sources.get(ranked.get(0))).isGreaterThan(sources.get(ranked.get(1)))
                .isGreaterThan(sources.getOrDefault(ranked.get(50), 0) * 20);
        assertThat(sources.size()).isGreaterThan(150);
        assertThat(roots).hasSize(20);
    }

    @Test
    void keysAreUniqueAndEventsAreWhatTheStoreWouldKey() {
        List<StoredEvent> events = generate(20_000, 1);

        assertThat(events).extracting(StoredEvent::eventKey).doesNotHaveDuplicates();
        StoredEvent first = events.get(0);
        assertThat(first.eventKey()).isEqualTo(EventKey.of(first.date(), first.source().code(),
                first.target().code(), first.cameo(), first.storyId()));
    }
}
