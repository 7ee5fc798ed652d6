package org.vigil.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.vigil.events.patterns.WordSets;
import org.vigil.model.Actor;
import org.vigil.model.Dependency;

/**
 * The closed word lists the coder reads the text's stance with (negation, modals, speech verbs, light verbs...),
 * from {@code cues.txt}. Each list is named by a constant here and defined, with the reason for it, there.
 */
record Cues(Set<String> negation, Set<String> modal, Set<String> condition, Set<String> speech,
            Set<String> denial, Set<String> tentative, Set<String> failure, Set<String> light,
            Set<String> occurrence, Set<String> temporal, Set<String> consequence, Set<String> anaphors,
            Set<String> reflexive, Set<String> reciprocal, Set<String> firstPerson, Set<String> promise,
            Set<String> harm, Set<String> timeUnits, Set<String> obligation, Set<String> where,
            Set<String> abroad, Set<String> singular, Set<String> stateNouns, Set<String> stateActs,
            Set<String> stateSectors, Set<String> summoning, Set<String> complaint, Set<String> forceMoves,
            Set<String> purpose, Set<String> proposals, Set<String> stance, Set<String> statements,
            Set<String> issuing, Set<String> venueNamed, Set<String> making, Set<String> designs,
            Set<String> remarks, Set<String> foreignActs, Set<String> dissentActs, Set<String> missions,
            Set<String> takings, Set<String> measures, Set<String> partaking, Set<String> standing) {

    static final String RESOURCE = "cues.txt";

    /**
     * Whether a predicate is negated where it stands: "did not attack", "no talks", or a negated object
     * ("sent no troops").
     */
    boolean negates(SentenceGraph g, int token) {
        for (Dependency d : g.out(token)) {
            String r = d.relation();
            if ((r.equals("advmod") || r.equals("neg") || r.equals("det")) && negation.contains(g.lemma(d.dependent()))) {
                return true;
            }
            if (r.equals("obj")) {
                for (int det : g.dependents(d.dependent(), "det")) {
                    if (negation.contains(g.lemma(det))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether the actor's sector is a state's own civil body ({@code @STATE_SECTORS}): government, police, courts. */
    boolean stateBody(Actor a) {
        return a.sector() != null && stateSectors.contains(a.sector().toLowerCase(Locale.ROOT));
    }

    static Cues load() {
        try (InputStream in = Cues.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("cue file not on the classpath: " + RESOURCE);
            }
            WordSets sets = WordSets.read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
            String w = RESOURCE + ": ";
            return new Cues(sets.get("NEGATION", w), sets.get("MODAL", w), sets.get("CONDITION", w),
                    sets.get("SPEECH", w), sets.get("DENIAL", w), sets.get("TENTATIVE", w), sets.get("FAILURE", w),
                    sets.get("LIGHT", w), sets.get("OCCURRENCE", w), sets.get("TEMPORAL", w),
                    sets.get("CONSEQUENCE", w), sets.get("ANAPHORS", w), sets.get("REFLEXIVE", w), sets.get("RECIPROCAL", w),
                    sets.get("FIRST_PERSON", w), sets.get("PROMISE", w), sets.get("HARM", w),
                    sets.get("TIME_UNITS", w), sets.get("OBLIGATION", w), sets.get("WHERE", w), sets.get("ABROAD", w),
                    sets.get("SINGULAR", w), sets.get("STATE_NOUNS", w), sets.get("STATE_ACTS", w),
                    sets.get("STATE_SECTORS", w), sets.get("SUMMONING", w), sets.get("COMPLAINT", w),
                    sets.get("FORCE_MOVES", w), sets.get("PURPOSE", w),
                    sets.get("PROPOSALS", w), sets.get("STANCE", w), sets.get("STATEMENTS", w),
                    sets.get("ISSUING", w), sets.get("VENUE_NAMED", w), sets.get("MAKING", w), sets.get("DESIGNS", w),
                    sets.get("REMARKS", w), sets.get("FOREIGN_ACTS", w), sets.get("DISSENT_ACTS", w),
                    sets.get("MISSIONS", w), sets.get("TAKINGS", w), sets.get("MEASURES", w),
                    sets.get("PARTAKING", w), sets.get("STANDING", w));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
