package org.vigil.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateTextTest {
    private static final LocalDate SEP_30 = LocalDate.of(2023, 9, 30);

    @ParameterizedTest
    @ValueSource(strings = {"Sep 30, 2023", "September 30, 2023", "30 September 2023", "2023-09-30",
            "Sat, 30 Sep 2023", "Sat, 30 Sep 2023 10:15:00 GMT", "Saturday, September 30, 2023",
            "Sept. 30, 2023", "30th Sep 2023", "2023-09-30T23:30:00-04:00", "2023-09-30T03:00:00Z",
            "2023-09-30 10:00:00 +0000", "Published: Sep 30, 2023 10:32 PM IST", "Updated Sep 30, 2023 / 10:32 IST",
            "  sep 30 2023  ", "2023/09/30"})
    void readsTheDateAsWritten(String text) {
        assertThat(DateText.parse(text)).contains(SEP_30);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Washington, DC [US], October 1 : The United States", "Sep 30", "2023",
            "On Sep 30, 2023 the army moved", "Sep 30, 2023 10 people died", "2023-02-30", "Foo 30, 2023",
            "30/09/2023"})
    void refusesWhatIsNotJustADate(String text) {
        assertThat(DateText.parse(text)).isEmpty();
    }
}
