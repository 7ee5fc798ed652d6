package org.vigil.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.places.MentionReader.Kind;
import org.vigil.places.MentionReader.Reading;

class MentionReaderTest {
    private final MentionReader reader = new MentionReader();

    @Test
    void theWordsAsTheyStandComeFirst() {
        assertThat(reader.readings(PlaceMention.of("Northern Ireland", null)).get(0))
                .isEqualTo(new Reading("Northern Ireland", null, null, Kind.LITERAL));
    }

    @Test
    void aLowercaseQualifierIsSplitOff() {
        assertThat(reader.readings(PlaceMention.of("northern Kosovo", null)))
                .contains(new Reading("Kosovo", "northern", null, Kind.QUALIFIED));
    }

    @Test
    void aCapitalisedQualifierMayBePartOfTheName() {
        assertThat(reader.readings(PlaceMention.of("West Wing", null)))
                .contains(new Reading("Wing", "west", null, Kind.QUALIFIED_BY_NAME_WORD));
    }

    @Test
    void aQualifierTheCallerGaveIsTakenOffTheText() {
        assertThat(reader.readings(new PlaceMention("southern Lebanon", null, "southern", false)).get(0))
                .isEqualTo(new Reading("Lebanon", "southern", null, Kind.LITERAL));
    }

    @Test
    void aCommaNamesTheContainer() {
        assertThat(reader.readings(PlaceMention.of("Paris, Texas", null)))
                .contains(new Reading("Paris", null, "Texas", Kind.CONTAINED));
    }

    @Test
    void longerNamesAreReadInPartsLast() {
        List<Reading> readings = reader.readings(PlaceMention.of("University of California", null));
        assertThat(readings.get(readings.size() - 1)).isEqualTo(new Reading("California", null, null, Kind.PARTIAL));
        assertThat(readings).extracting(Reading::name).doesNotContain("University", "University of");
        assertThat(reader.readings(PlaceMention.of("Dubai World Cup", null)))
                .contains(new Reading("Dubai", null, null, Kind.PARTIAL));
    }

    @Test
    void aLongNameIsReadByItsFirstWordsButNotByItsTail() {
        List<Reading> readings = reader.readings(
                PlaceMention.of("New Orleans Railways and Light Company Claiborne Power House", null));
        assertThat(readings).contains(new Reading("New Orleans", null, null, Kind.PARTIAL));
        assertThat(readings).extracting(Reading::name).allMatch(name -> name.split(" ").length <= 9)
                .doesNotContain("New Orleans Railways and Light Company Claiborne Power");
        assertThat(reader.readings(PlaceMention.of("Union of Students of the Free University of Berlin", null)))
                .extracting(Reading::name).doesNotContain("Berlin");
    }
}
