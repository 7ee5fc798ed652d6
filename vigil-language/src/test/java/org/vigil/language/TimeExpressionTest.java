package org.vigil.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vigil.model.AnnotatedDocument;

class TimeExpressionTest {
    @Test
    void weekdayResolvesAgainstThePublicationDate() {
        AnnotatedDocument doc = Analyzers.annotate("On Wednesday, the two delegations met in Geneva.",
                LocalDate.of(2023, 9, 30));
        assertThat(doc.times()).anyMatch(t -> t.text().equals("Wednesday") && t.value().equals("2023-09-27"));
        assertThat(doc.sentences().get(0).tokens()).anyMatch(t -> t.text().equals("Wednesday")
                && t.ner().equals("DATE") && "2023-09-27".equals(t.normalized()));
    }

    @Test
    void withoutAPublicationDateTheWeekdayStaysUnanchored() {
        AnnotatedDocument doc = Analyzers.annotate("On Wednesday, the two delegations met in Geneva.", null);
        assertThat(doc.times()).anyMatch(t -> t.text().equals("Wednesday") && t.value().equals("XXXX-WXX-3"));
    }

    @Test
    void relativeAndAbsoluteDates() {
        AnnotatedDocument doc = Analyzers.annotate("The ceasefire signed on 12 March 2021 collapsed three months "
                + "ago, and talks resume next week.", LocalDate.of(2024, 3, 15));
        assertThat(doc.times()).anyMatch(t -> t.value().equals("2021-03-12"));
        assertThat(doc.times()).anyMatch(t -> t.value().equals("2023-12-15"));
    }
}
