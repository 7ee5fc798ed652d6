package org.vigil.events.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The line format: what it reads, and the errors it refuses with file and line. */
class PatternParserTest {
    private static final Set<String> CODES = Set.of("012", "041", "0256", "154", "190");
    private static final String PREPOSITIONS = "@PREPOSITIONS = over|about|to|near|on|with|for";

    private static PatternParser.Result parse(String... lines) throws IOException {
        return new PatternParser(CODES::contains).parse(new StringReader(String.join("\n", lines)), "t.txt");
    }

    @Test
    void readsTriggersWithTheirWordsVariantsAndClass() throws IOException {
        List<EventPattern> ps = parse(PREPOSITIONS,
                "012  express/voice concern/worry|worry  over|about=TARGET?  # a comment").patterns();
        assertThat(ps).extracting(p -> p.trigger().text())
                .containsExactly("express concern", "express worry", "voice concern", "voice worry", "worry");
        EventPattern p = ps.get(0);
        assertThat(p.code()).isEqualTo("012");
        assertThat(p.trigger().wordClass()).isEqualTo(WordClass.VERB);
        assertThat(p.slots()).containsExactly(new Slot(List.of("over", "about"), Slot.Role.TARGET,
                Slot.Need.OPTIONAL));
        assertThat(p.id()).isEqualTo("t.txt:2");
        assertThat(parse("154  n:buildup|mobilisation").patterns())
                .allSatisfy(q -> assertThat(q.trigger().wordClass()).isEqualTo(WordClass.NOUN));
    }

    @Test
    void readsConditionsWordSetsFlagsAndFrames() throws IOException {
        PatternParser.Result r = parse(PREPOSITIONS,
                "@FORCES = troop|tank",
                "      | armoured vehicle",
                "154  deploy|send  obj~@FORCES|artillery  !obj~@FORCES  to|near=TARGET!  +wn  +sym",
                "APPEAL  urge  obj=TARGET?  xcomp=EVENT?",
                "190  n:@FORCES  +inner");
        EventPattern deploy = r.patterns().get(0);
        assertThat(deploy.constraints()).containsExactly(
                new Constraint("obj", Set.of("troop", "tank", "armoured vehicle", "artillery"), false),
                new Constraint("obj", Set.of("troop", "tank", "armoured vehicle"), true));
        assertThat(deploy.slots().get(0).need()).isEqualTo(Slot.Need.CODED);
        assertThat(deploy.flags()).containsExactlyInAnyOrder(EventPattern.Flag.SYNONYMS,
                EventPattern.Flag.SYMMETRIC);
        EventPattern urge = r.patterns().get(2);
        assertThat(urge.frame()).isEqualTo(Frame.APPEAL);
        assertThat(urge.code()).isNull();
        // A set's two-word entry, written as English writes it, is turned head first as a noun trigger.
        assertThat(r.patterns()).extracting(p -> p.trigger().text()).contains("vehicle armoured");
        assertThat(r.patterns().get(3).flags()).containsExactly(EventPattern.Flag.INNER);
    }

    @Test
    void refusesMalformedLinesNamingTheLine() {
        String[][] bad = {
            {"012 express concern over=TARGET"},
            {"999  attack  obj=TARGET"},
            {"SPEAK  say  obj=TARGET"},
            {"190  attack  obj=VICTIM"},
            {"190  attack  ojb=TARGET"},
            {"190  attack  obj=TARGET  obj=TARGET?"},
            {"190  attack  obj"},
            {"190  attack  +fast"},
            {"190  Attack  obj=TARGET"},
            {"190  attack|attack  obj=TARGET"},
            {"190  attack  obj~@UNDEFINED"},
            {"190  attack  obj|to~troop"},
            {"APPEAL  urge  obj=TARGET"},
            {"190  attack  xcomp=EVENT"},
            {"@SET = a|a"},
            {"@lower = a"},
            {"190  attack  obj=TARGET", "190  attack  obj=TARGET"},
        };
        for (String[] lines : bad) {
            assertThatThrownBy(() -> parse(lines)).as(String.join(" / ", lines))
                    .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("t.txt:");
        }
        assertThatThrownBy(() -> parse("190  attack  obj=TARGET", "# x", "190  attack  obj=TARGET"))
                .hasMessageStartingWith("t.txt:3:").hasMessageContaining("t.txt:1");
    }
}
