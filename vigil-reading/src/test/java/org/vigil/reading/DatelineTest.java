package org.vigil.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Washington, DC [US], October 1 : The United States has expressed concern.|Washington, DC",
            "WASHINGTON (Reuters) - The United States said on Monday.|Washington",
            "KYIV, Ukraine — Russian drones struck the city overnight.|Kyiv, Ukraine",
            "KYIV, Ukraine—Russian drones struck the city overnight.|Kyiv, Ukraine",
            "LONDON, Oct 1 (AP) — Britain said.|London",
            "BEIRUT: Israeli jets struck southern Lebanon.|Beirut",
            "UNITED NATIONS, Oct. 1 (AP) -- The Security Council met.|United Nations",
            "NEW DELHI [India], October 1 (ANI): India said.|New Delhi",
            "Kyiv, Ukraine — Russian drones struck the city overnight.|Kyiv, Ukraine",
            "BERLIN, 1 October (dpa) - Germany said.|Berlin",
            "RIO DE JANEIRO, Brazil (AP) — Police raided.|Rio de Janeiro, Brazil",
            "ST. PETERSBURG, Fla. (AP) — A storm hit.|St. Petersburg, Fla.",
            "Pristina, Kosovo, Oct 1 (Reuters) - Kosovo said.|Pristina, Kosovo"})
    void findsThePlace(String text, String place) {
        assertThat(Dateline.place(text)).isEqualTo(place);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The United States has expressed deep concern over Serbia's mobilisation.",
            "Kosovo Prime Minister Albin Kurti: we will not back down.",
            "The United States — which has troops in KFOR — said.",
            "Following deadly clashes at a monastery, Serbia deployed tanks.",
            "US Secretary of State Antony Blinken telephoned Serbian President Aleksandar Vucic.",
            "BREAKING: Serbia moves troops to the border.",
            "EXCLUSIVE - Kosovo asks NATO for more troops.",
            ""})
    void findsNoneInOrdinarySentences(String text) {
        assertThat(Dateline.place(text)).isNull();
    }
}
