package org.vigil.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which of SUTime's readings are the common word rather than a month or season. */
class CommonWordTimeTest {

    @ParameterizedTest
    @CsvSource({"march,2019-03,true", "may,XXXX-05,true", "fall,2019-FA,true", "March,2019-03,false",
            "march 3,2019-03-03,false", "last march,2018-03,false", "spring,XXXX-SP,true", "Wednesday,2023-09-27,false",
            "march,2019-03-04,false"})
    void aLoneLowerCaseMonthOrSeasonIsTheCommonWord(String text, String value, boolean common) {
        assertThat(CoreNlpAnalyzer.commonWord(text, value)).isEqualTo(common);
    }
}
