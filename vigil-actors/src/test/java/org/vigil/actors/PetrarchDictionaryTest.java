package org.vigil.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.model.Actor;
import org.vigil.model.ActorMention;
import org.vigil.model.AnnotatedDocument;

/** PETRARCH/TABARI actor and agent dictionaries: reading them, decoding their codes, and resolving with them. */
class PetrarchDictionaryTest {

    private static ActorKnowledge knowledge;
    private static CameoCodes codes;

    /** A small actor dictionary in the Phoenix format, with the constructs the real files use. */
    static final String ACTORS = """
            # a comment line
            SERBIA_  [SRB]
            +SERBIAN_
            +BELGRADE_   ; the capital
            ALEKSANDAR_VUCIC_  ; CountryInfo.txt
            +VUCIC_
            \t[SRBGOV >20120727]
            \t[SRBELI]
            JAVIER_SOLANA_\t[IGOEUREEC 950701-951231][IGOWSTNAT 951205-991006] # two offices on one line
            KWAME_OSEI-BONSU_ [GHAGOV]
            JENS_STOLTENBERG_ [NORGOV]
            GHOST_
            \t[XXXGOV 20121207-20120802]
            NATO_
            +NORTH_ATLANTIC_TREATY_ORGANIZATION_
            \t[IGOWSTNAT]
            """;

    /** A small agent dictionary: a substitution set, regular and explicit plurals, a code put before the actor. */
    static final String AGENTS = """
            !PERSON! = MAN, MEN, WOMAN
            POLICE!PERSON! [~COP]
            SOLDIER [~MIL]
            ARMY {} [~MIL]
            ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]
            MILITIA [~UAF]
            BOSS [~BUS] # a comment
            HUMAN_RIGHTS_ACTIVISTS  [HRI~]
            NOCODE
            """;

    @BeforeAll
    static void load() {
        knowledge = ActorKnowledge.load();
        codes = CameoCodes.bundled(knowledge);
    }

    static PetrarchLexicon snippetLexicon() {
        return new PetrarchLexicon(PetrarchActorReader.read(new StringReader(ACTORS), "test.actors").entries(),
                PetrarchAgentReader.read(new StringReader(AGENTS), "test.agents").entries(), codes);
    }

    @Nested
    class DateRestrictions {

        @ParameterizedTest
        @CsvSource(delimiter = ';', nullValues = "", value = {
                "SRBGOV >20120727;SRBGOV;2012-07-27;", "USAGOV <090120;USAGOV;;2009-01-20",
                "AFGGOV 331108-730717;AFGGOV;1933-11-08;1973-07-17", "EGYGOV > 140608;EGYGOV;2014-06-08;",
                "KIR;KIR;;"})
        void readDatesAsPetrarchDoes(String text, String code, LocalDate from, LocalDate to) {
            assertThat(DatedCode.parse(text)).isEqualTo(new DatedCode(code, from, to));
        }

        @Test
        void twoDigitYearsUpToThirtyAreThisCentury() {
            assertThat(DatedCode.date("300101")).isEqualTo(LocalDate.of(2030, 1, 1));
            assertThat(DatedCode.date("310101")).isEqualTo(LocalDate.of(1931, 1, 1));
            assertThat(DatedCode.date("2004017")).as("up to seven digits are YYMMDD").isEqualTo(LocalDate.of(2020, 4, 1));
            assertThat(DatedCode.date("19980324")).isEqualTo(LocalDate.of(1998, 3, 24));
        }

        @Test
        void rejectWhatPetrarchSkips() {
            assertThatThrownBy(() -> DatedCode.parse("MNEGOV 20121204")).hasMessageContaining("MNEGOV 20121204");
            assertThatThrownBy(() -> DatedCode.parse("EGYGOV 20121207-20120802")).hasMessageContaining("ends before");
            assertThatThrownBy(() -> DatedCode.parse("EGYGOV >20121332")).hasMessageContaining("not a date");
        }

        @Test
        void limitsAreInclusive() {
            DatedCode c = DatedCode.parse("AFGGOV 331108-730717");
            assertThat(c.appliesOn(LocalDate.of(1933, 11, 7))).isFalse();
            assertThat(c.appliesOn(LocalDate.of(1933, 11, 8))).isTrue();
            assertThat(c.appliesOn(LocalDate.of(1973, 7, 17))).isTrue();
            assertThat(c.appliesOn(LocalDate.of(1973, 7, 18))).isFalse();
        }

        @Test
        void theFirstRestrictionThatHoldsWinsElseTheDefaultElseNone() {
            PetrarchActor a = new PetrarchActor(List.of("X"), List.of(DatedCode.parse("AAAGOV >20100101"),
                    DatedCode.parse("AAAMIL 20090101-20110101"), DatedCode.parse("AAAELI")), "t:1");
            assertThat(a.codeOn(LocalDate.of(2010, 6, 1))).isEqualTo("AAAGOV");
            assertThat(a.codeOn(LocalDate.of(2009, 6, 1))).isEqualTo("AAAMIL");
            assertThat(a.codeOn(LocalDate.of(2000, 1, 1))).isEqualTo("AAAELI");
            PetrarchActor dated = new PetrarchActor(List.of("Y"), List.of(DatedCode.parse("BBBGOV >20100101")), "t:2");
            assertThat(dated.codeOn(LocalDate.of(2000, 1, 1))).isNull();
        }
    }

    @Nested
    class ReadingFiles {

        @Test
        void actorsWithSynonymsRestrictionsAndInlineCodes() {
            DictionaryRead<PetrarchActor> read = PetrarchActorReader.read(new StringReader(ACTORS), "test.actors");
            assertThat(read.entries()).extracting(a -> a.phrases().get(0)).containsExactly("SERBIA_",
                    "ALEKSANDAR_VUCIC_", "JAVIER_SOLANA_", "KWAME_OSEI-BONSU_", "JENS_STOLTENBERG_", "NATO_");
            assertThat(read.entries().get(0).phrases()).containsExactly("SERBIA_", "SERBIAN_", "BELGRADE_");
            PetrarchActor solana = read.entries().get(2);
            assertThat(solana.codeOn(LocalDate.of(1995, 8, 1))).isEqualTo("IGOEUREEC");
            assertThat(solana.codeOn(LocalDate.of(1998, 6, 1))).isEqualTo("IGOWSTNAT");
            assertThat(read.skipped()).anyMatch(s -> s.startsWith("test.actors:13:") && s.contains("ends before"))
                    .anyMatch(s -> s.startsWith("test.actors:12:") && s.contains("without a code"));
        }

        @Test
        void agentsWithPluralsAndSubstitutions() {
            DictionaryRead<PetrarchAgent> read = PetrarchAgentReader.read(new StringReader(AGENTS), "test.agents");
            assertThat(read.entries()).extracting(PetrarchAgent::phrase).containsExactly("POLICEMAN", "POLICEMEN",
                    "POLICEWOMAN", "SOLDIER", "SOLDIERS", "ARMY", "ATTORNEY_GENERAL", "ATTORNEYS_GENERAL", "MILITIA",
                    "MILITIAS", "BOSS", "BOSSES", "HUMAN_RIGHTS_ACTIVISTS", "HUMAN_RIGHTS_ACTIVISTSES");
            assertThat(read.entries()).filteredOn(a -> a.phrase().equals("HUMAN_RIGHTS_ACTIVISTS"))
                    .extracting(PetrarchAgent::code).containsExactly("HRI");
            assertThat(read.skipped()).singleElement().asString().startsWith("test.agents:9:");
        }

        @ParameterizedTest
        @CsvSource({"SOLDIER,SOLDIERS", "MILITARY,MILITARIES", "BOSS,BOSSES", "FOREIGN_MINISTER_,FOREIGN_MINISTERS"})
        void pluralsAsPetrarchMakesThem(String root, String plural) {
            assertThat(PetrarchAgentReader.plural(root)).isEqualTo(plural);
        }
    }

    @Nested
    class Codes {

        @ParameterizedTest
        @CsvSource(delimiter = ';', nullValues = "", value = {
                "SRB;SRB;;", "SRBGOVMIL;SRB;;GOV", "KSVMIL;XKX;;MIL", "IGOWSTNAT;;NATO;IGO", "IGOWSTNATMIL;;NATO;MIL",
                "IGOUNOKID;;UNICEF;IGO", "IGOUNOREFHCR;;UNHCR;IGO", "NGOHRIAMN;;Amnesty International;NGO",
                "NGOHRI;;;NGO", "MEAREB;;;REB", "~GOVFRM;;;GOV", "NGO~;;;NGO", "CHRCTH;;;REL", "USR;;;", "---;;;"})
        void readIntoVigilsFields(String code, String country, String organization, String sector) {
            assertThat(codes.decode(code)).isEqualTo(new CameoCodes.Decoded(country, organization, sector));
        }

        @Test
        void aTableEntryMustNameAKnownOrganisation() {
            String table = "code\tmeans\tvalue\tnote\nIGOXXX\torganization\tNOPE\tbad\n";
            assertThatThrownBy(() -> new CameoCodes(knowledge, new StringReader(table)))
                    .hasMessageContaining("cameo-codes.tsv:2").hasMessageContaining("NOPE");
        }
    }

    @Nested
    class Lexicon {

        @Test
        void phrasesMatchWordForWordWithVigilsNormalisation() {
            PetrarchLexicon lex = snippetLexicon();
            LocalDate day = LocalDate.of(2015, 1, 1);
            assertThat(lex.readings("Aleksandar Vučić", day)).singleElement().satisfies(r -> {
                assertThat(r.kind()).isEqualTo(Reading.Kind.CODED);
                assertThat(r.country()).isEqualTo("SRB");
                assertThat(r.sector()).isEqualTo("GOV");
                assertThat(r.source()).contains("test.actors:5").contains("[SRBGOV]");
            });
            assertThat(lex.readings("Vucic", LocalDate.of(2010, 1, 1))).singleElement()
                    .satisfies(r -> assertThat(r.sector()).isEqualTo("ELI"));
            assertThat(lex.readings("Serbian", day)).singleElement()
                    .satisfies(r -> assertThat(r.kind()).isEqualTo(Reading.Kind.COUNTRY));
            assertThat(lex.readings("the North Atlantic Treaty Organization", day)).singleElement()
                    .satisfies(r -> assertThat(r.organization()).isEqualTo("NATO"));
            assertThat(lex.readings("policemen", day)).singleElement().satisfies(r -> {
                assertThat(r.kind()).isEqualTo(Reading.Kind.ROLE);
                assertThat(r.sector()).isEqualTo("COP");
            });
            assertThat(lex.readings("Serbia's", day)).isNotEmpty();
            assertThat(lex.readings("Aleksandar", day)).isEmpty();
            assertThat(lex.readings("Serbian soldiers", day)).isEmpty();
        }

        @Test
        void aStateTheDictionaryDefinesCodesItsActors() {
            String dictionary = "GONDOR [GON]\n+MINAS_TIRITH\nGONDOR_GUARDS [GONMIL]\nMIDDLE_REALM_REBELS [MEAREB]\n";
            PetrarchLexicon lex = new PetrarchLexicon(PetrarchActorReader.read(new StringReader(dictionary), "t")
                    .entries(), List.of(), codes);
            LocalDate day = LocalDate.of(2020, 6, 1);
            assertThat(lex.readings("Minas Tirith", day).get(0).country()).isEqualTo("GON");
            assertThat(lex.readings("Gondor guards", day).get(0).country()).isEqualTo("GON");
            // a region code no entry stands for alone is still no state
            assertThat(lex.readings("Middle Realm rebels", day).get(0).country()).isNull();
        }

        @Test
        void modesStackOrReplace() {
            PetrarchLexicon petrarch = snippetLexicon();
            ActorLexicon vigil = KnowledgeLexicon.bundled();
            LocalDate day = LocalDate.of(2020, 6, 1);
            assertThat(PetrarchMode.parse(" Add ").combine(vigil, petrarch).readings("Jens Stoltenberg", day).get(0)
                    .organization()).isEqualTo("NATO");
            assertThat(PetrarchMode.parse("REPLACE").combine(vigil, petrarch).readings("Jens Stoltenberg", day).get(0)
                    .country()).isEqualTo("NOR");
            assertThat(PetrarchMode.ADD.combine(vigil, petrarch).readings("Kwame Osei-Bonsu", day).get(0).country())
                    .isEqualTo("GHA");
            assertThatThrownBy(() -> PetrarchMode.parse("merge")).hasMessageContaining("add or replace");
        }
    }

    @Nested
    class Resolving {

        private static final String TEXT = "Serbian soldiers guarded the border. Aleksandar Vucic met Kwame Osei-Bonsu "
                + "and Jens Stoltenberg in Belgrade.";

        private static Actor actor(List<ActorMention> mentions, String text) {
            return mentions.stream().map(ActorMention::actor).filter(a -> a.text().equals(text)).findFirst()
                    .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + mentions));
        }

        @Test
        void theDictionariesAloneCodeActorsAndAgents() {
            AnnotatedDocument doc = Pipeline.annotate(TEXT, LocalDate.of(2020, 6, 1));
            ActorResolver resolver = new ActorResolver(PetrarchMode.REPLACE.combine(KnowledgeLexicon.bundled(),
                    snippetLexicon()));
            List<ActorMention> mentions = resolver.apply(doc);
            assertThat(actor(mentions, "Serbian soldiers").code()).isEqualTo("SRBMIL");
            assertThat(actor(mentions, "Aleksandar Vucic").code()).isEqualTo("SRBGOV");
            assertThat(actor(mentions, "Aleksandar Vucic").person()).isEqualTo("Aleksandar Vucic");
            assertThat(actor(mentions, "Jens Stoltenberg").code()).isEqualTo("NORGOV");
            assertThat(actor(mentions, "Kwame Osei-Bonsu").code()).isEqualTo("GHAGOV");
        }

        @Test
        void addedDictionariesFillWhatVigilDoesNotKnow() {
            AnnotatedDocument doc = Pipeline.annotate(TEXT, LocalDate.of(2020, 6, 1));
            ActorResolver resolver = new ActorResolver(PetrarchMode.ADD.combine(KnowledgeLexicon.bundled(),
                    snippetLexicon()));
            List<ActorMention> mentions = resolver.apply(doc);
            assertThat(actor(mentions, "Jens Stoltenberg").code()).isEqualTo("NATO");
            assertThat(actor(mentions, "Kwame Osei-Bonsu").code()).isEqualTo("GHAGOV");
            assertThat(actor(mentions, "Aleksandar Vucic").person()).isEqualTo("Aleksandar Vučić");
        }
    }

    @Nested
    class PhoenixFiles {

        private static PetrarchLexicon phoenix;
        private static final LocalDate DAY = LocalDate.of(2023, 9, 30);

        @BeforeAll
        static void loadPhoenix() {
            Path dir = Path.of(System.getProperty("vigil.shared", "../shared"), "eval", "petrarch2", "dictionaries");
            List<Path> actors = List.of(dir.resolve("Phoenix.Countries.actors.txt"),
                    dir.resolve("Phoenix.International.actors.txt"), dir.resolve("Phoenix.MilNonState.actors.txt"));
            Path agents = dir.resolve("Phoenix.agents.txt");
            assumeTrue(actors.stream().allMatch(Files::isRegularFile) && Files.isRegularFile(agents),
                    "Phoenix dictionaries not present in " + dir);
            DictionaryRead<PetrarchActor> countries = PetrarchActorReader.read(actors.get(0));
            assertThat(countries.entries()).hasSizeGreaterThan(15_000);
            assertThat(countries.skipped()).hasSizeLessThan(countries.entries().size() / 100);
            phoenix = PetrarchLexicon.load(actors, List.of(agents));
        }

        private static CameoCodes.Decoded first(String phrase, LocalDate day) {
            List<Reading> r = phoenix.readings(phrase, day);
            assertThat(r).as(phrase + " on " + day).isNotEmpty();
            return new CameoCodes.Decoded(r.get(0).country(), r.get(0).organization(), r.get(0).sector());
        }

        @Test
        void countriesPeopleAndOrganisations() {
            assertThat(first("Aleksandar Vucic", DAY)).isEqualTo(new CameoCodes.Decoded("SRB", null, "GOV"));
            assertThat(phoenix.readings("Aleksandar Vucic", LocalDate.of(2003, 1, 1))).as("no code applies").isEmpty();
            assertThat(first("Kosovo", DAY)).isEqualTo(new CameoCodes.Decoded("XKX", null, null));
            assertThat(first("NATO", DAY)).isEqualTo(new CameoCodes.Decoded(null, "NATO", "IGO"));
            assertThat(first("Hezbollah", DAY)).isEqualTo(new CameoCodes.Decoded("LBN", null, "REB"));
            assertThat(first("Kofi Annan", LocalDate.of(2003, 1, 1))).isEqualTo(new CameoCodes.Decoded(null, "UN", "IGO"));
            assertThat(first("Kofi Annan", DAY).sector()).isEqualTo("ELI");
        }

        @Test
        void agents() {
            assertThat(first("soldiers", DAY).sector()).isEqualTo("MIL");
            assertThat(first("policemen", DAY).sector()).isEqualTo("COP");
            assertThat(first("foreign minister", DAY).sector()).isEqualTo("GOV");
        }
    }
}
