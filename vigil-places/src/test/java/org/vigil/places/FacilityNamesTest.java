package org.vigil.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FacilityNamesTest {
    private final FacilityNames names = new FacilityNames();

    @Test
    void aHeadWordAnywhereInALongerNameMakesAFacility() {
        assertThat(names.isFacility("Cornell University")).isTrue();
        assertThat(names.isFacility("SM Mall of Asia")).isTrue();
        assertThat(names.isFacility("University of California")).isTrue();
        assertThat(names.isFacility("Pearl Harbor")).isTrue();
        assertThat(names.isFacility("St. Mary's Hospital")).isTrue();
        assertThat(names.isFacility("French Quarter")).isTrue();
        assertThat(names.isFacility("Virginia Gateway")).isTrue();
        assertThat(names.isFacility("Lake Manassas")).isTrue();
    }

    @Test
    void aBareHeadWordOrATownNameIsNot() {
        assertThat(names.isFacility("University")).isFalse();
        assertThat(names.isFacility("Dubai World Cup")).isFalse();
        assertThat(names.isFacility("New York")).isFalse();
        assertThat(names.isFacility("Bank of England")).isFalse();
    }
}
