package org.vigil.events;

import java.nio.file.Path;
import java.util.List;
import org.vigil.model.AnnotatedDocument;
import org.vigil.model.Event;

/**
 * Developer's tool: codes report files (headline, date line, body) with the fixture actors and prints each event
 * on one line with its evidence and rule, to see what the patterns do to a text.
 */
public final class CodeFiles {
    private CodeFiles() {
    }

    public static void main(String[] args) {
        for (String file : args) {
            AnnotatedDocument doc = Coding.analyzer().apply(Coding.read(Path.of(file)));
            List<Event> events = Coding.code(doc);
            System.out.println("== " + file + ": " + events.size() + " events");
            for (Event e : events) {
                System.out.println(line(e));
            }
        }
    }

    static String line(Event e) {
        return String.format("S%d %s %s>%s%s%s%s%s %s %s conf=%.2f | %s | %s", e.sentence(), e.cameo(),
                who(e.source()), who(e.target()), e.negated() ? " NEG" : "", e.hypothetical() ? " HYP" : "",
                e.historical() ? " HIST" : "", e.attributedTo() == null ? "" : " said-by=" + who(e.attributedTo()),
                e.date(), e.dateBasis(), e.confidence(), e.evidence(), e.rule());
    }

    static String who(org.vigil.model.Actor a) {
        if (a == null) {
            return "-";
        }
        if (a.country() != null) {
            return a.country();
        }
        if (a.organization() != null) {
            return a.organization();
        }
        return a.code() != null ? a.code() : "'" + a.text() + "'";
    }
}
