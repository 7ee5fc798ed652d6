package org.vigil.events.casualty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.model.Actor;
import org.vigil.model.ActorMention;
import org.vigil.model.AnnotatedDocument;
import org.vigil.model.Casualty;
import org.vigil.model.Sentence;
import org.vigil.model.Token;
import org.vigil.model.TokenRange;

/**
 * Tolls read from sentences written for these tests. Each case lists every record expected, as
 * {@code kind count who}, with {@code -} for no one named and {@code @CODE} for the coded actor a fixture gives; a
 * missing, extra or different record fails it.
 */
class CasualtyExtractorTest {

    private static CasualtyExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new CasualtyExtractor();
    }

    /**
     * One sentence and what it must yield.
     *
     * @param text     the report body
     * @param actors   fixture actors: the words that name one, then its code (country + sector)
     * @param expected every record, formatted as {@link #format(Casualty)} does
     */
    record Case(String text, List<String[]> actors, List<String> expected) {
        @Override
        public String toString() {
            return text;
        }
    }

    private static Case expect(String text, String... expected) {
        return new Case(text, List.of(), List.of(expected));
    }

    private static Case withActor(String text, String words, String code, String... expected) {
        List<String[]> actors = new ArrayList<>();
        actors.add(new String[] {words, code});
        return new Case(text, actors, List.of(expected));
    }

    static Stream<Case> sentences() {
        return Stream.of(
                // Passives, with and without an agent.
                expect("Three gunmen were killed, and three were arrested.", "killed 3 gunmen", "arrested 3 gunmen"),
                expect("Twelve fighters were arrested by police on Monday.", "arrested 12 fighters"),
                expect("Two policemen and a civilian were killed in the ambush.",
                        "killed 2 policemen", "killed 1 civilian"),
                expect("Five militants were captured and two were killed.",
                        "arrested 5 militants", "killed 2 militants"),
                expect("Fifteen people have been reported missing after the flood.", "missing 15 people"),
                expect("Nine people, including four children, were killed.", "killed 9 people"),
                expect("At least 18 people were killed in suicide bombings at two markets.", "killed 18 people"),
                expect("More than 100 people were injured in the stampede.", "injured 100 people"),
                expect("About 300 people were evacuated from the area.", "displaced 300 people"),
                expect("Two children were abducted from the school.", "missing 2 children"),
                expect("A police officer was shot dead near the border.", "killed 1 police officer"),
                expect("John Smith was killed on Monday.", "killed 1 John Smith"),
                // Active verbs with objects, including participle clauses and shared objects.
                expect("The blast killed four soldiers and wounded seven civilians.",
                        "killed 4 soldiers", "injured 7 civilians"),
                expect("Gunmen attacked a checkpoint, killing four soldiers.", "killed 4 soldiers"),
                expect("Police detained 30 protesters in the capital.", "arrested 30 protesters"),
                expect("Gunmen killed and wounded dozens of people.", "killed 24 people", "injured 24 people"),
                expect("The bombing killed 5 people and wounded 7 others.", "killed 5 people", "injured 7 people"),
                expect("Troops killed three militants, while two soldiers were wounded.",
                        "killed 3 militants", "injured 2 soldiers"),
                expect("Soldiers shot dead two suspected smugglers.", "killed 2 smugglers"),
                expect("Militants gunned down a local journalist.", "killed 1 journalist"),
                expect("Israeli troops shot and killed a Palestinian teenager.", "killed 1 teenager"),
                expect("Police fired tear gas and arrested 15 demonstrators.", "arrested 15 demonstrators"),
                expect("Police rounded up 50 people after the riot.", "arrested 50 people"),
                expect("Rebels kidnapped five aid workers on Tuesday.", "missing 5 aid workers"),
                expect("Authorities evacuated 2,000 residents from the coast.", "displaced 2000 residents"),
                expect("The army said 20 insurgents were captured.", "arrested 20 insurgents"),
                expect("A bomb exploded in the market, killing three and injuring 15.", "killed 3 -", "injured 15 -"),
                // Intransitives and states.
                expect("At least 45 people died when the boat capsized.", "killed 45 people"),
                expect("Thousands of residents fled the city.", "displaced 2000 residents"),
                expect("Two journalists went missing in the north.", "missing 2 journalists"),
                expect("The attack left 12 people dead and 30 injured.", "killed 12 people", "injured 30 people"),
                expect("Clashes left one protester dead and 20 injured.", "killed 1 protester", "injured 20 -"),
                expect("The attack left 12 dead.", "killed 12 -"),
                expect("Officials said 12 were dead and 40 wounded.", "killed 12 -", "injured 40 -"),
                expect("Four soldiers killed in roadside blast.", "killed 4 soldiers"),
                // Nominals and tolls.
                expect("The clashes resulted in the deaths of at least 20 people.", "killed 20 people"),
                expect("The killing of three activists sparked protests.", "killed 3 activists"),
                expect("The arrest of 40 activists drew criticism.", "arrested 40 activists"),
                expect("The bodies of six people were found.", "killed 6 people"),
                expect("The death toll rose to 45.", "killed 45 -"),
                expect("A death toll of 45 was reported.", "killed 45 -"),
                expect("Two soldiers were killed, and the death toll rose to 45.", "killed 2 soldiers", "killed 45 -"),
                // Counts in words: round-number plurals are lower bounds, chains multiply.
                expect("Security forces arrested dozens of students.", "arrested 24 students"),
                expect("Scores of protesters were hurt in the clashes.", "injured 40 protesters"),
                expect("Hundreds of families fled their homes.", "displaced 200 families"),
                expect("The fighting has displaced thousands of villagers.", "displaced 2000 villagers"),
                expect("Tens of thousands of people have been displaced by the fighting.", "displaced 20000 people"),
                expect("A dozen protesters were detained.", "arrested 12 protesters"),
                expect("Several civilians were injured by shrapnel.", "injured 3 civilians"),
                expect("Eleven people were killed and an unspecified number wounded.", "killed 11 people"),
                expect("Police said two of the suspects were arrested.", "arrested 2 suspects"),
                expect("Jets struck the rebel positions, killing several of them.", "killed 3 -"),
                expect("Multiple militants were killed in the raid.", "killed 2 militants"),
                // Coded actors of those counted.
                withActor("Kosovo police arrested a Serbian citizen.", "Serbian citizen", "SRBCVL",
                        "arrested 1 citizen @SRBCVL"),
                withActor("The strike killed a Hamas commander.", "Hamas commander", "PSEREB",
                        "killed 1 Hamas commander @PSEREB"),
                withActor("Israeli forces detained 12 Palestinians in overnight raids.", "Palestinians", "PSE",
                        "arrested 12 Palestinians @PSE"),
                withActor("Protesters clashed with police, and 14 officers were hurt.", "officers", "USACOP",
                        "injured 14 officers @USACOP"),
                withActor("A Syrian soldier died of his wounds.", "Syrian soldier", "SYRMIL",
                        "killed 1 soldier @SYRMIL"),
                // Nothing happened, or it only might.
                expect("The earthquake could kill thousands of people."),
                expect("If the army attacks, hundreds of civilians will die."),
                expect("Officials fear the storm may displace 10,000 people."),
                expect("The rebels threatened to kill the hostages."),
                expect("No one was injured in the attack."),
                expect("No civilians were killed in the raid."),
                expect("No deaths were reported."),
                // Not people, so no arrest.
                expect("Rebels captured the town of Kafr Nabl."),
                expect("Customs officers seized two tonnes of cocaine."),
                // One man fleeing is no displacement.
                expect("The suspect fled the scene before police arrived."),
                expect("One person was hurt in the explosions and the bombings triggered panic among villagers.",
                        "injured 1 person"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void readsTheTolls(Case c) {
        AnnotatedDocument doc = Nlp.annotate(c.text());
        List<ActorMention> actors = c.actors().stream().map(a -> fixture(doc, a[0], a[1])).toList();
        List<Casualty> found = extractor.extract(doc, actors);
        assertThat(found).extracting(CasualtyExtractorTest::format).containsExactlyInAnyOrderElementsOf(c.expected());
        assertThat(found).allSatisfy(r -> assertThat(r.span().of(c.text())).as("span of " + format(r))
                .isNotBlank().satisfies(s -> assertThat(c.text()).contains(s)));
    }

    @Test
    void theSpanCoversTheStatement() {
        String text = "Three gunmen were killed, and three were arrested.";
        List<Casualty> found = extractor.extract(Nlp.annotate(text), List.of());
        assertThat(found).extracting(r -> r.span().of(text))
                .containsExactly("Three gunmen were killed", "three were arrested");
    }

    @Test
    void aTollRepeatedInTheArticleIsOneRecord() {
        String text = "A police officer was killed on Monday. The death of the police officer angered residents. "
                + "Three Serb gunmen died in the firefight. Later, three gunmen were killed, officials said.";
        assertThat(extractor.extract(Nlp.annotate(text), List.of())).extracting(CasualtyExtractorTest::format)
                .containsExactly("killed 1 police officer", "killed 3 gunmen");
    }

    @Test
    void distinctTollsOfTheSameSizeStayApart() {
        String text = "Two soldiers were killed on Monday. Two civilians were killed on Tuesday. "
                + "Two soldiers were arrested on Wednesday.";
        assertThat(extractor.extract(Nlp.annotate(text), List.of())).extracting(CasualtyExtractorTest::format)
                .containsExactly("killed 2 soldiers", "killed 2 civilians", "arrested 2 soldiers");
    }

    @Test
    void anActorCoveringTheCountedPeopleIsKeptWhenTheTollIsRestated() {
        String text = "Three gunmen were killed. The deaths of three Serb gunmen angered Belgrade.";
        AnnotatedDocument doc = Nlp.annotate(text);
        List<Casualty> found = extractor.extract(doc, List.of(fixture(doc, "Serb gunmen", "SRBREB")));
        assertThat(found).extracting(CasualtyExtractorTest::format).containsExactly("killed 3 gunmen @SRBREB");
    }

    static String format(Casualty c) {
        return c.kind() + " " + c.count() + " " + (c.who() == null ? "-" : c.who())
                + (c.actor() == null ? "" : " @" + c.actor().code());
    }

    /** An actor mention over the first run of tokens spelling these words, headed by the last of them. */
    static ActorMention fixture(AnnotatedDocument doc, String words, String code) {
        List<String> wanted = Arrays.asList(words.split(" "));
        for (Sentence s : doc.sentences()) {
            List<String> texts = s.tokens().stream().map(Token::text).toList();
            for (int i = 0; i + wanted.size() <= texts.size(); i++) {
                if (texts.subList(i, i + wanted.size()).equals(wanted)) {
                    int end = i + wanted.size();
                    Actor actor = new Actor(words, null, code.substring(0, 3), null,
                            code.length() > 3 ? code.substring(3) : null, null, code);
                    return new ActorMention(actor, new TokenRange(s.index(), i, end, end - 1), "fixture");
                }
            }
        }
        throw new AssertionError("no tokens spell '" + words + "'");
    }
}
