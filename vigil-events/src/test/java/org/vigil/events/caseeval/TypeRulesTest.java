package org.vigil.events.caseeval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.events.caseeval.Events.event;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.model.Event;

/** The mapping from hand-made events, and from cue words alone, to the task's event types. */
class TypeRulesTest {

    /** A snippet with no cue word in it, so that only the events decide. */
    private static final String PLAIN = "Something took place there on Monday.";

    private static CaseEvaluation evaluation;

    @BeforeAll
    static void load() {
        evaluation = CaseEvaluation.load();
    }

    private static String type(List<Event> events) {
        return evaluation.classify(PLAIN, events, Subtask.THREE);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "195, AIR_STRIKE",
            "1951, AIR_STRIKE",
            "194, ART_MISS_ATTACK",
            "1831, SUIC_BOMB",
            "1833, REM_EXPLOS",
            "2041, CHEM_WEAP",
            "1821, SEX_VIOL",
            "181, ABDUCT_DISSAP",
            "173, ARREST",
            "141, PEACE_PROTEST",
            "143, PEACE_PROTEST",
            "145, VIOL_DEMONSTR",
            "057, AGREEMENT",
            "0871, AGREEMENT",
            "036, AGREEMENT",
            "154, CHANGE_TO_GROUP_ACT",
            "1712, PROPERTY_DISTRUCT",
            "015, ATTRIB",
            "016, ATTRIB",
            "163, DIPLO",
            "111, DIPLO",
            "042, DIPLO",
            "186, ATTACK",
            "202, ATTACK",
            "190, ARMED_CLASH",
            "174, OTHER",
    })
    void aCodeAloneGivesItsType(String cameo, String label) {
        assertThat(type(List.of(event(cameo)))).isEqualTo(label);
    }

    @Test
    void protestTypesDependOnWhatElseHappened() {
        assertThat(type(List.of(event("141"), event("173")))).isEqualTo("PROTEST_WITH_INTER");
        assertThat(type(List.of(event("141"), event("175")))).isEqualTo("PROTEST_WITH_INTER");
        assertThat(type(List.of(event("141"), event("190")))).isEqualTo("FORCE_AGAINST_PROTEST");
        assertThat(type(List.of(event("1411"), event("182")))).isEqualTo("FORCE_AGAINST_PROTEST");
        assertThat(type(List.of(event("145"), event("173")))).isEqualTo("VIOL_DEMONSTR");
    }

    @Test
    void sectorsDecideWhoTookTerritoryAndWhetherForceHitCivilians() {
        assertThat(type(List.of(event("192", "MIL", "REB")))).isEqualTo("GOV_REGAINS_TERIT");
        assertThat(type(List.of(event("192", "GOV", null)))).isEqualTo("GOV_REGAINS_TERIT");
        assertThat(type(List.of(event("192", "REB", "MIL")))).isEqualTo("NON_STATE_ACTOR_OVERTAKES_TER");
        assertThat(type(List.of(event("190", "REB", "CVL")))).isEqualTo("ATTACK");
        assertThat(type(List.of(event("193", "REB", "MIL")))).isEqualTo("ARMED_CLASH");
    }

    @Test
    void wordsRefineWhatTheCodesLeaveOpen() {
        assertThat(evaluation.classify("Police arrested 12 members of a drug cartel.", List.of(event("173")),
                Subtask.THREE)).isEqualTo("ORG_CRIME");
        assertThat(evaluation.classify("Warplanes pounded the village.", List.of(event("190")), Subtask.THREE))
                .isEqualTo("AIR_STRIKE");
        assertThat(evaluation.classify("Government forces retook the town from the rebels.",
                List.of(event("192")), Subtask.THREE)).isEqualTo("GOV_REGAINS_TERIT");
        assertThat(evaluation.classify("Rebels captured the town from the army.", List.of(event("192")),
                Subtask.THREE)).isEqualTo("NON_STATE_ACTOR_OVERTAKES_TER");
    }

    @Test
    void eventsThatDidNotOrMightHappenAreLeftOut() {
        assertThat(type(List.of(Events.negated("195")))).isEqualTo("ARMED_CLASH");
        assertThat(type(List.of(Events.hypothetical("1831")))).isEqualTo("ARMED_CLASH");
        assertThat(type(List.of(Events.negated("195"), event("173")))).isEqualTo("ARREST");
    }

    @Test
    void withNoEventTheCueWordsDecide() {
        assertThat(evaluation.classify("Two suicide bombers blew themselves up near a checkpoint.", List.of(),
                Subtask.THREE)).isEqualTo("SUIC_BOMB");
        assertThat(evaluation.classify("Police fired tear gas to disperse the protesters.", List.of(),
                Subtask.THREE)).isEqualTo("PROTEST_WITH_INTER");
        assertThat(evaluation.classify("A strong earthquake struck the island.", List.of(), Subtask.THREE))
                .isEqualTo("NATURAL_DISASTER");
        assertThat(evaluation.classify("Soldiers defused two bombs found in a car.", List.of(), Subtask.THREE))
                .isEqualTo("DISR_WEAP");
        assertThat(evaluation.classify("Rebel-held areas were quiet.", List.of(), Subtask.THREE))
                .as("a hyphenated word is one word: no 'held', so no arrest").isNotEqualTo("ARREST");
    }

    @Test
    void theDefaultIsTheMostFrequentAcledType() {
        assertThat(type(List.of())).isEqualTo("ARMED_CLASH");
        assertThat(type(List.of(event("010")))).isEqualTo("ARMED_CLASH");
    }

    @Test
    void aSubtaskOnlyGivesItsOwnTypes() {
        assertThat(type(List.of(event("163")))).isEqualTo("DIPLO");
        assertThat(evaluation.classify(PLAIN, List.of(event("163")), Subtask.ONE)).isEqualTo("ARMED_CLASH");
        String quake = "A strong earthquake struck the island.";
        assertThat(evaluation.classify(quake, List.of(), Subtask.TWO)).isEqualTo("NATURAL_DISASTER");
        assertThat(evaluation.classify(quake, List.of(), Subtask.ONE)).isNotEqualTo("NATURAL_DISASTER");
    }
}
