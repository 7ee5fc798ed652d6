package org.vigil.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.model.Place;
import org.vigil.model.Span;

class ToponymResolverTest {
    private final ToponymResolver resolver = TestGazetteer.resolver();

    private List<ResolvedPlace> resolve(ResolutionContext context, String... names) {
        return resolver.resolve(Arrays.stream(names).map(n -> PlaceMention.of(n, null)).toList(), context);
    }

    private Place place(ResolutionContext context, String name) {
        ResolvedPlace resolved = resolve(context, name).get(0);
        assertThat(resolved.isResolved()).as("%s resolved", name).isTrue();
        return resolved.place();
    }

    private static ResolutionContext others(String... toponyms) {
        return new ResolutionContext(List.of(toponyms), null, Set.of(), null);
    }

    @Test
    void parisAloneIsTheFrenchCapital() {
        Place paris = place(ResolutionContext.none(), "Paris");
        assertThat(paris.country()).isEqualTo("FRA");
        assertThat(paris.gazetteerId()).isEqualTo("2988507");
        assertThat(paris.feature()).isEqualTo("city");
    }

    @Test
    void parisTexasIsInTexas() {
        Place paris = place(ResolutionContext.none(), "Paris, Texas");
        assertThat(paris.country()).isEqualTo("USA");
        assertThat(paris.admin1()).isEqualTo("Texas");
        assertThat(paris.gazetteerId()).isEqualTo("4717560");
        assertThat(paris.text()).isEqualTo("Paris, Texas");
        assertThat(paris.name()).isEqualTo("Paris");
    }

    @Test
    void parisAmongTexanPlacesIsTheTexanOne() {
        assertThat(place(others("Texas", "Dallas"), "Paris").admin1()).isEqualTo("Texas");
        assertThat(place(others("France", "Lyon"), "Paris").country()).isEqualTo("FRA");
    }

    @Test
    void georgiaIsTheCountryUnlessTheStoryIsInTheUnitedStates() {
        assertThat(place(ResolutionContext.none(), "Georgia").feature()).isEqualTo("country");
        List<ResolvedPlace> withTbilisi = resolve(ResolutionContext.none(), "Georgia", "Tbilisi");
        assertThat(withTbilisi.get(0).place().country()).isEqualTo("GEO");
        assertThat(withTbilisi.get(0).place().feature()).isEqualTo("country");
        assertThat(withTbilisi.get(1).place().country()).isEqualTo("GEO");
        Place withAtlanta = resolve(ResolutionContext.none(), "Georgia", "Atlanta").get(0).place();
        assertThat(withAtlanta.country()).isEqualTo("USA");
        assertThat(withAtlanta.feature()).isEqualTo("admin1");
    }

    @Test
    void washingtonInAStoryOfUsGovernmentIsTheCapital() {
        ResolutionContext usGovernment = new ResolutionContext(List.of("Moscow"), null, Set.of("USA", "RUS"), null);
        Place washington = place(usGovernment, "Washington");
        assertThat(washington.gazetteerId()).isEqualTo("4140963");
        assertThat(washington.admin1()).isEqualTo("District of Columbia");
        assertThat(place(others("Seattle", "Spokane"), "Washington").feature()).isEqualTo("admin1");
    }

    @Test
    void tripoliFollowsTheCountryTheStoryIsAbout() {
        assertThat(place(ResolutionContext.none(), "Tripoli").country()).isEqualTo("LBY");
        assertThat(place(others("Libya"), "Tripoli").country()).isEqualTo("LBY");
        assertThat(place(others("Lebanon"), "Tripoli").country()).isEqualTo("LBN");
        assertThat(place(new ResolutionContext(List.of(), "BEIRUT", Set.of(), null), "Tripoli").country()).isEqualTo("LBN");
    }

    @Test
    void aQualifiedPlaceIsThePlaceWithItsQualifier() {
        Span span = new Span(10, 25);
        ResolvedPlace north = resolver.resolve(List.of(PlaceMention.of("northern Kosovo", span)),
                ResolutionContext.none()).get(0);
        assertThat(north.qualifier()).isEqualTo("northern");
        assertThat(north.place().name()).isEqualTo("Kosovo");
        assertThat(north.place().country()).isEqualTo("XKX");
        assertThat(north.place().feature()).isEqualTo("country");
        assertThat(north.place().text()).isEqualTo("northern Kosovo");
        assertThat(north.place().span()).isEqualTo(span);
        assertThat(place(ResolutionContext.none(), "Northern Ireland").admin1()).isEqualTo("Northern Ireland");
    }

    @Test
    void spellingsOfMitrovicaAreOnePlace() {
        List<ResolvedPlace> mitrovica = resolve(ResolutionContext.none(), "Mitrovica", "Mitrovicë",
                "Kosovska Mitrovica", "Mitrovice");
        assertThat(mitrovica).extracting(r -> r.place().gazetteerId()).containsOnly("789225");
        assertThat(place(ResolutionContext.none(), "Mitrovica").country()).isEqualTo("XKX");
    }

    @Test
    void otherScriptsResolve() {
        assertThat(place(ResolutionContext.none(), "Москва").gazetteerId()).isEqualTo("524901");
        assertThat(place(ResolutionContext.none(), "北京").gazetteerId()).isEqualTo("1816670");
    }

    @Test
    void aMarkedAdjectiveIsItsCountry() {
        ResolvedPlace serbian = resolver.resolve(List.of(PlaceMention.demonym("Serbian", null)),
                ResolutionContext.none()).get(0);
        assertThat(serbian.place().country()).isEqualTo("SRB");
        assertThat(serbian.place().feature()).isEqualTo("country");
    }

    @Test
    void adjectivesOfTwoPeoplesAndShortAdjectivesNameTheirCountries() {
        for (String[] adjective : new String[][] {{"Bosnian", "BIH"}, {"Herzegovinian", "BIH"}, {"Korean", "KOR"},
                {"Serb", "SRB"}}) {
            ResolvedPlace place = resolver.resolve(List.of(PlaceMention.demonym(adjective[0], null)),
                    ResolutionContext.none()).get(0);
            assertThat(place.place().country()).as(adjective[0]).isEqualTo(adjective[1]);
        }
    }

    @Test
    void garbageStaysUnresolved() {
        List<ResolvedPlace> garbage = resolve(ResolutionContext.none(), "", "asdfgh", "x".repeat(10_000), "!!!",
                "...", "  ", "the", "West");
        assertThat(garbage).hasSize(8).noneMatch(ResolvedPlace::isResolved)
                .allSatisfy(r -> assertThat(r.confidence()).isZero());
    }

    @Test
    void everyMentionGetsAnOutcomeInOrder() {
        List<ResolvedPlace> resolved = resolve(others("Kosovo"), "Belgrade", "asdfgh", "Belgrade");
        assertThat(resolved).extracting(r -> r.mention().text()).containsExactly("Belgrade", "asdfgh", "Belgrade");
        assertThat(resolved.get(0).place()).isEqualTo(resolved.get(2).place());
        assertThat(resolved.get(0).place().country()).isEqualTo("SRB");
        assertThat(resolved.get(0).confidence()).isBetween(0.5, 1.0);
        assertThat(resolver.resolve(List.of(), ResolutionContext.none())).isEmpty();
    }

    @Test
    void aNameTheGazetteerLacksIsPutInTheTownNamedNearestToIt() {
        List<PlaceMention> mentions = List.of(PlaceMention.of("Lyon", new Span(0, 4)),
                PlaceMention.of("Toulouse", new Span(100, 108)),
                PlaceMention.of("Qwzxv Boulevard", new Span(120, 135)));
        ResolvedPlace street = resolver.resolve(mentions, ResolutionContext.none()).get(2);
        assertThat(street.isResolved()).isTrue();
        assertThat(street.place().feature()).isEqualTo(ToponymResolver.VICINITY);
        assertThat(street.place().name()).isEqualTo("Qwzxv Boulevard");
        assertThat(street.place().gazetteerId()).isNull();
        assertThat(street.place().admin1()).isEqualTo("Occitanie");
    }

    @Test
    void withoutATownOrForAPeoplesAdjectiveAnUnknownNameStaysUnresolved() {
        assertThat(resolve(others("France"), "Qwzxv Boulevard").get(0).isResolved()).isFalse();
        List<PlaceMention> mentions = List.of(PlaceMention.of("Lyon", new Span(0, 4)),
                PlaceMention.demonym("Qwzxvian", new Span(10, 18)));
        assertThat(resolver.resolve(mentions, ResolutionContext.none()).get(1).isResolved()).isFalse();
    }

    @Test
    void aFacilityNamedByAFarTownIsPutInTheArticlesTown() {
        // "Collins" alone is a town in Mississippi; Collins Avenue in a Miami story is a Miami street.
        List<PlaceMention> mentions = List.of(PlaceMention.of("Miami", new Span(0, 5)),
                PlaceMention.of("Collins Avenue", new Span(40, 54)));
        ResolvedPlace avenue = resolver.resolve(mentions, ResolutionContext.none()).get(1);
        assertThat(avenue.place().feature()).isEqualTo(ToponymResolver.VICINITY);
        assertThat(avenue.place().admin1()).isEqualTo("Florida");
    }

    @Test
    void aFacilityNamedByTheArticlesOwnTownKeepsIt() {
        List<PlaceMention> mentions = List.of(PlaceMention.of("Merseyside", new Span(0, 10)),
                PlaceMention.of("Birkenhead", new Span(20, 30)),
                PlaceMention.of("Liverpool Academy", new Span(40, 57)));
        Place academy = resolver.resolve(mentions, ResolutionContext.none()).get(2).place();
        assertThat(academy.gazetteerId()).isEqualTo("2644210");
    }

    @Test
    void aStreetIsPutInATownOfTheCountryTheArticleIsAbout() {
        // Delft nearest in the text is the Dutch city; the story's other places are South African.
        List<PlaceMention> mentions = List.of(PlaceMention.of("Cape Town", new Span(0, 9)),
                PlaceMention.of("South Africa", new Span(20, 32)),
                PlaceMention.of("Western Cape", new Span(40, 52)),
                PlaceMention.of("Delft", new Span(100, 105)),
                PlaceMention.of("Qwzxv Road", new Span(110, 120)));
        List<ResolvedPlace> resolved = resolver.resolve(mentions, ResolutionContext.none());
        Place road = resolved.get(4).place();
        assertThat(road.feature()).isEqualTo(ToponymResolver.VICINITY);
        assertThat(road.country()).isEqualTo("ZAF");
    }

    @Test
    void aPlaceWrittenBeforeItsStateLiesInIt() {
        // "Parkland, Florida": two mentions, a comma and a space apart.
        List<PlaceMention> mentions = List.of(PlaceMention.of("Parkland", new Span(0, 8)),
                PlaceMention.of("Florida", new Span(10, 17)));
        List<ResolvedPlace> resolved = resolver.resolve(mentions, ResolutionContext.none());
        assertThat(resolved.get(0).place().admin1()).isEqualTo("Florida");
        assertThat(resolved.get(0).place().text()).isEqualTo("Parkland");
        assertThat(resolved.get(1).place().feature()).isEqualTo("admin1");
        List<PlaceMention> farApart = List.of(PlaceMention.of("Parkland", new Span(0, 8)),
                PlaceMention.of("Washington", new Span(100, 110)));
        assertThat(resolver.resolve(farApart, ResolutionContext.none()).get(0).place().admin1())
                .isEqualTo("Washington");
    }

    @Test
    void aPlaceIsReadInsideTheNextOnlyWhenACommaStandsBetween() {
        // "from China. U.S. officials": two sentences, not China inside the United States.
        String text = "from China. U.S. officials said";
        List<PlaceMention> mentions = List.of(PlaceMention.of("China", new Span(5, 10)),
                PlaceMention.of("U.S.", new Span(12, 16)));
        List<ResolvedPlace> resolved = resolver.resolve(mentions,
                new ResolutionContext(List.of(), null, Set.of(), text));
        assertThat(resolved.get(0).place().feature()).isEqualTo("country");
        assertThat(resolved.get(0).place().country()).isEqualTo("CHN");
    }

    @Test
    void aSmallTownFarOutsideTheStorysDivisionIsASpotInTheStorysTown() {
        // "Hubbard" (a street in Chicago) has villages of that name in Ohio, Texas, Iowa, none near Chicago.
        List<PlaceMention> mentions = List.of(PlaceMention.of("Chicago", new Span(0, 7)),
                PlaceMention.of("Park Ridge", new Span(20, 30)),
                PlaceMention.of("Near North Side", new Span(40, 55)),
                PlaceMention.of("Hubbard", new Span(60, 67)));
        Place hubbard = resolver.resolve(mentions, ResolutionContext.none()).get(3).place();
        assertThat(hubbard.feature()).isEqualTo(ToponymResolver.VICINITY);
        assertThat(hubbard.admin1()).isEqualTo("Illinois");
        // Alone, or where the story is in Ohio, it stays the Ohio village.
        assertThat(place(others("Youngstown", "Ohio"), "Hubbard").admin1()).isEqualTo("Ohio");
    }

    @Test
    void abbreviationsOfCountriesAndDivisionsFollowTheStory() {
        assertThat(place(others("Johannesburg", "Pretoria"), "SA").country()).isEqualTo("ZAF");
        assertThat(place(others("Perth", "Fremantle"), "WA").admin1()).isEqualTo("Western Australia");
        assertThat(place(others("Seattle", "Spokane"), "WA").admin1()).isEqualTo("Washington");
        assertThat(place(ResolutionContext.none(), "PRC").country()).isEqualTo("CHN");
    }

    @Test
    void anAirportsShortNameIsTheAirport() {
        assertThat(place(ResolutionContext.none(), "Heathrow").feature()).isEqualTo("landmark");
    }

    @Test
    void aBodyNamedAsAPlaceIsWhereItSits() {
        Place congress = place(ResolutionContext.none(), "Congress");
        assertThat(congress.feature()).isEqualTo("landmark");
        assertThat(congress.lat()).isCloseTo(38.89, org.assertj.core.data.Offset.offset(0.05));
        assertThat(place(ResolutionContext.none(), "United Nations").lon())
                .isCloseTo(-73.97, org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void aFacilityNamedAfterADivisionStandsInTheTownOfItTheArticleNames() {
        List<PlaceMention> mentions = List.of(PlaceMention.of("Fort Collins", new Span(0, 12)),
                PlaceMention.of("Colorado State University", new Span(30, 55)));
        Place university = resolver.resolve(mentions, ResolutionContext.none()).get(1).place();
        assertThat(university.feature()).isEqualTo(ToponymResolver.VICINITY);
        assertThat(university.admin1()).isEqualTo("Colorado");
        assertThat(university.lat()).isCloseTo(40.6, org.assertj.core.data.Offset.offset(0.2));
        // A shopping centre so named is in the state's town the article names.
        List<PlaceMention> gateway = List.of(PlaceMention.of("Gainesville, Va.", new Span(0, 16)),
                PlaceMention.of("Virginia Gateway", new Span(40, 56)));
        Place centre = resolver.resolve(gateway, ResolutionContext.none()).get(1).place();
        assertThat(centre.feature()).isEqualTo(ToponymResolver.VICINITY);
        assertThat(centre.lat()).isCloseTo(38.8, org.assertj.core.data.Offset.offset(0.1));
        // With no town of the state named, it is the state.
        assertThat(place(others("Denver Broncos"), "Colorado State University").feature()).isEqualTo("admin1");
    }

    @Test
    void aStreetIsPutInTheSettledTownRatherThanANearerAmbiguousOne() {
        // "Springfield" is a city in each of five states, none much likelier than the rest: weak evidence. The
        // company named after New Orleans says where the story is.
        List<PlaceMention> mentions = List.of(
                PlaceMention.of("New Orleans Railways and Light Company Claiborne Power House", new Span(0, 60)),
                PlaceMention.of("Springfield", new Span(190, 201)),
                PlaceMention.of("Qwzxv Street", new Span(215, 227)));
        List<ResolvedPlace> resolved = resolver.resolve(mentions, ResolutionContext.none());
        assertThat(resolved.get(0).place().name()).isEqualTo("New Orleans");
        Place street = resolved.get(2).place();
        assertThat(street.feature()).isEqualTo(ToponymResolver.VICINITY);
        assertThat(street.lat()).isCloseTo(29.95, org.assertj.core.data.Offset.offset(0.1));
        assertThat(street.lon()).isCloseTo(-90.07, org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void aNameReadByASmallFarTownInItsFirstWordsIsASpotInTheStorysTown() {
        // Elysian is a Minnesota village of 700 people; Elysian Fields is an avenue of New Orleans.
        List<PlaceMention> mentions = List.of(PlaceMention.of("New Orleans", new Span(0, 11)),
                PlaceMention.of("Elysian Fields", new Span(40, 54)));
        Place avenue = resolver.resolve(mentions, ResolutionContext.none()).get(1).place();
        assertThat(avenue.feature()).isEqualTo(ToponymResolver.VICINITY);
        assertThat(avenue.admin1()).isEqualTo("Louisiana");
        // A large town so read keeps it: the story is about the Dubai World Cup.
        assertThat(place(others("Paris"), "Dubai World Cup").name()).isEqualTo("Dubai");
    }

    @Test
    void peoplesAdjectivesAndStreetsDoNotMakeALocalStoryLessLocal() {
        // A New Orleans story that names the French eight times and Royal Street (read as Royal City,
        // Washington) four: Chartres (43,000 people) is its street too.
        List<PlaceMention> mentions = new java.util.ArrayList<>(List.of(PlaceMention.of("New Orleans", new Span(0, 11)),
                PlaceMention.of("Louisiana", new Span(20, 29)), PlaceMention.of("Chartres", new Span(200, 208))));
        for (int i = 0; i < 8; i++) {
            mentions.add(PlaceMention.demonym("French", new Span(300 + 10 * i, 306 + 10 * i)));
        }
        for (int i = 0; i < 4; i++) {
            mentions.add(PlaceMention.of("Royal Street", new Span(400 + 20 * i, 412 + 20 * i)));
        }
        Place chartres = resolver.resolve(mentions, ResolutionContext.none()).get(2).place();
        assertThat(chartres.feature()).isEqualTo(ToponymResolver.VICINITY);
        assertThat(chartres.admin1()).isEqualTo("Louisiana");
    }

    @Test
    void oneTownAmongCountriesDoesNotMakeTheStoryLocal() {
        // A Turkish company's story names Ankara twice and the German village of Visbek once.
        List<PlaceMention> mentions = List.of(PlaceMention.of("Ankara", new Span(0, 6)),
                PlaceMention.of("Turkey", new Span(10, 16)), PlaceMention.of("Ankara", new Span(20, 26)),
                PlaceMention.of("Visbek", new Span(40, 46)), PlaceMention.of("Germany", new Span(50, 57)),
                PlaceMention.of("Japan", new Span(60, 65)));
        Place visbek = resolver.resolve(mentions, ResolutionContext.none()).get(3).place();
        assertThat(visbek.feature()).isEqualTo("city");
        assertThat(visbek.country()).isEqualTo("DEU");
    }

    @Test
    void aTownAbroadThatNoOtherNameSupportsIsAStrayAtALargerSize() {
        // Delft, a Cape Town township, is also a Dutch city of 95,000; no other name of the story is Dutch.
        List<PlaceMention> mentions = List.of(PlaceMention.of("Cape Town", new Span(0, 9)),
                PlaceMention.of("Western Cape", new Span(20, 32)), PlaceMention.of("Khayelitsha", new Span(40, 51)),
                PlaceMention.of("Delft", new Span(60, 65)));
        Place delft = resolver.resolve(mentions, ResolutionContext.none()).get(3).place();
        assertThat(delft.feature()).isEqualTo(ToponymResolver.VICINITY);
        assertThat(delft.country()).isEqualTo("ZAF");
        // Where the story names the Netherlands, it is the Dutch city.
        List<PlaceMention> withTheNetherlands = new java.util.ArrayList<>(mentions);
        withTheNetherlands.add(PlaceMention.of("Netherlands", new Span(80, 91)));
        Place dutch = resolver.resolve(withTheNetherlands, ResolutionContext.none()).get(3).place();
        assertThat(dutch.country()).isEqualTo("NLD");
        assertThat(dutch.feature()).isEqualTo("city");
    }

    @Test
    void aCityWithoutItsArabicArticleOrAPopulationCountIsFound() {
        // GeoNames writes Al Qāmishlī, a city of 200,000, and gives it no population.
        Place qamishli = place(ResolutionContext.none(), "Qamishli");
        assertThat(qamishli.feature()).isEqualTo("city");
        assertThat(qamishli.country()).isEqualTo("SYR");
        assertThat(qamishli.lat()).isCloseTo(37.05, org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void aFacilityNamedAfterAContinentOceanOrPeopleIsASpotInTheStorysTown() {
        List<PlaceMention> mentions = List.of(PlaceMention.of("Myrtle Beach", new Span(0, 12)),
                PlaceMention.of("Atlantic Avenue", new Span(30, 45)));
        Place avenue = resolver.resolve(mentions, ResolutionContext.none()).get(1).place();
        assertThat(avenue.feature()).isEqualTo(ToponymResolver.VICINITY);
        assertThat(avenue.admin1()).isEqualTo("South Carolina");
        // With no town named, it is the ocean.
        assertThat(place(ResolutionContext.none(), "Atlantic Avenue").feature()).isEqualTo("water");
        // A quarter named after a people is a quarter of the story's town, not their country.
        List<PlaceMention> quarter = List.of(PlaceMention.of("New Orleans", new Span(0, 11)),
                PlaceMention.of("French Quarter", new Span(30, 44)));
        Place frenchQuarter = resolver.resolve(quarter, ResolutionContext.none()).get(1).place();
        assertThat(frenchQuarter.feature()).isEqualTo(ToponymResolver.VICINITY);
        assertThat(frenchQuarter.admin1()).isEqualTo("Louisiana");
        // Marked as a people's adjective, the same words stand for the people's country.
        List<PlaceMention> marked = List.of(PlaceMention.of("New Orleans", new Span(0, 11)),
                PlaceMention.demonym("French Quarter", new Span(30, 44)));
        assertThat(resolver.resolve(marked, ResolutionContext.none()).get(1).place().country()).isEqualTo("FRA");
    }

    @Test
    void aCapitalsFormerNameDoesNotCarryItsRank() {
        // Harare was Salisbury until 1982; towns in England and America have the name as their own.
        assertThat(place(ResolutionContext.none(), "Salisbury").country()).isNotEqualTo("ZWE");
        // A capital with no rival keeps its other names: Kiev is Kyiv.
        assertThat(place(ResolutionContext.none(), "Kiev").country()).isEqualTo("UKR");
    }

    @Test
    void aNameTheGazetteerLacksIsInTheStorysDivisionWhenItNamesNoTownThere() {
        // A story of a Rajasthan town the gazetteer lacks, which also names New Delhi.
        List<PlaceMention> mentions = List.of(PlaceMention.of("Rajasthan", new Span(0, 9)),
                PlaceMention.of("India", new Span(20, 25)), PlaceMention.of("Rajasthan", new Span(40, 49)),
                PlaceMention.of("New Delhi", new Span(60, 69)), PlaceMention.of("Qwzxv Bonli", new Span(75, 86)),
                PlaceMention.of("Rajasthan", new Span(100, 109)));
        Place town = resolver.resolve(mentions, ResolutionContext.none()).get(4).place();
        assertThat(town.feature()).isEqualTo(ToponymResolver.VICINITY);
        assertThat(town.admin1()).isEqualTo("Rajasthan");
        // Where it names a town of the division, the name is put in the town nearest to it, as ever.
        List<PlaceMention> withJaipur = new java.util.ArrayList<>(mentions);
        withJaipur.add(PlaceMention.of("Jaipur", new Span(120, 126)));
        Place inATown = resolver.resolve(withJaipur, ResolutionContext.none()).get(4).place();
        assertThat(inATown.lat()).isCloseTo(28.6, org.assertj.core.data.Offset.offset(0.2));
    }

    @Test
    void aNameListedWithAStateIsAState() {
        String text = "tech jobs from western states such as California or Washington, because of costs";
        int california = text.indexOf("California");
        int washington = text.indexOf("Washington");
        List<PlaceMention> mentions = List.of(PlaceMention.of("California", new Span(california, california + 10)),
                PlaceMention.of("Washington", new Span(washington, washington + 10)));
        List<ResolvedPlace> resolved = resolver.resolve(mentions, new ResolutionContext(List.of(), null, Set.of(), text));
        assertThat(resolved.get(1).place().feature()).isEqualTo("admin1");
        assertThat(resolved.get(1).place().admin1()).isEqualTo("Washington");
        // Apart, the capital.
        String apart = "California said on Monday. In Washington, officials";
        List<PlaceMention> far = List.of(PlaceMention.of("California", new Span(0, 10)),
                PlaceMention.of("Washington", new Span(30, 40)));
        assertThat(resolver.resolve(far, new ResolutionContext(List.of(), null, Set.of(), apart)).get(1).place()
                .feature()).isEqualTo("city");
    }

    @Test
    void aStateBodyIsInItsCapitalAndAnEmbassyInTheOtherCountrys() {
        Place ministry = place(ResolutionContext.none(), "Russian Foreign Ministry");
        assertThat(ministry.feature()).isEqualTo(ToponymResolver.VICINITY);
        assertThat(ministry.lat()).isCloseTo(55.75, org.assertj.core.data.Offset.offset(0.1));
        String text = "Russian envoys leave Washington. Buses left the Russian Embassy on Friday.";
        List<ResolvedPlace> resolved = resolver.resolve(List.of(mention(text, "Washington"),
                mention(text, "Russian Embassy")), new ResolutionContext(List.of(), null, Set.of(), text));
        assertThat(resolved.get(1).place().lon()).isCloseTo(-77.04, org.assertj.core.data.Offset.offset(0.1));
        // Without a capital of another country, the embassy is read as before.
        assertThat(place(ResolutionContext.none(), "Russian Embassy").country()).isEqualTo("RUS");
    }

    @Test
    void thePartOfAJoinedCountryNameThatHoldsMostOfItNamesTheCountry() {
        assertThat(place(ResolutionContext.none(), "Bosnia").gazetteerId()).isEqualTo("3277605");
        assertThat(place(ResolutionContext.none(), "Trinidad").country()).isEqualTo("TTO");
        assertThat(place(ResolutionContext.none(), "Trinidad, Cuba").feature()).isEqualTo("city");
    }

    @Test
    void aDivisionNamedInAStoryFiledFromItIsTheDivision() {
        // The capital outweighs Alaska and Florida, but not a dateline in the state.
        ResolutionContext filedInTheState = new ResolutionContext(List.of("Alaska", "Florida"), "Camp Murray, Wash.",
                Set.of(), null);
        Place washington = place(filedInTheState, "Washington");
        assertThat(washington.feature()).isEqualTo("admin1");
        assertThat(washington.admin1()).isEqualTo("Washington");
        assertThat(place(new ResolutionContext(List.of("Alaska", "Florida"), "Seattle", Set.of(), null),
                "Washington").feature()).isEqualTo("admin1");
        assertThat(place(others("Alaska", "Florida"), "Washington").admin1()).isEqualTo("District of Columbia");
        // Only the dateline's own division: a story filed from Washington keeps Georgia the country.
        assertThat(place(new ResolutionContext(List.of("Tbilisi"), "WASHINGTON", Set.of(), null), "Georgia")
                .feature()).isEqualTo("country");
    }

    @Test
    void aBuildingTheTextSaysIsInATownIsThere() {
        // A story of Brazil and Venezuela, briefed at the Villa Moynier in Geneva.
        String text = "Brazil and Venezuela, said at the Villa Moynier in Geneva. Boa Vista and Pacaraima";
        List<PlaceMention> mentions = List.of(mention(text, "Brazil"), mention(text, "Venezuela"),
                mention(text, "Villa Moynier"), mention(text, "Geneva"), mention(text, "Boa Vista"),
                mention(text, "Pacaraima"));
        Place villa = resolver.resolve(mentions, new ResolutionContext(List.of(), null, Set.of(), text)).get(2)
                .place();
        assertThat(villa.feature()).isEqualTo(ToponymResolver.VICINITY);
        assertThat(villa.country()).isEqualTo("CHE");
        // A comma says so only of a division: "Beyond Qwzxv, Liverpool have academies" is two clauses.
        String clauses = "Cairo and Giza. Beyond Qwzxv, Liverpool have academies in Cairo";
        List<PlaceMention> two = List.of(mention(clauses, "Cairo"), mention(clauses, "Giza"),
                mention(clauses, "Qwzxv"), mention(clauses, "Liverpool"));
        Place qwzxv = resolver.resolve(two, new ResolutionContext(List.of(), null, Set.of(), clauses)).get(2).place();
        assertThat(qwzxv.country()).isEqualTo("EGY");
    }

    @Test
    void aPlaceTheTextSaysIsInAnotherIsThere() {
        // "August" is a Californian village, and the restaurant the text puts in New Orleans.
        String text = "great restaurants, from August in New Orleans to the Embassy of Armenia in the Holy See";
        List<PlaceMention> mentions = List.of(mention(text, "August"), mention(text, "New Orleans"),
                mention(text, "Embassy of Armenia"), mention(text, "Holy See"));
        List<ResolvedPlace> resolved = resolver.resolve(mentions, new ResolutionContext(List.of(), null, Set.of(), text));
        assertThat(resolved.get(0).place().feature()).isEqualTo(ToponymResolver.VICINITY);
        assertThat(resolved.get(0).place().admin1()).isEqualTo("Louisiana");
        assertThat(resolved.get(2).place().feature()).isEqualTo(ToponymResolver.VICINITY);
        assertThat(resolved.get(2).place().country()).isEqualTo("VAT");
        // A place that does lie there keeps its own point.
        String paris = "he lived in Paris in France";
        Place inFrance = resolver.resolve(List.of(mention(paris, "Paris"), mention(paris, "France")),
                new ResolutionContext(List.of(), null, Set.of(), paris)).get(0).place();
        assertThat(inFrance.gazetteerId()).isEqualTo("2988507");
    }

    @Test
    void aListIsNoPlaceAndItsContainer() {
        String text = "After stops in Washington, New York and Boston, the prince";
        List<PlaceMention> mentions = List.of(mention(text, "Washington"), mention(text, "New York"),
                mention(text, "Boston"));
        Place washington = resolver.resolve(mentions, new ResolutionContext(List.of(), null, Set.of(), text)).get(0)
                .place();
        assertThat(washington.gazetteerId()).isEqualTo("4140963");
    }

    @Test
    void aTownReadFromPartOfANameByAnotherOfItsNamesAnchorsNoStray() {
        // "River" of "River North" meets New Brunswick, New Jersey (once Raritan River); "South Side" meets a
        // Staten Island village by one of its names. Neither is evidence for the other in a Chicago story.
        List<PlaceMention> mentions = List.of(PlaceMention.of("Chicago", new Span(0, 7)),
                PlaceMention.of("Evanston", new Span(20, 28)), PlaceMention.of("River North", new Span(40, 51)),
                PlaceMention.of("South Side", new Span(60, 70)));
        Place southSide = resolver.resolve(mentions, ResolutionContext.none()).get(3).place();
        assertThat(southSide.admin1()).isEqualTo("Illinois");
    }

    @Test
    void aTownOfPartOfANameReadByAnotherOfItsNamesHoldsOnlyWhenLarge() {
        // "Salt" is As Salt, Jordan, by another of its names; Salt + Smoke is a St. Louis restaurant.
        List<PlaceMention> mentions = List.of(PlaceMention.of("St. Louis", new Span(0, 9)),
                PlaceMention.of("Salt + Smoke", new Span(20, 32)));
        Place restaurant = resolver.resolve(mentions, ResolutionContext.none()).get(1).place();
        assertThat(restaurant.feature()).isEqualTo(ToponymResolver.VICINITY);
        assertThat(restaurant.admin1()).isEqualTo("Missouri");
    }

    private static PlaceMention mention(String text, String name) {
        int start = text.indexOf(name);
        return PlaceMention.of(name, new Span(start, start + name.length()));
    }
}
