package org.vigil.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.AnnotatedDocument;
import org.vigil.model.Article;
import org.vigil.model.Layer;
import org.vigil.model.Span;
import org.vigil.model.TimeExpression;

/** Turning time expressions into event dates, without the language layer. */
class EventDaterTest {
    private static final LocalDate FRIDAY = LocalDate.of(2024, 3, 15);

    private static EventDater dater() {
        Article a = new Article("t", null, null, null, FRIDAY, null, "en", "x", "t");
        return new EventDater(new AnnotatedDocument(a, EnumSet.of(Layer.TEXT), List.of(), List.of(), List.of(),
                List.of(), List.of()));
    }

    private static TimeExpression time(String text, String value) {
        return new TimeExpression(text, "DATE", value, new Span(0, text.length()), 0);
    }

    @Test
    void valuesAsPreciseAsTheTextGivesThem() {
        assertThat(EventDater.parse("2023-09-27")).isEqualTo(LocalDate.of(2023, 9, 27));
        assertThat(EventDater.parse("2023-09-27T14:00")).isEqualTo(LocalDate.of(2023, 9, 27));
        assertThat(EventDater.parse("2008-05")).isEqualTo(LocalDate.of(2008, 5, 1));
        assertThat(EventDater.parse("2008")).isEqualTo(LocalDate.of(2008, 1, 1));
        assertThat(EventDater.parse("2024-W12")).isEqualTo(LocalDate.of(2024, 3, 18));
        assertThat(EventDater.parse("PAST_REF")).isNull();
        assertThat(EventDater.parse("P3M")).isNull();
        assertThat(EventDater.parse(null)).isNull();
    }

    @Test
    void aWrittenYearOrMonthIsExplicitAWeekdayRelative() {
        assertThat(dater().resolve(time("in 2008", "2008"), "VBD"))
                .isEqualTo(new EventDater.Dated(LocalDate.of(2008, 1, 1), EventDater.EXPLICIT));
        assertThat(dater().resolve(time("March 3", "2024-03-03"), "VBD").basis()).isEqualTo(EventDater.EXPLICIT);
        assertThat(dater().resolve(time("Wednesday", "2024-03-13"), "VBD"))
                .isEqualTo(new EventDater.Dated(LocalDate.of(2024, 3, 13), EventDater.RELATIVE));
        assertThat(dater().resolve(time("last year", "PAST_REF"), "VBD")).isNull();
    }

    @Test
    void aPastTenseWeekdayTheTaggerPutAfterTheReportIsTheWeekBefore() {
        assertThat(dater().resolve(time("Monday", "2024-03-18"), "VBD").date()).isEqualTo(LocalDate.of(2024, 3, 11));
        assertThat(dater().resolve(time("Monday", "2024-03-18"), "VB").date()).isEqualTo(LocalDate.of(2024, 3, 18));
        assertThat(dater().resolve(time("next week", "2024-W12"), "VB").date()).isEqualTo(LocalDate.of(2024, 3, 18));
    }

    @Test
    void aPastEventDatedAfterItsReportIsAMisreadTimeNotADate() {
        assertThat(dater().resolve(time("a third day", "2024-03-17"), "VBD")).isNull();
        assertThat(dater().resolve(time("next week", "2024-W12"), "VBN")).isNull();
    }
}
