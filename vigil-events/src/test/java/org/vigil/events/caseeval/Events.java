package org.vigil.events.caseeval;

import java.time.LocalDate;

import org.vigil.model.Actor;
import org.vigil.model.Event;
import org.vigil.model.Span;

/** Hand-made events for these tests: only the code, the actors' sectors and the flags matter to the rules. */
final class Events {

    private Events() {
    }

    static Event event(String cameo) {
        return event(cameo, null, null);
    }

    static Event event(String cameo, String sourceSector, String targetSector) {
        return make(cameo, sourceSector, targetSector, false, false);
    }

    static Event negated(String cameo) {
        return make(cameo, null, null, true, false);
    }

    static Event hypothetical(String cameo) {
        return make(cameo, null, null, false, true);
    }

    private static Event make(String cameo, String sourceSector, String targetSector, boolean negated,
                              boolean hypothetical) {
        return new Event(cameo, cameo.substring(0, 2), 4, -10, null, actor(sourceSector), actor(targetSector),
                LocalDate.of(2021, 5, 1), "report", negated, hypothetical, false, null, null, 0, new Span(0, 1),
                "evidence", 1, "test");
    }

    private static Actor actor(String sector) {
        return sector == null ? null : new Actor("them", null, "XXX", null, sector, null, "XXX" + sector);
    }
}
