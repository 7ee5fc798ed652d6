package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.model.DataLines;

class GazetteerStatesTest {
    private final GazetteerStates states = new GazetteerStates(Stages.gazetteer());

    @ParameterizedTest
    @CsvSource({"Aleppo,SYR", "Lagos,NGA", "Peshawar,PAK", "Paris,FRA", "California,USA", "Mitrovica,XKX",
            "Kharkiv,UKR", "Springfield,USA", "Jenin,PSE"})
    void aSizeablePlaceCodesItsState(String name, String state) {
        assertThat(states.stateOf(name)).contains(state);
    }

    @ParameterizedTest
    @CsvSource({"Georgia", "Punjab", "Hyderabad", "Smallville", "xq", "''", "Gulf", "Central", "West Coast",
            "Africa", "Europe", "Asia", "Middle East", "Balkans"})
    void anAmbiguousSmallOrUnknownNameCodesNoState(String name) {
        assertThat(states.stateOf(name)).isEmpty();
    }

    @Test
    void theGenericWordsAreLowerCaseSingleWordsListedOnce() {
        List<String> words = DataLines.words(GazetteerStates.class, "generic-place-words.txt");
        assertThat(words).isNotEmpty().doesNotHaveDuplicates()
                .allSatisfy(w -> assertThat(w).matches("[a-z-]+"));
        assertThat(GazetteerStates.generic("Upper Nile")).isFalse();
        assertThat(GazetteerStates.generic("Northern Coast")).isTrue();
    }
}
