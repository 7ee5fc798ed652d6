package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerStatesTest {
    private final GazetteerStates states = new GazetteerStates(Stages.gazetteer());

    @ParameterizedTest
    @CsvSource({"Aleppo,SYR", "Lagos,NGA", "Peshawar,PAK", "Paris,FRA", "California,USA", "Mitrovica,XKX",
            "Kharkiv,UKR", "Springfield,USA"})
    void aSizeablePlaceCodesItsState(String name, String state) {
        assertThat(states.stateOf(name)).contains(state);
    }

    @ParameterizedTest
    @CsvSource({"Georgia", "Punjab", "Hyderabad", "Smallville", "xq", "''"})
    void anAmbiguousSmallOrUnknownNameCodesNoState(String name) {
        assertThat(states.stateOf(name)).isEmpty();
    }
}
