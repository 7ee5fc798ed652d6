package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExportFormatTest {
    @Test
    void namesAreReadInAnyCase() {
        assertThat(ExportFormat.parse("GeoJSON")).isEqualTo(ExportFormat.GEOJSON);
        assertThat(ExportFormat.parse(" gdelt ")).isEqualTo(ExportFormat.GDELT);
    }

    @Test
    void anUnknownNameListsTheFormats() {
        assertThatThrownBy(() -> ExportFormat.parse("xlsx"))
                .hasMessageContaining("'xlsx'")
                .hasMessageContaining("gdelt, jsonl, csv, geojson, parquet");
    }
}
