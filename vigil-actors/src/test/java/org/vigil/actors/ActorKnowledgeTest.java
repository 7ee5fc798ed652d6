package org.vigil.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ActorKnowledgeTest {

    private static ActorKnowledge knowledge;

    @BeforeAll
    static void load() {
        knowledge = ActorKnowledge.load();
    }

    static Stream<String> files() {
        return ActorKnowledge.HEADERS.keySet().stream().sorted();
    }

    // ------------------------------------------------------------------ the files as text

    /** The bundled files, read as text so the raw checks do not depend on the loader they are guarding. */
    private static List<String> lines(String file) throws IOException {
        try (InputStream in = ActorKnowledge.class.getResourceAsStream("/org/vigil/actors/" + file)) {
            assertThat(in).as(file + " on the classpath").isNotNull();
            byte[] bytes = in.readAllBytes();
            try {
                String text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
                return Arrays.asList(text.split("\n", -1));
            } catch (CharacterCodingException e) {
                throw new AssertionError(file + " is not valid UTF-8", e);
            }
        }
    }

    private static List<List<String>> dataRows(String file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        boolean header = true;
        for (String line : lines(file)) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            rows.add(Arrays.asList(line.split("\t", -1)));
        }
        return rows;
    }

    @ParameterizedTest
    @MethodSource("files")
    void headerIsTheFirstLineThatIsNotAComment(String file) throws IOException {
        String first = lines(file).stream().filter(l -> !l.isEmpty() && !l.startsWith("#")).findFirst().orElse("");
        assertThat(Arrays.asList(first.split("\t", -1))).isEqualTo(ActorKnowledge.HEADERS.get(file));
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyRowHasTheHeadersColumnsWithoutStraySpaceOrCarriageReturn(String file) throws IOException {
        int columns = ActorKnowledge.HEADERS.get(file).size();
        List<String> bad = new ArrayList<>();
        int n = 0;
        for (String line : lines(file)) {
            n++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != columns) {
                bad.add(n + ": " + f.length + " columns");
            }
            for (String field : f) {
                if (!field.equals(field.strip())) {
                    bad.add(n + ": stray space or carriage return in '" + field + "'");
                }
            }
        }
        assertThat(bad).as(file).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("files")
    void onlyPeoplesEndAndNoteMayBeEmpty(String file) throws IOException {
        List<String> header = ActorKnowledge.HEADERS.get(file);
        List<String> bad = new ArrayList<>();
        for (List<String> row : dataRows(file)) {
            for (int i = 0; i < row.size() && i < header.size(); i++) {
                boolean optional = file.equals(ActorKnowledge.PEOPLE) && (header.get(i).equals("end") || header.get(i).equals("note"));
                if (row.get(i).isEmpty() && !optional) {
                    bad.add(row.get(0) + ": empty " + header.get(i) + " (write - for none)");
                }
            }
        }
        assertThat(bad).as(file).isEmpty();
    }

    @Test
    void filesAreSortedAsTheirHeadersSay() throws IOException {
        assertSorted(ActorKnowledge.AGENTS, Comparator.comparing(r -> r.get(0)));
        assertSorted(ActorKnowledge.COUNTRIES, Comparator.comparing(r -> r.get(0)));
        assertSorted(ActorKnowledge.ORGANIZATIONS, Comparator.comparing(r -> r.get(0)));
        assertSorted(ActorKnowledge.AMBIGUOUS_NAMES, Comparator.comparing(r -> sortKey(r.get(0))));
        assertSorted(ActorKnowledge.SECTORS, Comparator.<List<String>, String>comparing(r -> r.get(1))
                .thenComparing(r -> r.get(2)).thenComparing(r -> sortKey(r.get(0))).thenComparing(r -> r.get(0)));
        // international office holders ("-") go last
        Function<List<String>, String> country = r -> r.get(2).equals("-") ? "~" : r.get(2);
        assertSorted(ActorKnowledge.PEOPLE, Comparator.comparing(country)
                .thenComparing(r -> sortKey(r.get(0))).thenComparing(r -> r.get(6)));
    }

    /** Alphabetical order ignores case and accents. */
    private static String sortKey(String name) {
        return Names.key(name).toLowerCase(Locale.ROOT);
    }

    private static void assertSorted(String file, Comparator<List<String>> order) throws IOException {
        List<List<String>> rows = dataRows(file);
        for (int i = 1; i < rows.size(); i++) {
            assertThat(order.compare(rows.get(i - 1), rows.get(i)))
                    .as(file + ": '" + rows.get(i - 1).get(0) + "' should not come before '" + rows.get(i).get(0) + "'")
                    .isLessThanOrEqualTo(0);
        }
    }

    // ------------------------------------------------------------------ consistency of the bundled knowledge

    @Test
    void keysAreUnique() {
        assertThat(KnowledgeCheck.duplicateKeys(knowledge)).isEmpty();
    }

    @Test
    void codesAreWellFormed() {
        assertThat(KnowledgeCheck.malformedCodes(knowledge)).isEmpty();
    }

    @Test
    void everySectorIsADeclaredAgentCode() {
        assertThat(KnowledgeCheck.unknownAgents(knowledge)).isEmpty();
    }

    @Test
    void everyReferencedCountryExists() {
        assertThat(KnowledgeCheck.unknownCountries(knowledge)).isEmpty();
    }

    @Test
    void everyStatePairNamesTwoKnownStates() {
        assertThat(ResolverWords.bundled().statePairs()).isNotEmpty().allSatisfy((name, states) -> {
            assertThat(states).as(name).hasSize(2).doesNotHaveDuplicates();
            assertThat(states).as(name).allMatch(iso -> knowledge.countryByIso3(iso).isPresent());
        });
    }

    @Test
    void everyReferencedOrganisationExistsAndParentsDoNotLoop() {
        assertThat(KnowledgeCheck.unknownOrganizations(knowledge)).isEmpty();
    }

    @Test
    void officesEndAfterTheyStart() {
        assertThat(KnowledgeCheck.badDates(knowledge)).isEmpty();
    }

    @Test
    void noCountryNameIsSharedUnlessListedAsAmbiguous() {
        assertThat(KnowledgeCheck.countryNameCollisions(knowledge)).isEmpty();
    }

    @Test
    void noOrganisationNameIsShared() {
        assertThat(KnowledgeCheck.organizationNameCollisions(knowledge)).isEmpty();
    }

    @Test
    void aPersonsRowsAgreeOnAliases() {
        assertThat(KnowledgeCheck.inconsistentAliases(knowledge)).isEmpty();
    }

    @Test
    void noNameIsSharedByTwoPeopleInOfficeAtTheSameTime() {
        assertThat(KnowledgeCheck.sharedPersonNames(knowledge)).isEmpty();
    }

    @Test
    void everyUnMemberAndObserverAndTheDisputedStatesArePresent() {
        String members = "AFG AGO ALB AND ARE ARG ARM ATG AUS AUT AZE BDI BEL BEN BFA BGD BGR BHR BHS BIH BLR BLZ BOL BRA"
                + " BRB BRN BTN BWA CAF CAN CHE CHL CHN CIV CMR COD COG COL COM CPV CRI CUB CYP CZE DEU DJI DMA DNK DOM DZA"
                + " ECU EGY ERI ESP EST ETH FIN FJI FRA FSM GAB GBR GEO GHA GIN GMB GNB GNQ GRC GRD GTM GUY HND HRV HTI HUN"
                + " IDN IND IRL IRN IRQ ISL ISR ITA JAM JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA"
                + " LSO LTU LUX LVA MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MOZ MRT MUS MWI MYS NAM NER NGA NIC"
                + " NLD NOR NPL NRU NZL OMN PAK PAN PER PHL PLW PNG POL PRK PRT PRY QAT ROU RUS RWA SAU SDN SEN SGP SLB SLE"
                + " SLV SMR SOM SRB SSD STP SUR SVK SVN SWE SWZ SYC SYR TCD TGO THA TJK TKM TLS TON TTO TUN TUR TUV TZA UGA"
                + " UKR URY USA UZB VCT VEN VNM VUT WSM YEM ZAF ZMB ZWE";
        List<String> wanted = new ArrayList<>(Arrays.asList(members.split(" ")));
        assertThat(wanted).hasSize(193);
        wanted.addAll(List.of("VAT", "PSE", "XKX", "TWN", "ESH"));
        assertThat(wanted).allSatisfy(iso -> assertThat(knowledge.countryByIso3(iso)).as(iso).isPresent());
        assertThat(knowledge.countries()).hasSizeGreaterThanOrEqualTo(249);
    }

    @Test
    void theFilesHoldTheirCoreContent() {
        assertThat(knowledge.organizations()).hasSizeGreaterThan(200);
        assertThat(knowledge.sectorTerms()).hasSizeGreaterThan(500);
        assertThat(knowledge.offices()).hasSizeGreaterThan(500);
        assertThat(knowledge.agents()).extracting(Agent::code)
                .contains("GOV", "MIL", "COP", "JUD", "REB", "INS", "OPP", "CVL", "MED", "BUS", "LEG", "ELI", "HLH", "EDU",
                        "REF", "LAB", "AGR", "CRM", "SPY", "UAF", "IGO", "NGO", "REL", "MOD", "RAD", "PTY", "IMG");
    }

    // ------------------------------------------------------------------ behaviour

    @Nested
    class Countries {

        @ParameterizedTest
        @CsvSource(delimiter = ';', value = {
                "Serbian;SRB;ADJECTIVE", "Serbs;SRB;DEMONYM", "Belgrade;SRB;SEAT_OF_POWER", "Serbia;SRB;NAME",
                "Kosovar;XKX;ADJECTIVE", "Kosovo Albanians;XKX;DEMONYM", "Pristina;XKX;SEAT_OF_POWER", "Prishtina;XKX;SEAT_OF_POWER",
                "the Kremlin;RUS;SEAT_OF_POWER", "Kremlin;RUS;SEAT_OF_POWER", "Moscow;RUS;SEAT_OF_POWER",
                "the White House;USA;SEAT_OF_POWER", "Downing Street;GBR;SEAT_OF_POWER", "Zhongnanhai;CHN;SEAT_OF_POWER",
                "Élysée;FRA;SEAT_OF_POWER", "Elysee;FRA;SEAT_OF_POWER", "Burma;MMR;OTHER_NAME", "Ivory Coast;CIV;OTHER_NAME",
                "Côte d’Ivoire;CIV;NAME", "COTE  D'IVOIRE;CIV;NAME", "Turkey;TUR;OTHER_NAME", "Türkiye;TUR;NAME",
                "South Korea;KOR;NAME", "Republic of Korea;KOR;OTHER_NAME", "Czech Republic;CZE;OTHER_NAME",
                "Bosnian Serb;BIH;ADJECTIVE", "Palestinians;PSE;DEMONYM", "Taiwanese;TWN;ADJECTIVE", "Sahrawi;ESH;ADJECTIVE",
                "US;USA;OTHER_NAME", "U.S.;USA;OTHER_NAME", "Congo;COD;OTHER_NAME", "Congolese;COD;ADJECTIVE",
                "Dominican;DOM;ADJECTIVE", "Serbia's;SRB;NAME", "Kyiv;UKR;SEAT_OF_POWER", "Kiev;UKR;SEAT_OF_POWER"})
        void codeNamesAdjectivesDemonymsAndSeats(String text, String iso3, Country.NameKind kind) {
            assertThat(knowledge.countryMatch(text)).as(text)
                    .hasValueSatisfying(m -> {
                        assertThat(m.country().iso3()).isEqualTo(iso3);
                        assertThat(m.kind()).isEqualTo(kind);
                    });
        }

        @ParameterizedTest
        @CsvSource({"us", "who", "male", "Brussels", "The Hague", "Victoria", "Korean", "states"})
        void leaveWordsThatAreNotCountriesUncoded(String text) {
            assertThat(knowledge.countryByName(text)).as(text).isEmpty();
        }

        @Test
        void findCountriesByCode() {
            assertThat(knowledge.countryByIso3("xkx")).map(Country::name).hasValue("Kosovo");
            assertThat(knowledge.countryByIso2("XK")).map(Country::iso3).hasValue("XKX");
            assertThat(knowledge.countryByIso3("SRB")).map(Country::capitals).hasValue(List.of("Belgrade"));
            assertThat(knowledge.countryByIso3("ZZZ")).isEmpty();
        }
    }

    @Nested
    class Organizations {

        @Test
        void aMissionCodesAsItsParent() {
            assertThat(knowledge.organizationByName("KFOR")).hasValueSatisfying(o -> {
                assertThat(o.canonical()).isEqualTo("NATO");
                assertThat(o.sector()).isEqualTo("MIL");
                assertThat(o.parent()).isEqualTo("NATO");
                assertThat(o.country()).isNull();
            });
            assertThat(knowledge.organizationByName("UNIFIL")).map(Organization::canonical).hasValue("UN");
        }

        @ParameterizedTest
        @CsvSource({"alliance,NATO", "the alliance,NATO", "Nato,NATO", "North Atlantic Treaty Organization,NATO",
                "Brussels,EU", "UN refugee agency,UNHCR", "WHO,WHO", "Doctors Without Borders,MSF",
                "Médecins Sans Frontières,MSF", "Red Crescent,IFRC", "Daesh,Islamic State", "ISIL,Islamic State",
                "Ansar Allah,Houthis", "Rapid Support Forces,RSF", "Hayat Tahrir al-Sham,HTS", "PKK,PKK"})
        void namesGiveTheCanonicalName(String text, String canonical) {
            assertThat(knowledge.organizationByName(text)).as(text).map(Organization::canonical).hasValue(canonical);
        }

        @Test
        void armedGroupsCarryTheirCountryAndSector() {
            assertThat(knowledge.organizationByName("Houthis")).hasValueSatisfying(o -> {
                assertThat(o.country()).isEqualTo("YEM");
                assertThat(o.sector()).isEqualTo("REB");
            });
            assertThat(knowledge.organizationByName("Islamic State")).map(Organization::sector).hasValue("IMG");
            assertThat(knowledge.organizationByName("Taliban government")).map(Organization::sector).hasValue("GOV");
            assertThat(knowledge.organizationByName("the Pentagon")).hasValueSatisfying(o -> {
                assertThat(o.canonical()).isNull();
                assertThat(o.country()).isEqualTo("USA");
                assertThat(o.sector()).isEqualTo("MIL");
            });
        }

        @ParameterizedTest
        @CsvSource({"who", "is", "Reporters", "union"})
        void commonWordsAreNotOrganisations(String text) {
            assertThat(knowledge.organizationByName(text)).as(text).isEmpty();
        }
    }

    @Nested
    class Sectors {

        @ParameterizedTest
        @CsvSource({"troops,MIL", "soldier,MIL", "soldiers,MIL", "tanks,MIL", "police,COP", "patrol,COP",
                "security forces,COP", "court,JUD", "prosecutors,JUD", "rebels,REB", "militants,REB", "gunmen,REB",
                "militia,UAF", "protesters,OPP", "journalists,MED", "companies,BUS", "villagers,CVL", "refugees,REF",
                "lawmakers,LEG", "MPs,LEG", "government,GOV", "spokesman,GOV", "peacekeepers,IGO"})
        void nounsGiveTheirSector(String term, String sector) {
            assertThat(knowledge.sectorTerm(term, SectorTerm.Kind.NOUN)).as(term).map(SectorTerm::sector).hasValue(sector);
        }

        @ParameterizedTest
        @CsvSource({"President,GOV", "Prime Minister,GOV", "Foreign Minister,GOV", "Spokesman,GOV", "General,MIL",
                "Gen.,MIL", "Judge,JUD", "Senator,LEG", "Pope,REL"})
        void titlesGiveTheirSector(String term, String sector) {
            assertThat(knowledge.sectorTerm(term, SectorTerm.Kind.TITLE)).as(term).map(SectorTerm::sector).hasValue(sector);
        }

        @Test
        void aTermIsReadAsANounBeforeATitle() {
            assertThat(knowledge.sectorTerm("president")).map(SectorTerm::kind).hasValue(SectorTerm.Kind.NOUN);
            assertThat(knowledge.sectorTerm("Gen.")).map(SectorTerm::kind).hasValue(SectorTerm.Kind.TITLE);
            assertThat(knowledge.sectorTerm("weather")).isEmpty();
        }
    }

    @Nested
    class People {

        @Test
        void aPersonWhoseOfficeChangedIsCodedWithTheOfficeOfTheDay() {
            assertThat(knowledge.offices("Vucic", LocalDate.of(2016, 3, 1)))
                    .extracting(Office::office).containsExactly("Prime Minister");
            assertThat(knowledge.offices("Vučić", LocalDate.of(2020, 3, 1)))
                    .extracting(Office::office).containsExactly("President");
            assertThat(knowledge.offices("Aleksandar Vučić", LocalDate.of(2010, 1, 1))).isEmpty();
        }

        @Test
        void anInternationalOfficeHasAnOrganisationAndNoCountry() {
            assertThat(knowledge.offices("Stoltenberg", LocalDate.of(2020, 6, 1))).singleElement().satisfies(o -> {
                assertThat(o.organization()).isEqualTo("NATO");
                assertThat(o.sector()).isEqualTo("IGO");
                assertThat(o.country()).isNull();
            });
            assertThat(knowledge.offices("Stoltenberg", LocalDate.of(2025, 6, 1))).singleElement().satisfies(o -> {
                assertThat(o.country()).isEqualTo("NOR");
                assertThat(o.office()).isEqualTo("Finance Minister");
            });
        }

        @Test
        void onAHandoverDayOnlyTheSuccessorHoldsTheOffice() {
            LocalDate handover = LocalDate.of(2024, 10, 1);
            assertThat(knowledge.offices("Mark Rutte", handover)).extracting(Office::office)
                    .containsExactly("NATO Secretary General");
            assertThat(knowledge.offices("Jens Stoltenberg", handover)).isEmpty();
        }

        @Test
        void aliasesAndSpellingsFindThePerson() {
            LocalDate d = LocalDate.of(2023, 1, 1);
            for (String name : List.of("Zelensky", "Zelenskyy", "ZELENSKIY", "Volodymyr Zelenskyy")) {
                assertThat(knowledge.offices(name, d)).as(name).extracting(Office::person)
                        .containsExactly("Volodymyr Zelenskyy");
            }
            assertThat(knowledge.offices("Kurti", LocalDate.of(2022, 1, 1))).singleElement()
                    .satisfies(o -> assertThat(o.country()).isEqualTo("XKX"));
            assertThat(knowledge.offices("Jolani", LocalDate.of(2025, 6, 1))).singleElement()
                    .satisfies(o -> assertThat(o.office()).isEqualTo("President"));
        }

        @Test
        void validOnIncludesTheStartAndExcludesTheEnd() {
            Office o = new Office("A", List.of(), "SRB", null, "GOV", "Minister", LocalDate.of(2020, 1, 1),
                    LocalDate.of(2021, 1, 1), null);
            assertThat(o.validOn(LocalDate.of(2019, 12, 31))).isFalse();
            assertThat(o.validOn(LocalDate.of(2020, 1, 1))).isTrue();
            assertThat(o.validOn(LocalDate.of(2020, 12, 31))).isTrue();
            assertThat(o.validOn(LocalDate.of(2021, 1, 1))).isFalse();
            Office open = new Office("A", List.of(), "SRB", null, "GOV", "Minister", LocalDate.of(2020, 1, 1), null, "~ start");
            assertThat(open.validOn(LocalDate.of(2999, 1, 1))).isTrue();
            assertThat(open.approximate()).isTrue();
            assertThat(o.approximate()).isFalse();
        }
    }

    @Test
    void namesIgnoreAccentsApostrophesSpacingCaseAndALeadingThe() {
        assertThat(Names.key("  The  Côte d’Ivoire ")).isEqualTo("cote d'ivoire");
        assertThat(Names.key("Đukanović")).isEqualTo(Names.key("Dukanovic"));
        assertThat(Names.key("Yıldırım")).isEqualTo("yildirim");
        assertThat(Names.key("Bosnia–Herzegovina")).isEqualTo("bosnia-herzegovina");
        assertThat(Names.key("US")).isEqualTo("US").isNotEqualTo(Names.key("us"));
        assertThat(Names.key("NATO")).isEqualTo(Names.key("Nato"));
        assertThat(Names.key("U.S.")).isEqualTo("U.S.");
        assertThat(Names.key(null)).isEmpty();
    }

    // ------------------------------------------------------------------ the checks and the loader can fail

    /** Minimal valid files; each negative test spoils one of them. */
    private static final String AGENTS = "code\tdescription\nGOV\tGovernment\nMIL\tMilitary\n";
    private static final String COUNTRIES = "iso3\tiso2\tname\tother_names\tadjectives\tdemonyms\tcapital\tseats_of_power\n"
            + "SRB\tRS\tSerbia\t-\tSerbian\tSerbs\tBelgrade\tBelgrade\n"
            + "XKX\tXK\tKosovo\t-\tKosovar\tKosovars\tPristina\tPristina\n";
    private static final String ORGANIZATIONS = "key\tcanonical\tnames\tparent\tsector\tcountry\n"
            + "NATO\tNATO\tNATO|the alliance\t-\tGOV\t-\n";
    private static final String SECTORS = "term\tsector\tkind\ntroops\tMIL\tnoun\n";
    private static final String PEOPLE = "person\taliases\tcountry\torganization\tsector\toffice\tstart\tend\tnote\n"
            + "Ana Brnabic\tBrnabic\tSRB\t-\tGOV\tPrime Minister\t2017-06-29\t2024-05-02\t\n";
    private static final String AMBIGUOUS = "name\tcountries\tpreferred\treason\n";

    private static ActorKnowledge from(String agents, String countries, String organizations, String sectors,
                                       String people, String ambiguous) {
        return ActorKnowledge.load(new StringReader(agents), new StringReader(countries), new StringReader(organizations),
                new StringReader(sectors), new StringReader(people), new StringReader(ambiguous));
    }

    @Test
    void theMinimalFilesAreClean() {
        ActorKnowledge k = from(AGENTS, COUNTRIES, ORGANIZATIONS, SECTORS, PEOPLE, AMBIGUOUS);
        assertThat(KnowledgeCheck.problems(k)).isEmpty();
        assertThat(k.countryByName("Serbian")).map(Country::iso3).hasValue("SRB");
    }

    @Test
    void checksReportWhatIsWrong() {
        ActorKnowledge k = from(AGENTS + "GOV\tagain\n",
                COUNTRIES + "SRB\tRX\tSerbia again\t-\t-\t-\t-\t-\nALB\tAL\tAlbania\t-\tKosovar\t-\t-\t-\n",
                ORGANIZATIONS + "KFOR\tNATO\tKFOR|the alliance\tSHAPE\tMIL\tZZZ\n",
                SECTORS + "rebels\tREB\tnoun\n",
                PEOPLE + "Ana Brnabic\tBrnabic\tSRB\t-\tGOV\tPrime Minister\t2017-06-29\t2017-01-01\t\n"
                        + "Ana Other\tBrnabic\tSRB\tNOPE\tGOV\tMinister\t2018-01-01\t\t\n",
                AMBIGUOUS + "Serbs\tSRB|XKX\tSRB\tnot shared at all\n");
        assertThat(KnowledgeCheck.duplicateKeys(k)).anyMatch(p -> p.contains("agent code: GOV"))
                .anyMatch(p -> p.contains("iso3: SRB")).anyMatch(p -> p.contains("office: Ana Brnabic / Prime Minister"));
        assertThat(KnowledgeCheck.unknownAgents(k)).anyMatch(p -> p.contains("unknown sector REB"));
        assertThat(KnowledgeCheck.unknownCountries(k)).anyMatch(p -> p.contains("unknown country ZZZ"));
        assertThat(KnowledgeCheck.unknownOrganizations(k)).anyMatch(p -> p.contains("unknown parent SHAPE"))
                .anyMatch(p -> p.contains("unknown organisation NOPE"));
        assertThat(KnowledgeCheck.badDates(k)).anyMatch(p -> p.contains("is not before end"));
        assertThat(KnowledgeCheck.countryNameCollisions(k)).anyMatch(p -> p.contains("'kosovar' belongs to ALB, XKX"))
                .anyMatch(p -> p.contains("'Serbs' is not shared"));
        assertThat(KnowledgeCheck.organizationNameCollisions(k)).anyMatch(p -> p.contains("'alliance'"));
        assertThat(KnowledgeCheck.sharedPersonNames(k)).anyMatch(p -> p.contains("'brnabic' is shared"));
        assertThat(k.countryByName("Kosovar")).as("an unlisted shared name codes as neither").isEmpty();
    }

    @Test
    void anAmbiguityCanPreferOneCountryOrNone() {
        String countries = COUNTRIES + "ALB\tAL\tAlbania\t-\tAlbanian|Kosovar\t-\t-\t-\n";
        ActorKnowledge preferred = from(AGENTS, countries, ORGANIZATIONS, SECTORS, PEOPLE,
                AMBIGUOUS + "Kosovar\tALB|XKX\tXKX\ttest\n");
        assertThat(preferred.countryByName("Kosovar")).map(Country::iso3).hasValue("XKX");
        assertThat(KnowledgeCheck.countryNameCollisions(preferred)).isEmpty();
        ActorKnowledge none = from(AGENTS, countries, ORGANIZATIONS, SECTORS, PEOPLE, AMBIGUOUS + "Kosovar\tALB|XKX\t-\ttest\n");
        assertThat(none.countryByName("Kosovar")).isEmpty();
    }

    @Test
    void malformedFilesAreRejectedWithFileAndLine() {
        assertThatThrownBy(() -> from(AGENTS, COUNTRIES.replace("iso3\t", "iso\t"), ORGANIZATIONS, SECTORS, PEOPLE, AMBIGUOUS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("countries.tsv:1").hasMessageContaining("header");
        assertThatThrownBy(() -> from(AGENTS, COUNTRIES + "SRB\tRS\tSerbia\n", ORGANIZATIONS, SECTORS, PEOPLE, AMBIGUOUS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("countries.tsv:4").hasMessageContaining("columns");
        assertThatThrownBy(() -> from(AGENTS, COUNTRIES, ORGANIZATIONS, SECTORS, PEOPLE.replace("2017-06-29", "29/06/2017"), AMBIGUOUS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("people.tsv:2").hasMessageContaining("29/06/2017");
        assertThatThrownBy(() -> from(AGENTS, COUNTRIES, ORGANIZATIONS, SECTORS + "army\tMIL\tverb\n", PEOPLE, AMBIGUOUS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sectors.tsv:3");
        assertThatThrownBy(() -> from(AGENTS, COUNTRIES, ORGANIZATIONS, SECTORS, "", AMBIGUOUS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("people.tsv: no header");
    }

    @Test
    void aDirectoryReplacesOnlyTheFilesItHas(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(ActorKnowledge.PEOPLE), PEOPLE, StandardCharsets.UTF_8);
        ActorKnowledge k = ActorKnowledge.load(dir);
        assertThat(k.offices()).hasSize(1);
        assertThat(k.offices("Brnabic", LocalDate.of(2020, 1, 1))).extracting(Office::office).containsExactly("Prime Minister");
        assertThat(k.offices("Vucic")).isEmpty();
        assertThat(k.countries()).hasSameSizeAs(knowledge.countries());
        assertThat(Set.copyOf(k.organizations())).isEqualTo(Set.copyOf(knowledge.organizations()));
    }
}
