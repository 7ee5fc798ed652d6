package org.vigil.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer gazetteer = TestGazetteer.gazetteer();

    @Test
    void theBestKnownPlaceOfANameComesFirst() {
        List<Candidate> paris = gazetteer.candidates("Paris", 10);
        assertThat(paris).hasSize(10);
        Candidate first = paris.get(0);
        assertThat(first.id()).isEqualTo("2988507");
        assertThat(first.match()).isEqualTo(MatchKind.EXACT);
        assertThat(first.countryIso2()).isEqualTo("FR");
        assertThat(first.countryIso3()).isEqualTo("FRA");
        assertThat(first.admin1Name()).isEqualTo("Île-de-France");
        assertThat(first.featureCode()).isEqualTo("PPLC");
        assertThat(first.population()).isGreaterThan(2_000_000);
        assertThat(first.lat()).isBetween(48.8, 48.9);
        assertThat(first.lon()).isBetween(2.3, 2.4);
        assertThat(paris).extracting(Candidate::admin1Code).contains("TX");
    }

    @Test
    void spellingsAndTransliterationsMeetTheSamePlace() {
        assertThat(gazetteer.candidates("Mitrovicë", 5)).first()
                .satisfies(c -> assertThat(c.match()).isEqualTo(MatchKind.EXACT))
                .extracting(Candidate::id).isEqualTo("789225");
        assertThat(gazetteer.candidates("Mitrovice", 5)).first()
                .satisfies(c -> assertThat(c.match()).isEqualTo(MatchKind.FOLDED))
                .extracting(Candidate::id).isEqualTo("789225");
        assertThat(gazetteer.candidates("Kosovska Mitrovica", 5)).extracting(Candidate::id).containsExactly("789225");
        assertThat(gazetteer.candidates("Mitrovica", 10)).extracting(Candidate::id).contains("789225");
    }

    @Test
    void namesInOtherScriptsAreAlternateNames() {
        assertThat(gazetteer.candidates("Москва", 5)).first()
                .satisfies(c -> assertThat(c.match()).isEqualTo(MatchKind.ALTERNATE))
                .extracting(Candidate::name).isEqualTo("Moscow");
        assertThat(gazetteer.candidates("北京", 5)).extracting(Candidate::name).contains("Beijing");
    }

    @Test
    void aDivisionWhoseTownsCrowdIntoOneCornerTakesTheMiddleOfItsLand() {
        // Ontario's towns lie mostly along the southern border; the middle of the province is near Lake Nipigon.
        assertThat(gazetteer.candidates("Ontario", 10)).filteredOn(c -> c.id().equals("CA.08")).singleElement()
                .satisfies(c -> {
                    assertThat(c.lat()).isBetween(49.0, 51.0);
                    assertThat(c.lon()).isBetween(-87.0, -85.0);
                });
    }

    @Test
    void countriesContinentsAndDivisionsAreIndexed() {
        assertThat(gazetteer.candidates("Kosovo", 5)).filteredOn(c -> c.featureCode().equals("PCLI"))
                .singleElement().satisfies(c -> {
                    assertThat(c.countryIso3()).isEqualTo("XKX");
                    assertThat(c.geonameId()).isEqualTo("831053");
                });
        assertThat(gazetteer.candidates("Texas", 5)).first().satisfies(c -> {
            assertThat(c.featureCode()).isEqualTo("ADM1");
            assertThat(c.id()).isEqualTo("US.TX");
            assertThat(c.geonameId()).isNull();
        });
        assertThat(gazetteer.candidates("Europe", 5)).extracting(Candidate::featureCode).contains("CONT");
        assertThat(gazetteer.candidates("Britain", 5)).extracting(Candidate::countryIso2).contains("GB");
    }

    @Test
    void codesMatchOnlyMentionsWrittenAsCodes() {
        assertThat(gazetteer.candidates("UK", 5)).extracting(Candidate::countryIso3).contains("GBR");
        assertThat(gazetteer.candidates("U.S.", 5)).extracting(Candidate::countryIso3).contains("USA");
        // Teresina's airport code is THE: the word "the" must not find it.
        assertThat(gazetteer.candidates("the", 5)).extracting(Candidate::name).doesNotContain("Teresina");
        assertThat(gazetteer.candidates("THE", 5)).extracting(Candidate::name).contains("Teresina");
    }

    @Test
    void demonymsNameTheirCountry() {
        assertThat(gazetteer.demonymCandidates("Serbian", 5)).singleElement().satisfies(c -> {
            assertThat(c.countryIso3()).isEqualTo("SRB");
            assertThat(c.match()).isEqualTo(MatchKind.DEMONYM);
        });
        assertThat(gazetteer.candidates("Serbian", 5)).extracting(Candidate::countryIso3).doesNotContain("SRB");
    }

    @Test
    void garbageFindsNothing() {
        assertThat(gazetteer.candidates("", 5)).isEmpty();
        assertThat(gazetteer.candidates("asdfgh", 5)).isEmpty();
        assertThat(gazetteer.candidates("x".repeat(10_000), 5)).isEmpty();
        assertThat(gazetteer.candidates("!?;", 5)).isEmpty();
        assertThat(gazetteer.candidates("Paris", 0)).isEmpty();
    }
}
