package org.vigil.events.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.events.CameoCodes;

/** The frame table: each frame codes within its own CAMEO family, and the lookups the coder relies on. */
class FrameTableTest {
    /** The roots a frame's own codes belong to. */
    private static final Map<Frame, String> FAMILY = Map.of(Frame.APPEAL, "02", Frame.DEMAND, "10",
            Frame.INTENT, "03|13", Frame.THREAT, "13", Frame.REFUSE, "12|01", Frame.ACCUSE, "11",
            Frame.INVESTIGATE, "09");

    private static CameoCodes codes;
    private static FrameTable table;

    @BeforeAll
    static void load() {
        codes = CameoCodes.load();
        table = FrameTable.load(c -> codes.get(c).isPresent());
    }

    @Test
    void everyFrameCodesWithinItsFamily() {
        for (Frame f : Frame.values()) {
            for (String row : table.rows()) {
                String embedded = row.equals("*") ? null : row.replace("not:", "");
                FrameTable.Coding c = table.code(f, embedded, row.startsWith("not:"));
                if (!c.embeddedItself()) {
                    assertThat(c.code().substring(0, 2)).as(f + " over " + row).matches(FAMILY.get(f));
                }
            }
        }
    }

    @Test
    void theLongestRowWins() {
        assertThat(table.code(Frame.APPEAL, "0874", false)).isEqualTo(new FrameTable.Coding("0256", false));
        assertThat(table.code(Frame.APPEAL, "072", false).code()).isEqualTo("0232");
        assertThat(table.code(Frame.THREAT, "190", false).code()).isEqualTo("1384");
        assertThat(table.code(Frame.THREAT, "163", false).code()).isEqualTo("1312");
        assertThat(table.code(Frame.INTENT, "074", false).code()).isEqualTo("0334");
        assertThat(table.code(Frame.INTENT, "195", false).code()).isEqualTo("1384");
        assertThat(table.code(Frame.ACCUSE, "194", false).code()).isEqualTo("1123");
        assertThat(table.code(Frame.REFUSE, "010", false).code()).isEqualTo("011");
        assertThat(table.code(Frame.DEMAND, null, false).code()).isEqualTo("100");
    }

    @Test
    void aNegatedConflictIsAskedToStopAndARefusedAttackIsTheAttackNegated() {
        assertThat(table.code(Frame.APPEAL, "190", true).code()).isEqualTo("0256");
        assertThat(table.code(Frame.APPEAL, "190", false).code()).isEqualTo("020");
        assertThat(table.code(Frame.APPEAL, "046", true).code()).isEqualTo("026");
        assertThat(table.code(Frame.REFUSE, "193", false)).isEqualTo(new FrameTable.Coding("193", true));
        assertThat(table.code(Frame.INTENT, "154", false)).isEqualTo(new FrameTable.Coding("154", true));
    }

    @Test
    void whomAFrameTargets() {
        assertThat(table.targetFrom(Frame.APPEAL)).isEqualTo(FrameTable.TargetFrom.DOER);
        assertThat(table.targetFrom(Frame.ACCUSE)).isEqualTo(FrameTable.TargetFrom.DOER);
        assertThat(table.targetFrom(Frame.THREAT)).isEqualTo(FrameTable.TargetFrom.DONE_TO);
        assertThat(table.targetFrom(Frame.INTENT)).isEqualTo(FrameTable.TargetFrom.DONE_TO);
    }

    @Test
    void refusesBrokenTables() {
        String header = "embedded\tAPPEAL\tDEMAND\tINTENT\tTHREAT\tREFUSE\tACCUSE\tINVESTIGATE";
        String target = "@target\tdoer\tdoer\tdone-to\tdone-to\tdone-to\tdoer\tdoer";
        String star = "*\t020\t100\t030\t130\t120\t112\t090";
        String[][] bad = {
            {"embedded\tAPPEAL", target, star},
            {header, star},
            {header, target},
            {header, target, star, "19\t020\t100\t030\t130"},
            {header, target, star, "99\t020\t100\t030\t130\t120\t112\t090"},
            {header, target, star, "19\t020\t100\t030\t9999\t120\t112\t090"},
            {header, target, "*\t=\t100\t030\t130\t120\t112\t090"},
            {header, target, star, "19\t020\t100\t030\t130\t120\t112\t090", "19\t020\t100\t030\t130\t120\t112\t090"},
        };
        for (String[] lines : bad) {
            assertThatThrownBy(() -> FrameTable.parse(new StringReader(String.join("\n", lines)), "f.tsv",
                    c -> codes.get(c).isPresent())).as(String.join(" / ", lines))
                    .isInstanceOf(RuntimeException.class);
        }
    }
}
