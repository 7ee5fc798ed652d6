package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExportFilterTest {
    @Test
    void rootsAreTwoDigitsAndCountriesUpperCase() {
        ExportFilter filter = ExportFilter.all().withRoot("4").withCountry(" syr ").withDyad("usa", "rus");

        assertThat(filter.root()).isEqualTo("04");
        assertThat(filter.country()).isEqualTo("SYR");
        assertThat(filter.dyadSource()).isEqualTo("USA");
        assertThat(filter.dyadTarget()).isEqualTo("RUS");
    }

    @Test
    void blankPartsAreNoFilter() {
        assertThat(ExportFilter.all().withActor(" ").withPlace("").withCountry(null)).isEqualTo(ExportFilter.all());
    }

    @Test
    void withersChangeOnlyTheirPart() {
        ExportFilter filter = ExportFilter.all().withQuadClass(4).withActor("putin");

        assertThat(filter.withPlace("Aleppo").quadClass()).isEqualTo(4);
        assertThat(filter.withPlace("Aleppo").actor()).isEqualTo("putin");
        assertThat(filter).isEqualTo(ExportFilter.all().withActor("putin").withQuadClass(4));
    }

    @Test
    void nonsenseIsRefusedWithTheReason() {
        assertThatThrownBy(() -> ExportFilter.all().withRoot("21")).hasMessageContaining("01..20");
        assertThatThrownBy(() -> ExportFilter.all().withRoot("x")).hasMessageContaining("'x'");
        assertThatThrownBy(() -> ExportFilter.all().withQuadClass(5)).hasMessageContaining("1..4");
        assertThatThrownBy(() -> ExportFilter.all().withDyad("USA", null)).hasMessageContaining("both");
        assertThatThrownBy(() -> ExportFilter.all().withDates(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)))
                .hasMessageContaining("before it starts");
    }
}
