package org.vigil.events.patterns;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One pattern of the dictionary: a trigger, where its arguments are, what must or must not hang from it, and
 * the CAMEO code (or frame) it gives. One line of the pattern file gives one pattern per trigger alternative.
 *
 * @param code        the CAMEO code, or null for a frame
 * @param frame       the frame, or null for a plain pattern
 * @param trigger     the words that call it
 * @param slots       where the arguments are
 * @param constraints further conditions on the trigger's dependents
 * @param flags       the line's flags
 * @param synonymOf   for a pattern made from a WordNet synonym, the head lemma the file wrote; else null
 * @param source      the file it was read from
 * @param line        its line number there
 * @param text        the line as written
 */
public record EventPattern(String code, Frame frame, Trigger trigger, List<Slot> slots, List<Constraint> constraints,
                           Set<Flag> flags, String synonymOf, String source, int line, String text) {

    public EventPattern {
        if ((code == null) == (frame == null)) {
            throw new IllegalArgumentException("a pattern has a code or a frame, not both nor neither: " + text);
        }
        Objects.requireNonNull(trigger, "trigger");
        slots = List.copyOf(slots);
        constraints = List.copyOf(constraints);
        flags = Set.copyOf(flags);
    }

    public enum Flag {
        /** Extend the head with the synonyms of its first WordNet sense. */
        SYNONYMS,
        /** Extend the head with the synonyms of its first two WordNet senses. */
        SYNONYMS2,
        /** Conjoined subjects with no target act on each other ("China and Japan held talks"). */
        SYMMETRIC,
        /** Only as the embedded event of a frame: "pledged weapons", "called for calm". */
        INNER,
        /** The trigger's further words name who did it, where no subject does: "a rebel attack". */
        DOER,
        /** Not written: a copy whose conditions admit the WordNet kinds of their nouns, tried after those written. */
        KINDS
    }

    /** Where the line stands: {@code patterns.txt:120}. */
    public String id() {
        return source + ":" + line;
    }

    public Optional<Slot> slot(Slot.Role role) {
        return slots.stream().filter(s -> s.role() == role).findFirst();
    }

    /**
     * How much this pattern asks of the text: further trigger words count most, then conditions and required
     * arguments. Where several patterns match one trigger the most specific wins, and a written pattern beats a
     * WordNet synonym of the same shape. An exclusion does not count: it is written to keep a broad pattern off a
     * false reading, and must not lift it above the narrow patterns beside it.
     */
    public int specificity() {
        int s = 10 * trigger.words().size() + 4 * (int) constraints.stream().filter(c -> !c.absent()).count();
        for (Slot slot : slots) {
            s += switch (slot.need()) {
                case OPTIONAL -> 0;
                case PRESENT -> 2;
                case CODED -> 3;
            };
        }
        return 2 * s + (synonymOf == null ? 1 : 0);
    }

    /**
     * How many words the pattern's conditions admit, summed: between two patterns of equal specificity the one
     * whose conditions admit fewer words is the more specific ("humanitarian aid" before any aid).
     */
    public int breadth() {
        int b = 0;
        for (Constraint c : constraints) {
            b += c.absent() ? 0 : c.lemmas().isEmpty() ? 1000 : c.lemmas().size();
        }
        return b;
    }

    /** A copy that the head lemma {@code head} with extra words {@code words} triggers, for a WordNet synonym. */
    EventPattern withSynonym(String head, List<String> words) {
        return new EventPattern(code, frame, new Trigger(trigger.wordClass(), head, words), slots, constraints,
                flags, trigger.head(), source, line, text);
    }

    /** A copy flagged {@link Flag#KINDS} whose conditions are these (the same conditions, admitting kinds). */
    EventPattern withKinds(List<Constraint> widened) {
        Set<Flag> more = EnumSet.of(Flag.KINDS);
        more.addAll(flags);
        return new EventPattern(code, frame, trigger, slots, widened, more, synonymOf, source, line, text);
    }

    /** What makes two patterns the same whatever they code: trigger, slots and conditions. */
    String shape() {
        return trigger.wordClass() + " " + trigger.head() + " " + trigger.words().stream().sorted().toList()
                + " " + slots + " " + constraints.stream().map(Constraint::toString).sorted().toList();
    }
}
