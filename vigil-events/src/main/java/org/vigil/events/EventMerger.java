package org.vigil.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.model.Actor;
import org.vigil.model.Event;

/**
 * Makes one event of the mentions of the same event in an article: same source, target, code, date and
 * polarity. An event has one span, so the best-supported mention stands for all, and its rule says how many
 * there were.
 */
final class EventMerger {

    List<Event> merge(List<Event> events) {
        Map<String, List<Event>> groups = new LinkedHashMap<>();
        for (Event e : events) {
            groups.computeIfAbsent(key(e), k -> new ArrayList<>()).add(e);
        }
        List<Event> merged = new ArrayList<>(groups.size());
        for (List<Event> group : groups.values()) {
            Event best = group.get(0);
            for (Event e : group) {
                if (e.confidence() > best.confidence()) {
                    best = e;
                }
            }
            merged.add(group.size() == 1 ? best : withRule(best, best.rule() + " (found " + group.size()
                    + " times)"));
        }
        return merged;
    }

    static String key(Event e) {
        return actorKey(e.source()) + "|" + actorKey(e.target()) + "|" + e.cameo() + "|" + e.date() + "|"
                + e.negated();
    }

    /** What makes two coded actors the same actor, whatever words named them. */
    static String actorKey(Actor a) {
        return a == null ? "-" : a.country() + "/" + a.organization() + "/" + a.sector() + "/" + a.person() + "/"
                + a.code();
    }

    private static Event withRule(Event e, String rule) {
        return new Event(e.cameo(), e.root(), e.quadClass(), e.goldstein(), e.plover(), e.source(), e.target(),
                e.date(), e.dateBasis(), e.negated(), e.hypothetical(), e.historical(), e.attributedTo(),
                e.location(), e.sentence(), e.span(), e.evidence(), e.confidence(), rule);
    }
}
