package org.vigil.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.Actor;
import org.vigil.model.Event;
import org.vigil.model.Span;

/** One event for each source, target, code, date and polarity, keeping the best-supported mention. */
class EventMergerTest {
    private static final Actor SERBIA = new Actor("Serbia", new Span(0, 6), "SRB", null, null, null, "SRB");
    private static final Actor BELGRADE = new Actor("Belgrade", new Span(40, 48), "SRB", null, null, null, "SRB");
    private static final Actor KOSOVO = new Actor("Kosovo", new Span(20, 26), "XKX", null, null, null, "XKX");
    private static final LocalDate DAY = LocalDate.of(2024, 3, 15);

    private static Event event(Actor source, Actor target, String code, LocalDate date, boolean negated,
                               double confidence, int sentence) {
        return new Event(code, code.substring(0, 2), 4, -10, null, source, target, date, "report", negated, false,
                false, null, null, sentence, new Span(0, 1), "s", confidence, "rule " + sentence);
    }

    @Test
    void mentionsOfOneEventBecomeOneWithTheirCount() {
        List<Event> merged = new EventMerger().merge(List.of(
                event(SERBIA, KOSOVO, "190", DAY, false, 0.7, 0),
                event(BELGRADE, KOSOVO, "190", DAY, false, 0.9, 3),
                event(SERBIA, KOSOVO, "190", DAY, false, 0.8, 5)));
        assertThat(merged).singleElement().satisfies(e -> {
            assertThat(e.sentence()).isEqualTo(3);
            assertThat(e.confidence()).isEqualTo(0.9);
            assertThat(e.rule()).isEqualTo("rule 3 (found 3 times)");
        });
    }

    @Test
    void aDifferentCodeDateTargetOrPolarityIsAnotherEvent() {
        List<Event> merged = new EventMerger().merge(List.of(
                event(SERBIA, KOSOVO, "190", DAY, false, 0.9, 0),
                event(SERBIA, KOSOVO, "193", DAY, false, 0.9, 1),
                event(SERBIA, KOSOVO, "190", DAY.minusDays(1), false, 0.9, 2),
                event(SERBIA, null, "190", DAY, false, 0.9, 3),
                event(SERBIA, KOSOVO, "190", DAY, true, 0.9, 4)));
        assertThat(merged).hasSize(5).allSatisfy(e -> assertThat(e.rule()).doesNotContain("found"));
    }
}
