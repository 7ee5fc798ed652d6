package org.vigil.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.AnnotatedDocument;
import org.vigil.model.Event;
import org.vigil.model.Layer;

/** The stage's contract: what it needs, and that every event it gives is complete and consistent. */
class EventCoderTest {
    private static final LocalDate REPORT = LocalDate.of(2024, 3, 15);
    private static final String TEXT = "Russian forces shelled Kharkiv on Tuesday. Ukraine accused Russia of "
            + "shelling a hospital. Russian forces shelled Kharkiv again, Ukrainian officials said.";

    @Test
    void declaresItsLayersAndRefusesADocumentWithoutThem() {
        EventCoder coder = Coding.coder();
        assertThat(coder.name()).isEqualTo("events");
        assertThat(coder.requires()).contains(Layer.DEPENDENCIES, Layer.LEMMAS, Layer.PART_OF_SPEECH);
        // The shipped coder's dictionary is widened through WordNet at load.
        assertThat(coder.patterns().all()).hasSizeGreaterThan(coder.patterns().written().size());
        AnnotatedDocument doc = Coding.annotate("Serbia attacked Kosovo.", REPORT);
        AnnotatedDocument bare = new AnnotatedDocument(doc.article(), EnumSet.of(Layer.TEXT, Layer.TOKENS),
                doc.sentences(), doc.entities(), doc.times(), doc.chains(), doc.quotes());
        assertThatThrownBy(() -> coder.code(bare, List.of())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("events needs layer");
    }

    @Test
    void applyAndCodeAgree() {
        AnnotatedDocument doc = Coding.annotate(TEXT, REPORT);
        var actors = Coding.actors().apply(doc);
        assertThat(Coding.coder().apply(new EventCoder.Input(doc, actors)))
                .isEqualTo(Coding.coder().code(doc, actors));
    }

    @Test
    void everyEventIsCompleteAndTakesItsValuesFromTheCodeTable() {
        AnnotatedDocument doc = Coding.annotate(TEXT, REPORT);
        List<Event> events = Coding.code(doc);
        CameoCodes codes = CameoCodes.load();
        assertThat(events).isNotEmpty().allSatisfy(e -> {
            CameoCode row = codes.get(e.cameo()).orElseThrow();
            assertThat(e.root()).isEqualTo(row.root());
            assertThat(e.goldstein()).isEqualTo(row.goldstein());
            assertThat(e.quadClass()).isEqualTo(row.quadClass());
            assertThat(e.plover()).isEqualTo(codes.plover(e.cameo()));
            assertThat(e.source()).isNotNull();
            assertThat(e.source().isUncoded()).isFalse();
            assertThat(e.location()).isNull();
            assertThat(e.confidence()).isBetween(0.0, 1.0);
            assertThat(e.rule()).startsWith("patterns.txt:");
            assertThat(e.dateBasis()).isIn("explicit", "relative", "report");
            assertThat(e.evidence()).isEqualTo(doc.sentences().get(e.sentence()).text(doc.article().text()));
            assertThat(doc.sentences().get(e.sentence()).span().contains(e.span())).isTrue();
        });
    }

    @Test
    void theSameEventTwiceIsOneEventThatSaysSo() {
        List<Event> events = Coding.code(TEXT, REPORT);
        // Tuesday's shelling is dated; the second report of a shelling falls on the report date, and says so.
        assertThat(events).filteredOn(e -> e.cameo().equals("194") && e.attributedTo() == null)
                .singleElement().satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2024, 3, 12)));
        List<Event> undated = events.stream().filter(e -> e.cameo().equals("194") && e.attributedTo() != null)
                .toList();
        assertThat(undated).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo(REPORT));
        String twice = "Russian forces shelled Kharkiv. Russian troops shelled Kharkiv again.";
        assertThat(Coding.code(twice, REPORT)).filteredOn(e -> e.cameo().equals("194")).singleElement()
                .satisfies(e -> assertThat(e.rule()).endsWith("(found 2 times)"));
    }

    @Test
    void aSourceWithNoActorGivesNoEvent() {
        assertThat(Coding.code("Unknown assailants attacked a convoy near the border.", REPORT)).isEmpty();
    }

    /**
     * The actor stage codes "rebels" or "protesters" with a sector and nothing else: such a source makes an event,
     * at a lower confidence, only where it acts on someone named.
     */
    @Test
    void aSourceThatIsOnlyASectorActsOnlyOnSomeoneNamed() {
        List<Event> named = sectorOnly("Insurgents bombarded a district of Syria's second city overnight.");
        assertThat(named).singleElement().satisfies(e -> {
            assertThat(e.root()).isEqualTo("19");
            assertThat(e.source().sector()).isEqualTo("REB");
            assertThat(e.source().country()).isNull();
            assertThat(e.target().country()).isEqualTo("SYR");
            assertThat(e.confidence()).isLessThan(0.9);
        });
        assertThat(sectorOnly("Insurgents attacked a convoy near the border.")).isEmpty();
    }

    /** The sentence coded with the fixture actors, a mention that is only a sector left without a code. */
    private static List<Event> sectorOnly(String text) {
        AnnotatedDocument doc = Coding.annotate(text, REPORT);
        List<org.vigil.model.ActorMention> actors = Coding.actors().apply(doc).stream().map(m -> {
            org.vigil.model.Actor a = m.actor();
            boolean bare = a.country() == null && a.organization() == null && a.person() == null;
            return bare ? new org.vigil.model.ActorMention(new org.vigil.model.Actor(a.text(), a.span(), null, null,
                    a.sector(), null, null), m.tokens(), m.reason()) : m;
        }).toList();
        return Coding.coder().code(doc, actors);
    }

    @Test
    void confidenceIsHigherForASpecificPatternWithBothActorsNamed() {
        Event named = Coding.code("Serbia attacked Kosovo.", REPORT).get(0);
        Event open = Coding.code("Serbia attacked a convoy.", REPORT).get(0);
        assertThat(named.confidence()).isGreaterThan(open.confidence());
    }

    @Test
    void anActToldInPassingIsLessCertainThanTheSentencesMainPredicate() {
        Event main = Coding.code("Serbia attacked Kosovo.", REPORT).get(0);
        List<Event> both = Coding.code("Russia condemned Serbia after Serbia attacked Kosovo.", REPORT);
        Event passing = both.stream().filter(e -> e.cameo().startsWith("19")).findFirst().orElseThrow();
        Event condemned = both.stream().filter(e -> e.cameo().equals("111")).findFirst().orElseThrow();
        assertThat(passing.confidence()).isLessThan(main.confidence()).isLessThan(condemned.confidence());
    }
}
