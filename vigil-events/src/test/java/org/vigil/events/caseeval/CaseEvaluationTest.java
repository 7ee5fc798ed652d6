package org.vigil.events.caseeval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.vigil.events.caseeval.Events.event;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.model.Event;

/**
 * The evaluation's arithmetic on seven hand-made snippets and a stub coder, worked by hand:
 *
 * <pre>
 * id text                          events  given             gold
 * a  Snippet one.                  195     AIR_STRIKE        AIR_STRIKE
 * b  Snippet two.                  195     AIR_STRIKE        ARMED_CLASH
 * c  Snippet three.                173     ARREST            ARREST
 * d  Snippet four.                 -       ARMED_CLASH (default) ARMED_CLASH
 * e  Snippet five.                 163     DIPLO             DIPLO             (subtask 3 only)
 * f  A strong earthquake struck.   -       NATURAL_DISASTER (cues) NATURAL_DISASTER (subtasks 2, 3)
 * g  Snippet seven.                173     ARREST            PEACE_PROTEST
 * </pre>
 *
 * AIR_STRIKE, ARMED_CLASH and ARREST each have F1 2/3; DIPLO and NATURAL_DISASTER 1; PEACE_PROTEST 0.
 */
class CaseEvaluationTest {

    private static final String TSV = """
            id\tEventSnippet\tSubType
            1\tSnippet one.\tAIR_STRIKE
            2\tSnippet two.\tARMED_CLASH
            3\tSnippet three.\tARREST
            4\tSnippet four.\tARMED_CLASH
            5\tSnippet five.\tDIPLO
            6\tA strong earthquake struck.\tNATURAL_DISASTER
            7\tSnippet seven.\tPEACE_PROTEST
            """;

    private static final Map<String, List<Event>> CODED = Map.of(
            "Snippet one.", List.of(event("195")),
            "Snippet two.", List.of(event("195")),
            "Snippet three.", List.of(event("173")),
            "Snippet five.", List.of(event("163")),
            "Snippet seven.", List.of(event("173")));

    private static final double TWO_THIRDS = 2.0 / 3;

    private static CaseEvaluation evaluation;

    @BeforeAll
    static void load() {
        evaluation = CaseEvaluation.load();
    }

    @TempDir
    Path dir;

    private List<CaseSnippet> snippets() throws IOException {
        Path tsv = dir.resolve("set.tsv");
        Files.writeString(tsv, TSV, StandardCharsets.UTF_8);
        return CaseSnippets.read(tsv);
    }

    private static final Function<String, List<Event>> STUB = text -> CODED.getOrDefault(text, List.of());

    @Test
    void scoresTheFullSet() throws IOException {
        Report r = evaluation.evaluate(snippets(), STUB).get(Subtask.THREE);

        assertThat(r.predictions()).extracting(Prediction::predicted).containsExactly("AIR_STRIKE", "AIR_STRIKE",
                "ARREST", "ARMED_CLASH", "DIPLO", "NATURAL_DISASTER", "ARREST");
        assertThat(r.predictions()).extracting(Prediction::basis).containsExactly(Basis.EVENTS, Basis.EVENTS,
                Basis.EVENTS, Basis.DEFAULT, Basis.EVENTS, Basis.CUES, Basis.EVENTS);
        assertThat(r.bases()).isEqualTo(Map.of(Basis.EVENTS, 5, Basis.CUES, 1, Basis.DEFAULT, 1));

        LabelScore air = score(r, "AIR_STRIKE");
        assertThat(air.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(air.recall()).isCloseTo(1.0, within(1e-9));
        assertThat(air.f1()).isCloseTo(TWO_THIRDS, within(1e-9));
        assertThat(air.gold()).isEqualTo(1);
        assertThat(air.predicted()).isEqualTo(2);
        LabelScore clash = score(r, "ARMED_CLASH");
        assertThat(clash.precision()).isCloseTo(1.0, within(1e-9));
        assertThat(clash.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(score(r, "PEACE_PROTEST").f1()).isZero();
        assertThat(score(r, "PEACE_PROTEST").predicted()).isZero();
        assertThat(score(r, "SUIC_BOMB").gold()).isZero();
        assertThat(r.labels()).hasSize(30);

        assertThat(r.weightedF1()).isCloseTo((3 * TWO_THIRDS + TWO_THIRDS + 2) / 7, within(1e-9));
        assertThat(r.macroF1()).isCloseTo((3 * TWO_THIRDS + 2) / 30, within(1e-9));
        assertThat(r.accuracy()).isCloseTo(5.0 / 7, within(1e-9));
        assertThat(r.errors()).containsExactly(new Confusion("ARMED_CLASH", "AIR_STRIKE", 1),
                new Confusion("PEACE_PROTEST", "ARREST", 1));
    }

    @Test
    void eachSubtaskScoresOnlyItsOwnSnippetsOverItsOwnLabels() throws IOException {
        Map<Subtask, Report> reports = evaluation.evaluate(snippets(), STUB);

        Report one = reports.get(Subtask.ONE);
        assertThat(one.predictions()).extracting(Prediction::id).containsExactly("1", "2", "3", "4", "7");
        assertThat(one.labels()).hasSize(25);
        assertThat(one.weightedF1()).isCloseTo(4 * TWO_THIRDS / 5, within(1e-9));
        assertThat(one.macroF1()).isCloseTo(3 * TWO_THIRDS / 25, within(1e-9));
        assertThat(one.accuracy()).isCloseTo(3.0 / 5, within(1e-9));

        Report two = reports.get(Subtask.TWO);
        assertThat(two.predictions()).extracting(Prediction::id).containsExactly("1", "2", "3", "4", "6", "7");
        assertThat(two.labels()).hasSize(28);
        assertThat(two.weightedF1()).isCloseTo((4 * TWO_THIRDS + 1) / 6, within(1e-9));
        assertThat(two.macroF1()).isCloseTo(3.0 / 28, within(1e-9));
    }

    @Test
    void codesEachSnippetOnce() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        evaluation.evaluate(snippets(), text -> {
            calls.incrementAndGet();
            return STUB.apply(text);
        });
        assertThat(calls).hasValue(7);
    }

    @Test
    void theReportShowsTheHeadlineTableAndErrors() throws IOException {
        String text = ReportText.format(evaluation.evaluate(snippets(), STUB));
        assertThat(text)
                .contains("subtask 3 (all 30 types), 7 snippets: weighted F1 66.7, macro F1 13.3, micro F1 71.4")
                .contains("decided by the coder's events 5, by cue words alone 1, by the default 1")
                .containsPattern("AIR_STRIKE +50\\.0 +100\\.0 +66\\.7 +1 +2")
                .contains("1  ARMED_CLASH -> AIR_STRIKE")
                .contains("subtask 1 (the 25 ACLED types), 5 snippets: weighted F1 53.3")
                .contains("subtask 2 (ACLED + crime and disasters, 28 types), 6 snippets: weighted F1 61.1");
    }

    @Test
    void rejectsLabelsTheTaskDoesNotHave() {
        List<CaseSnippet> bad = List.of(new CaseSnippet("1", "Snippet.", "RIOT"));
        assertThatThrownBy(() -> evaluation.evaluate(bad, STUB)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RIOT");
    }

    @Test
    void theReaderChecksTheLayout() throws IOException {
        assertThat(CaseSnippets.parse(new StringReader(TSV), "t.tsv")).hasSize(7).first()
                .isEqualTo(new CaseSnippet("1", "Snippet one.", "AIR_STRIKE"));
        for (String bad : List.of("id\tText\tSubType\n1\ta\tATTACK\n", "id\tEventSnippet\tSubType\n1\ta\n",
                "id\tEventSnippet\tSubType\n1\ta\tATTACK\n1\tb\tATTACK\n", "id\tEventSnippet\tSubType\n1\t \tATTACK\n",
                "")) {
            assertThatThrownBy(() -> CaseSnippets.parse(new StringReader(bad), "t.tsv")).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("t.tsv:");
        }
    }

    private static LabelScore score(Report r, String label) {
        return r.labels().stream().filter(s -> s.label().equals(label)).findFirst().orElseThrow();
    }
}
