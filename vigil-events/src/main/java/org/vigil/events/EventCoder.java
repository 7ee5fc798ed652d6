package org.vigil.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.events.patterns.EventPattern;
import org.vigil.events.patterns.Frame;
import org.vigil.events.patterns.FrameTable;
import org.vigil.events.patterns.PatternDictionary;
import org.vigil.events.patterns.WordClass;
import org.vigil.model.Actor;
import org.vigil.model.ActorMention;
import org.vigil.model.AnnotatedDocument;
import org.vigil.model.Dependency;
import org.vigil.model.Event;
import org.vigil.model.Layer;
import org.vigil.model.Sentence;
import org.vigil.model.Span;
import org.vigil.model.Stage;
import org.vigil.model.TimeExpression;
import org.vigil.model.Token;

/**
 * The event stage: codes who did what to whom in each sentence of an annotated article, given the actors the
 * actor stage found. Patterns from {@link PatternDictionary} find predicates and their arguments in the
 * enhanced++ dependency graph; arguments become actors through actor mentions and coreference; the text's
 * negation, modality and attribution set the event's flags; time expressions date it. Locations are left to the
 * places stage. Time expressions, coreference chains and quotes are used where the document has them. Immutable
 * and safe to share between threads.
 */
public final class EventCoder implements Stage<EventCoder.Input, List<Event>> {

    /** What the stage reads: an annotated article and the actors found in it. */
    public record Input(AnnotatedDocument document, List<ActorMention> actors) {
        public Input {
            actors = List.copyOf(actors);
        }
    }

    private static final Set<Layer> REQUIRES = EnumSet.of(Layer.TOKENS, Layer.LEMMAS, Layer.PART_OF_SPEECH,
            Layer.DEPENDENCIES);

    private final CameoCodes codes;
    private final PatternDictionary patterns;
    private final FrameTable frames;
    private final Cues cues;
    private final PatternMatcher matcher;
    private final StanceReader stances;
    private final Dyads dyads;
    private final EventMerger merger = new EventMerger();

    /** The shipped tables, with the pattern dictionary widened through WordNet (a few seconds). */
    public EventCoder() {
        this(CameoCodes.load());
    }

    private EventCoder(CameoCodes codes) {
        this(codes, PatternDictionary.load(c -> codes.get(c).isPresent()),
                FrameTable.load(c -> codes.get(c).isPresent()));
    }

    public EventCoder(CameoCodes codes, PatternDictionary patterns, FrameTable frames) {
        this.codes = codes;
        this.patterns = patterns;
        this.frames = frames;
        this.cues = Cues.load();
        this.matcher = new PatternMatcher(patterns, frames, cues);
        this.stances = new StanceReader(cues);
        this.dyads = new Dyads(frames, cues);
    }

    /** The dictionary the coder matches with, WordNet synonyms included. */
    public PatternDictionary patterns() {
        return patterns;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Layer> requires() {
        return REQUIRES;
    }

    @Override
    public Set<Layer> provides() {
        return Set.of();
    }

    @Override
    public List<Event> apply(Input input) {
        return code(input.document(), input.actors());
    }

    /** Every event of the article, one per distinct source, target, code, date and polarity, in text order. */
    public List<Event> code(AnnotatedDocument doc, List<ActorMention> actors) {
        doc.require(this);
        ArgumentResolver resolver = new ArgumentResolver(doc, actors, cues);
        EventDater dater = new EventDater(doc);
        List<Event> events = new ArrayList<>();
        boolean[][] time = timeTokens(doc, cues);
        for (Sentence s : doc.sentences()) {
            SentenceGraph g = new SentenceGraph(s, time[s.index()], cues);
            Match[] best = new Match[g.size()];
            // verbs that only tell another event's target (below)
            Set<Integer> consumed = new HashSet<>();
            // Words a match uses (its object noun, its embedded event, the participle that names its victims) are
            // not events of their own, while that match stands.
            Map<Integer, List<Integer>> usedBy = new HashMap<>();
            for (int t = 0; t < g.size(); t++) {
                best[t] = matcher.match(g, t, resolver);
                if (best[t] != null) {
                    List<Integer> used = new ArrayList<>();
                    best[t].collectTriggers(used);
                    if (Dyads.violent(best[t])) {
                        used.addAll(dyads.consequences(g, t));
                    }
                    for (int u : used) {
                        if (u != t) {
                            usedBy.computeIfAbsent(u, k -> new ArrayList<>(1)).add(t);
                        }
                    }
                }
            }
            // "A drone strike hit a hospital": a verb whose subject is an event noun tells that event's target,
            // and is no event of its own.
            Map<Integer, List<Integer>> impact = new HashMap<>();
            for (int t = 0; t < g.size(); t++) {
                Match m = best[t];
                if (m != null && m.pattern().trigger().wordClass() == WordClass.VERB && !m.sources().isEmpty()
                        && m.sources().stream().allMatch(x -> best[x] != null
                        && best[x].pattern().trigger().wordClass() == WordClass.NOUN)) {
                    consumed.add(t);
                    m.sources().forEach(x -> impact.put(x, m.targets()));
                }
            }
            // "The EU hit Belarus with new sanctions", "Belarus was hit with new sanctions by the EU": a verb that
            // deals someone a noun event tells whom the event befell, and is no event of its own.
            for (int t = 0; t < g.size(); t++) {
                boolean taken = usedBy.containsKey(t) || consumed.contains(t) || impact.containsKey(t);
                int verb = best[t] == null || taken ? -1 : PatternMatcher.dealingVerb(g, t);
                List<Integer> dealt = verb < 0 ? List.of()
                        : g.markedPassive(verb) ? g.passiveObjects(verb) : g.dependents(verb, "obj");
                if (!dealt.isEmpty() && (best[verb] == null || best[verb].embedded() == null)) {
                    impact.put(t, dealt);
                    consumed.add(verb);
                }
            }
            int main = mainPredicate(g);
            // "The Iraqi minister has been invited to visit Iran": a match that finds no source codes nothing, and
            // leaves the clauses it used to stand as events of their own, in a second round where they come first.
            // Not its nouns: "police came under attack" is no attack by the police.
            Set<Integer> failed = new HashSet<>();
            boolean[] done = new boolean[g.size()];
            for (int round = 0; round < 2; round++) {
                for (int t = 0; t < g.size(); t++) {
                    boolean used = usedBy.containsKey(t) && (round == 0 || !g.pos(t).startsWith("VB")
                            || !failed.containsAll(usedBy.get(t)));
                    if (best[t] == null || done[t] || consumed.contains(t) || used) {
                        continue;
                    }
                    done[t] = true;
                    int before = events.size();
                    emit(doc, g, best[t], impact.getOrDefault(t, List.of()), prominent(g, best[t], main), resolver,
                            dater, events);
                    if (events.size() == before && best[t].sources().isEmpty()) {
                        failed.add(t);
                    }
                }
                if (failed.isEmpty()) {
                    break;
                }
            }
        }
        return merger.merge(events);
    }

    /** How far the coder got with a trigger word, in the order it gets there; the matcher's misses are among them. */
    public enum Reach {
        /** No word a pattern's trigger names (by lemma, WordNet synonyms included). */
        NO_TRIGGER,
        /** A trigger word, but tagged as another word class than its patterns' triggers. */
        WORD_CLASS,
        /** A trigger word without the further words (particle, preposition, object word) its patterns need. */
        WORDS,
        /** A trigger word with what its patterns exclude. */
        EXCLUDED,
        /** A trigger word without the conditions its patterns need. */
        REQUIRED,
        /** A frame's trigger word without the event it embeds. */
        EVENT,
        /** A trigger word without an argument its patterns need. */
        ARGUMENT,
        /** A pattern matched, but found no word for its source. */
        NO_SOURCE_WORD,
        /** A pattern found its source's words, but no actor in them. */
        NO_SOURCE_ACTOR,
        /** A pattern found its source actor. */
        SOURCE_ACTOR
    }

    /**
     * How far the coder got with an article, over all its words and with each sentence's main predicate (its root,
     * or what its root verb of saying says). An evaluation sums these to tell a missing word from a missing argument
     * without printing any sentence.
     */
    public record Progress(Reach best, Reach mainPredicate) {
    }

    public Progress progress(AnnotatedDocument doc, List<ActorMention> actors) {
        doc.require(this);
        ArgumentResolver resolver = new ArgumentResolver(doc, actors, cues);
        boolean[][] time = timeTokens(doc, cues);
        Reach best = Reach.NO_TRIGGER;
        Reach main = Reach.NO_TRIGGER;
        for (Sentence s : doc.sentences()) {
            SentenceGraph g = new SentenceGraph(s, time[s.index()], cues);
            int predicate = mainPredicate(g);
            for (int t = 0; t < g.size(); t++) {
                Reach r = reach(g, t, resolver);
                best = r.compareTo(best) > 0 ? r : best;
                main = t == predicate && r.compareTo(main) > 0 ? r : main;
            }
        }
        return new Progress(best, main);
    }

    private Reach reach(SentenceGraph g, int t, ArgumentResolver resolver) {
        if (patterns.candidates(g.lemma(t)).isEmpty()) {
            return Reach.NO_TRIGGER;
        }
        Reach[] furthest = new Reach[1];
        Match m = matcher.match(g, t, resolver, furthest);
        if (m == null) {
            // A word whose patterns all code only what a frame embeds is no trigger of its own.
            return furthest[0] == null ? Reach.NO_TRIGGER : furthest[0];
        }
        if (m.sources().isEmpty()) {
            return Reach.NO_SOURCE_WORD;
        }
        return m.sources().stream().anyMatch(x -> !resolver.resolveAll(g, x).isEmpty()) ? Reach.SOURCE_ACTOR
                : Reach.NO_SOURCE_ACTOR;
    }

    /**
     * Whether a match is the sentence's main predicate, a predicate conjoined with it, or the event noun that
     * predicate's light verb holds ("held talks").
     */
    private static boolean prominent(SentenceGraph g, Match m, int main) {
        if (main < 0) {
            return true;
        }
        int t = m.support() >= 0 ? m.support() : m.trigger();
        if (t == main) {
            return true;
        }
        for (Dependency d : g.in(t)) {
            if (d.governor() == main && d.relation().startsWith("conj")) {
                return true;
            }
        }
        return false;
    }

    private int mainPredicate(SentenceGraph g) {
        for (int t = 0; t < g.size(); t++) {
            for (Dependency d : g.in(t)) {
                if (d.governor() == Dependency.ROOT) {
                    List<Integer> said = cues.speech().contains(g.lemma(t)) ? g.dependents(t, "ccomp") : List.of();
                    return said.isEmpty() ? t : said.get(0);
                }
            }
        }
        return -1;
    }

    /** The words of the document's time expressions, and the nouns that name a unit of time ("for a third day"). */
    private static boolean[][] timeTokens(AnnotatedDocument doc, Cues cues) {
        boolean[][] time = new boolean[doc.sentences().size()][];
        for (Sentence s : doc.sentences()) {
            time[s.index()] = new boolean[s.tokens().size()];
            for (Token token : s.tokens()) {
                time[s.index()][token.index()] = token.pos() != null && token.pos().startsWith("NN")
                        && token.lemma() != null && cues.timeUnits().contains(token.lemma().toLowerCase(Locale.ROOT));
            }
        }
        for (TimeExpression t : doc.times()) {
            for (Token token : doc.sentences().get(t.sentence()).tokens()) {
                if (t.span().contains(token.span())) {
                    time[t.sentence()][token.index()] = true;
                }
            }
        }
        return time;
    }

    /** @param impact for a noun event, the object of the verb it is the subject of ("the strike hit ...") */
    private void emit(AnnotatedDocument doc, SentenceGraph g, Match m, List<Integer> impact, boolean prominent,
                      ArgumentResolver resolver, EventDater dater, List<Event> out) {
        List<Dyads.Dyad> dyads = this.dyads.of(g, m, impact, resolver);
        if (dyads.isEmpty()) {
            return;
        }
        EventPattern p = m.pattern();
        Stance stance = stances.read(g, m, resolver, doc.quotes());
        List<Integer> anchors = m.support() >= 0 ? List.of(m.trigger(), m.support()) : List.of(m.trigger());
        EventDater.Dated dated = dater.date(g, anchors);
        LocalDate published = doc.article().published();
        boolean future = dated.date() != null && published != null && !dated.basis().equals(EventDater.REPORT)
                && dated.date().isAfter(published);
        boolean historical = dated.date() != null && published != null
                && dated.date().getYear() < published.getYear();
        String evidence = g.sentence().text(doc.article().text());
        boolean refused = m.unrealised() && p.frame() == Frame.REFUSE;
        // "has not ruled out an offensive": a refusal denied leaves the act open.
        boolean negated = refused != stance.negated();

        for (Dyads.Dyad dyad : dyads) {
            String code = m.code();
            boolean hypothetical = stance.hypothetical() || future || (m.unrealised() && !refused)
                    || (refused && stance.negated());
            String rule = rule(m);
            // "Serbia said it would withdraw" is a statement of intent, "would not withdraw" a refusal: a speaker's
            // will about its own act.
            Frame will = stance.promised() ? Frame.INTENT : stance.refused() ? Frame.REFUSE : null;
            boolean refusal = false;
            if (will != null && stance.attributedTo() != null
                    && ArgumentResolver.sameSide(stance.attributedTo(), dyad.source().actor()) && p.frame() == null) {
                FrameTable.Coding willed = frames.code(will, code, false);
                if (!willed.embeddedItself()) {
                    code = willed.code();
                    refusal = will == Frame.REFUSE;
                    hypothetical = false;
                    rule = rule + (refusal ? " as a refusal" : " as a statement of intent");
                }
            }
            Argument from = claimedBy(dyad.source(), stance.attributedTo());
            Actor source = from.actor();
            Actor targetActor = dyad.target() == null ? null : dyad.target().actor();
            // "Russia said Ukraine must withdraw": what a speaker says another must do is the speaker's demand on it.
            if (stance.required() && stance.attributedTo() != null && ArgumentResolver.named(stance.attributedTo())
                    && !ArgumentResolver.sameSide(stance.attributedTo(), source) && p.frame() == null) {
                FrameTable.Coding demand = frames.code(Frame.DEMAND, code, false);
                if (!demand.embeddedItself()) {
                    code = demand.code();
                    targetActor = source;
                    source = stance.attributedTo();
                    hypothetical = false;
                    rule = rule + " as a demand";
                }
            }
            CameoCode row = codes.get(code).orElseThrow();
            Argument target = dyad.target();
            rule = rule + from.note("source") + (target == null ? "" : target.note("target"));
            out.add(new Event(code, row.root(), row.quadClass(), row.goldstein(), codes.plover(code),
                    source, targetActor, dated.date(), dated.basis(),
                    negated && !refusal, hypothetical, historical, stance.attributedTo(), null, g.sentence().index(),
                    span(g, m, from, target), evidence, confidence(m, from, target, prominent), rule));
        }
    }

    /**
     * A state's civil body named only by its role, in a claim that state or one of its bodies makes, is that
     * state's (cues' @STATE_SECTORS); any other source is left as it is.
     */
    private Argument claimedBy(Argument source, Actor speaker) {
        Actor role = source.actor();
        boolean claimant = speaker != null && speaker.country() != null && speaker.organization() == null
                && (speaker.sector() == null || cues.stateBody(speaker));
        if (!claimant || !role.isSectorOnly() || !cues.stateBody(role)) {
            return source;
        }
        return new Argument(role.inState(speaker.country()), source.tokens(), Argument.Way.CLAIMANT);
    }

    private static Span span(SentenceGraph g, Match m, Argument source, Argument target) {
        List<Token> tokens = g.sentence().tokens();
        int start = tokens.get(m.trigger()).span().start();
        int end = tokens.get(m.trigger()).span().end();
        List<Integer> parts = new ArrayList<>(m.words());
        if (m.support() >= 0) {
            parts.add(m.support());
        }
        for (int t : parts) {
            start = Math.min(start, tokens.get(t).span().start());
            end = Math.max(end, tokens.get(t).span().end());
        }
        for (Argument a : new Argument[] {source, target}) {
            if (a != null && a.tokens() != null && a.tokens().sentence() == g.sentence().index()) {
                start = Math.min(start, tokens.get(a.tokens().start()).span().start());
                end = Math.max(end, tokens.get(a.tokens().end() - 1).span().end());
            }
        }
        return new Span(start, end);
    }

    /**
     * How sure the coder is of the coding: high for a written, specific pattern with both actors named in the
     * clause; lower for a WordNet synonym, a frame with nothing embedded, a noun event, an actor found through
     * coreference or a modifier, a source found outside the clause, a missing target or a root-level code.
     */
    private static double confidence(Match m, Argument source, Argument target, boolean prominent) {
        EventPattern p = m.pattern();
        double c = 0.95;
        // The sentence's main predicate is what its writer reports; an act in a clause below it is told in passing.
        if (!prominent) {
            c -= 0.05;
        }
        if (p.synonymOf() != null) {
            c -= 0.1;
        }
        if (p.flags().contains(EventPattern.Flag.KINDS)) {
            c -= 0.05;
        }
        if (p.frame() != null && m.embedded() == null) {
            c -= 0.1;
        }
        if (p.trigger().wordClass() == WordClass.NOUN) {
            c -= m.origin() == Match.Origin.POSSESSOR ? 0.15 : 0.05;
        }
        if (m.origin() == Match.Origin.CONTROLLER || m.origin() == Match.Origin.LIGHT_VERB) {
            c -= 0.05;
        }
        if (source.indirect()) {
            c -= 0.1;
        }
        // "Rebels shelled the town": a source that is only a sector says whose act it is less well.
        if (source.actor().isUncoded()) {
            c -= 0.15;
        }
        if (target == null) {
            c -= 0.15;
        } else if (target.indirect()) {
            c -= 0.1;
        }
        String code = m.code();
        if (code.length() == 2 || (code.length() == 3 && code.endsWith("0"))) {
            c -= 0.05;
        }
        return Math.max(0.05, Math.round(c * 100) / 100.0);
    }

    private static String rule(Match m) {
        StringBuilder rule = new StringBuilder(describe(m.pattern()));
        for (Match inner = m.embedded(); inner != null; inner = inner.embedded()) {
            rule.append(" over ").append(describe(inner.pattern()));
        }
        return rule.toString();
    }

    private static String describe(EventPattern p) {
        String what = p.id() + " \"" + p.text() + "\"";
        if (p.synonymOf() != null) {
            what = what + " via WordNet: " + p.trigger().head() + " for " + p.synonymOf();
        }
        return p.flags().contains(EventPattern.Flag.KINDS) ? what + ", a condition met by a WordNet kind" : what;
    }
}
