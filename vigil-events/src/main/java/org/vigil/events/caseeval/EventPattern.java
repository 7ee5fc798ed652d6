package org.vigil.events.caseeval;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vigil.model.Actor;
import org.vigil.model.Event;

/**
 * An event pattern of {@code rules.tsv}: a CAMEO code prefix, with the sectors the source and target actors must
 * belong to where given ("192<GOV/MIL", "19>CVL").
 *
 * @param prefix  the CAMEO code or the start of one
 * @param sources sectors one of which the source must have; empty for any source
 * @param targets sectors one of which the target must have; empty for any target
 */
record EventPattern(String prefix, Set<String> sources, Set<String> targets) {

    private static final Pattern SYNTAX = Pattern.compile("(\\d{2,4})(?:<([A-Z]{3}(?:/[A-Z]{3})*))?"
            + "(?:>([A-Z]{3}(?:/[A-Z]{3})*))?");

    EventPattern {
        sources = Set.copyOf(sources);
        targets = Set.copyOf(targets);
    }

    /**
     * @throws IllegalArgumentException when the text is not a code prefix with optional {@code <SECTORS} and
     *                                  {@code >SECTORS}
     */
    static EventPattern parse(String text) {
        Matcher m = SYNTAX.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an event pattern (CAMEO prefix, <SOURCE/SECTORS, >TARGET/SECTORS): "
                    + text);
        }
        return new EventPattern(m.group(1), sectors(m.group(2)), sectors(m.group(3)));
    }

    private static Set<String> sectors(String group) {
        return group == null ? Set.of() : Set.of(group.split("/"));
    }

    boolean matches(Event e) {
        return e.cameo() != null && e.cameo().startsWith(prefix) && inSectors(e.source(), sources)
                && inSectors(e.target(), targets);
    }

    private static boolean inSectors(Actor actor, Set<String> sectors) {
        return sectors.isEmpty() || actor != null && actor.sector() != null && sectors.contains(actor.sector());
    }
}
