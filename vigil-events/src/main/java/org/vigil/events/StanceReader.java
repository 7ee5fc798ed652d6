package org.vigil.events;

import java.util.ArrayList;
import java.util.List;
import org.vigil.events.patterns.WordClass;
import org.vigil.model.Actor;
import org.vigil.model.Dependency;
import org.vigil.model.Mention;
import org.vigil.model.Quote;
import org.vigil.model.Span;
import org.vigil.model.TokenRange;

/**
 * Reads negation, modality and attribution around a predicate: its own auxiliaries and negators, then the
 * clauses it is embedded in, up to the verb of saying whose subject the claim is attributed to.
 */
final class StanceReader {
    /** How far up the clause chain a predicate's stance is looked for. */
    private static final int MAX_CLIMB = 6;

    private final Cues cues;

    StanceReader(Cues cues) {
        this.cues = cues;
    }

    Stance read(SentenceGraph g, Match m, ArgumentResolver resolver, List<Quote> quotes) {
        List<Integer> anchors = new ArrayList<>(2);
        anchors.add(m.trigger());
        if (m.support() >= 0) {
            anchors.add(m.support());
        }
        boolean negated = false;
        Modals modals = new Modals();
        boolean hypothetical = false;
        for (int a : anchors) {
            negated |= cues.negates(g, a);
            modals.read(g, a, cues);
            hypothetical |= conditional(g, a);
            // "will close the consulate and expel the diplomats", "unless the junta frees them and steps down": a
            // verb conjoined with no auxiliary or mark of its own shares its first one's modal and condition
            int first = bareConjunct(g, a);
            if (first >= 0) {
                if (g.pos(a).equals("VB")) {
                    modals.read(g, first, cues);
                }
                hypothetical |= conditional(g, first);
            }
        }

        // A noun event that is the object of a verb shares that verb's mood: "would not support new sanctions"
        // leaves the sanctions unrealised, though it does not deny them.
        if (m.pattern().trigger().wordClass() == WordClass.NOUN && m.support() < 0) {
            for (Dependency d : g.in(m.trigger())) {
                int gov = d.governor();
                if (gov >= 0 && g.pos(gov).startsWith("VB")) {
                    hypothetical |= cues.negates(g, gov) || conditional(g, gov)
                            || g.dependents(gov, "aux").stream().anyMatch(a -> cues.modal().contains(g.lemma(a)));
                }
            }
        }
        int speaker = -1;
        boolean denied = false;
        int current = m.support() >= 0 ? m.support() : m.trigger();
        for (int step = 0; step < MAX_CLIMB && current >= 0; step++) {
            if (speaker < 0) {
                speaker = reportedBy(g, current);
            }
            Dependency up = clauseLink(g, current);
            if (up == null) {
                break;
            }
            int gov = up.governor();
            String rel = up.relation();
            String lemma = g.lemma(gov);
            boolean complement = rel.equals("ccomp") || rel.startsWith("parataxis");
            if (rel.equals("xcomp")) {
                // "would continue to support", "did not try to storm": the governor's mood is the complement's.
                negated |= cues.negates(g, gov);
                modals.read(g, gov, cues);
            }
            if (rel.equals("xcomp") && cues.failure().contains(lemma)) {
                negated = true;
            } else if (rel.equals("xcomp") && cues.tentative().contains(lemma)) {
                hypothetical = true;
            } else if ((complement || gerund(g, current, rel)) && cues.denial().contains(lemma) && speaker < 0) {
                // "denied that its troops had crossed", "denied sending weapons".
                denied = true;
                speaker = subject(g, gov);
            } else if (complement && cues.speech().contains(lemma) && speaker < 0) {
                speaker = subject(g, gov);
            }
            // "an offer to mediate", "defied pressure to free the tanker", "demands that the president resign": an
            // act a noun asks for, offers or orders has not happened. The parser often hangs the infinitive on the
            // verb, with the noun as its subject.
            if (rel.startsWith("acl") && cues.proposals().contains(lemma) && infinitive(g, current)
                    || complement && cues.proposals().contains(lemma) && g.pos(gov).startsWith("NN")
                    || rel.equals("xcomp") && proposalAsDoer(g, current, gov)) {
                hypothetical = true;
            }
            if (rel.startsWith("advcl") && conditional(g, current)) {
                hypothetical = true;
            }
            current = gov;
        }

        if (speaker < 0) {
            speaker = trailingSpeaker(g);
        }
        Actor attributed = null;
        if (speaker >= 0) {
            Argument a = resolver.resolve(g, speaker);
            attributed = a != null ? a.actor() : resolver.uncoded(g, speaker);
        } else {
            attributed = quoteSpeaker(g, m.trigger(), resolver, quotes);
        }
        boolean plain = !hypothetical && !negated && !denied;
        return new Stance(negated || denied, modals.any || hypothetical, plain && modals.onlyPromise(),
                plain && modals.onlyObligation(), negated && !hypothetical && !denied && modals.onlyPromise(),
                attributed);
    }

    /** The verb a verb with no auxiliary or mark of its own is conjoined to, or -1. */
    private static int bareConjunct(SentenceGraph g, int verb) {
        if (!g.pos(verb).startsWith("VB") || !g.dependents(verb, "aux").isEmpty()
                || !g.dependents(verb, "mark").isEmpty()) {
            return -1;
        }
        for (Dependency d : g.in(verb)) {
            if (d.governor() >= 0 && d.relation().startsWith("conj") && g.pos(d.governor()).startsWith("VB")) {
                return d.governor();
            }
        }
        return -1;
    }

    /** "denied sending": a gerund complement, which the parser may leave as a bare dependent. */
    private static boolean gerund(SentenceGraph g, int verb, String relation) {
        return (relation.equals("xcomp") || relation.equals("dep")) && g.pos(verb).equals("VBG");
    }

    /** The modal auxiliaries met on the way up from the act: whether any, and whether all promise or all oblige. */
    private static final class Modals {
        private boolean any;
        private boolean allPromise = true;
        private boolean allObligation = true;

        void read(SentenceGraph g, int head, Cues cues) {
            for (int aux : g.dependents(head, "aux")) {
                String lemma = g.lemma(aux);
                if (cues.modal().contains(lemma)) {
                    any = true;
                    allPromise &= cues.promise().contains(lemma);
                    allObligation &= cues.obligation().contains(lemma);
                }
            }
        }

        /** "would withdraw": the only doubt is a will. */
        boolean onlyPromise() {
            return any && allPromise;
        }

        /** "must withdraw": the only doubt is a must. */
        boolean onlyObligation() {
            return any && allObligation;
        }
    }

    private boolean conditional(SentenceGraph g, int token) {
        for (int mark : g.dependents(token, "mark")) {
            if (cues.condition().contains(g.lemma(mark))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the clause's controlled subject is its governor's object and a {@code @PROPOSALS} noun ("pressure",
     * "a Russian proposal"): a proposal cannot do the act, so the clause is what it asks for.
     */
    private boolean proposalAsDoer(SentenceGraph g, int clause, int governor) {
        for (int doer : g.dependents(clause, "nsubj:xsubj")) {
            if (g.dependents(governor, "obj").contains(doer) && cues.proposals().contains(g.lemma(doer))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the verb is a to-infinitive: "to free". */
    private static boolean infinitive(SentenceGraph g, int verb) {
        return g.pos(verb).equals("VB") && g.dependents(verb, "mark").stream().anyMatch(m -> g.lemma(m).equals("to"));
    }

    /** The edge that embeds a clause in the one above it, or null at the top. */
    private static Dependency clauseLink(SentenceGraph g, int token) {
        for (Dependency d : g.in(token)) {
            String r = d.relation();
            if (d.governor() >= 0 && (r.equals("ccomp") || r.equals("xcomp") || r.startsWith("advcl")
                    || r.startsWith("conj") || r.startsWith("parataxis") || r.equals("dep") || r.equals("csubj")
                    || r.startsWith("acl"))) {
                return d;
            }
        }
        return null;
    }

    /** "..., officials said" and "according to X" hang the speaker off the predicate itself. */
    private int reportedBy(SentenceGraph g, int token) {
        for (Dependency d : g.out(token)) {
            String r = d.relation();
            if (r.equals("obl:according_to") || r.equals("nmod:according_to")) {
                return d.dependent();
            }
            if ((r.startsWith("parataxis") || r.equals("dep")) && cues.speech().contains(g.lemma(d.dependent()))) {
                int s = subject(g, d.dependent());
                if (s >= 0) {
                    return s;
                }
            }
        }
        return -1;
    }

    /**
     * The subject of a closing "..., officials said" that the parser hung off some word of the sentence other
     * than the predicate: a verb of saying that governs no clause of its own.
     */
    private int trailingSpeaker(SentenceGraph g) {
        for (int t = g.size() - 1; t >= 0; t--) {
            if (!cues.speech().contains(g.lemma(t)) || g.hasDependent(t, "ccomp")) {
                continue;
            }
            for (Dependency d : g.in(t)) {
                if (d.relation().equals("dep") || d.relation().startsWith("parataxis")) {
                    return subject(g, t);
                }
            }
        }
        return -1;
    }

    /** Who speaks: the verb's subject, or for "..., saying it strikes only..." the subject it hangs from. */
    private static int subject(SentenceGraph g, int verb) {
        for (Dependency d : g.out(verb)) {
            String r = d.relation();
            if (r.equals("nsubj") || r.equals("obl:agent") || r.equals("obl:by")) {
                return d.dependent();
            }
        }
        if (g.pos(verb).equals("VBG")) {
            for (Dependency d : g.in(verb)) {
                if (d.governor() >= 0 && (d.relation().startsWith("advcl") || d.relation().equals("dep"))) {
                    return subject(g, d.governor());
                }
            }
        }
        return -1;
    }

    private static Actor quoteSpeaker(SentenceGraph g, int token, ArgumentResolver resolver, List<Quote> quotes) {
        Span at = g.token(token).span();
        for (Quote q : quotes) {
            Mention speaker = q.speaker();
            if (speaker != null && q.span().contains(at)) {
                TokenRange r = speaker.tokens();
                Argument a = resolver.resolveAt(r.sentence(), r.head());
                if (a != null) {
                    return a.actor();
                }
                String name = q.canonicalSpeaker() == null ? speaker.text() : q.canonicalSpeaker();
                return new Actor(name, speaker.span(), null, null, null, null, null);
            }
        }
        return null;
    }
}
