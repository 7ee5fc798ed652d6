package org.vigil.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * places stage. Immutable and safe to share between threads.
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
    /** Roots of violent events whose victims a following participle may name ("..., killing two officers"). */
    private static final Set<String> VIOLENT_ROOTS = Set.of("18", "19", "20");

    private final CameoCodes codes;
    private final PatternDictionary patterns;
    private final FrameTable frames;
    private final Cues cues;
    private final PatternMatcher matcher;
    private final StanceReader stances;
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
    }

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
        boolean[][] time = timeTokens(doc);
        for (Sentence s : doc.sentences()) {
            SentenceGraph g = new SentenceGraph(s, time[s.index()]);
            Match[] best = new Match[g.size()];
            Set<Integer> consumed = new HashSet<>();
            for (int t = 0; t < g.size(); t++) {
                best[t] = matcher.match(g, t, resolver);
                if (best[t] != null) {
                    // Words a match uses (its object noun, its embedded event, the participle that names its
                    // victims) are not events of their own.
                    List<Integer> used = new ArrayList<>();
                    best[t].collectTriggers(used);
                    used.remove(Integer.valueOf(t));
                    consumed.addAll(used);
                    if (violent(best[t])) {
                        consumed.addAll(consequences(g, t));
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
            for (int t = 0; t < g.size(); t++) {
                if (best[t] != null && !consumed.contains(t)) {
                    emit(doc, g, best[t], impact.getOrDefault(t, List.of()), resolver, dater, events);
                }
            }
        }
        return merger.merge(events);
    }

    private static boolean[][] timeTokens(AnnotatedDocument doc) {
        boolean[][] time = new boolean[doc.sentences().size()][];
        for (Sentence s : doc.sentences()) {
            time[s.index()] = new boolean[s.tokens().size()];
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
    private void emit(AnnotatedDocument doc, SentenceGraph g, Match m, List<Integer> impact, ArgumentResolver resolver,
                      EventDater dater, List<Event> out) {
        EventPattern p = m.pattern();
        boolean noun = p.trigger().wordClass() == WordClass.NOUN;
        List<Argument> sources = resolveAll(g, m.sources(), resolver);
        List<Argument> pair = resolveAll(g, m.pair(), resolver);
        if (!m.targets().isEmpty() && m.targets().stream().allMatch(t -> cues.reflexive().contains(g.lemma(t)))) {
            return;
        }
        List<Argument> targets = resolveAll(g, m.targets().isEmpty() ? impact : m.targets(), resolver);
        if (m.targets().isEmpty() && m.embedded() != null) {
            Match inner = m.embedded();
            boolean doer = !m.unrealised() && frames.targetFrom(p.frame()) == FrameTable.TargetFrom.DOER;
            targets = resolveAll(g, doer ? inner.sources() : inner.targets(), resolver);
        }
        if (targets.isEmpty() && violent(m)) {
            targets = resolveAll(g, victims(g, m.trigger()), resolver);
        }

        List<Argument[]> dyads = new ArrayList<>();
        boolean symmetric = p.flags().contains(EventPattern.Flag.SYMMETRIC)
                || m.embedded() != null && m.embedded().pattern().flags().contains(EventPattern.Flag.SYMMETRIC);
        if (pair.size() >= 2 && (sources.isEmpty() || m.origin() != Match.Origin.POSSESSOR)) {
            if (noun && m.origin() == Match.Origin.NONE && m.support() < 0 && !asserted(g, m.trigger())) {
                return;
            }
            pairUp(pair, symmetric, dyads);
        } else if (sources.isEmpty()) {
            return;
        } else if (symmetric && targets.isEmpty() && sources.size() >= 2) {
            pairUp(sources, true, dyads);
        } else if (symmetric && targets.isEmpty() && p.frame() == null && !noun) {
            // A mutual act needs two parties: "China and Japan discussed trade" names both, "Japan discussed the
            // need for ammunition" no partner at all.
            return;
        } else {
            for (Argument s : sources) {
                if (targets.isEmpty()) {
                    dyads.add(new Argument[] {s, null});
                }
                for (Argument t : targets) {
                    dyads.add(new Argument[] {s, t});
                }
            }
        }

        Stance stance = stances.read(g, m, resolver, doc.quotes());
        List<Integer> anchors = m.support() >= 0 ? List.of(m.trigger(), m.support()) : List.of(m.trigger());
        EventDater.Dated dated = dater.date(g, anchors);
        LocalDate published = doc.article().published();
        boolean future = dated.date() != null && published != null && !dated.basis().equals(EventDater.REPORT)
                && dated.date().isAfter(published);
        boolean historical = dated.date() != null && published != null
                && dated.date().getYear() < published.getYear();
        String evidence = g.sentence().text(doc.article().text());

        for (Argument[] dyad : dyads) {
            Argument source = dyad[0];
            Argument target = dyad[1];
            if (target != null && EventMerger.actorKey(target.actor()).equals(EventMerger.actorKey(source.actor()))) {
                target = null;
            }
            String code = m.code();
            boolean refused = m.unrealised() && p.frame() == Frame.REFUSE;
            // "has not ruled out an offensive": a refusal denied leaves the act open.
            boolean negated = refused != stance.negated();
            boolean hypothetical = stance.hypothetical() || future || (m.unrealised() && !refused)
                    || (refused && stance.negated());
            String rule = rule(m);
            // "Serbia said it would withdraw": a speaker's will about its own act is a statement of intent.
            if (stance.promised() && stance.attributedTo() != null && sameSide(stance.attributedTo(), source.actor())
                    && p.frame() == null) {
                FrameTable.Coding intent = frames.code(Frame.INTENT, code, false);
                if (!intent.embeddedItself()) {
                    code = intent.code();
                    hypothetical = false;
                    rule = rule + " as a statement of intent";
                }
            }
            CameoCode row = codes.get(code).orElseThrow();
            out.add(new Event(code, row.root(), row.quadClass(), row.goldstein(), codes.plover(code),
                    source.actor(), target == null ? null : target.actor(), dated.date(), dated.basis(),
                    negated, hypothetical, historical, stance.attributedTo(), null, g.sentence().index(),
                    span(g, m, source, target), evidence, confidence(m, source, target), rule));
        }
    }

    /** Whether two actors stand for the same state or organisation: a spokesman and the government he speaks for. */
    private static boolean sameSide(Actor a, Actor b) {
        return (a.country() != null || a.organization() != null) && Objects.equals(a.country(), b.country())
                && Objects.equals(a.organization(), b.organization());
    }

    private static List<Argument> resolveAll(SentenceGraph g, List<Integer> tokens, ArgumentResolver resolver) {
        List<Argument> found = new ArrayList<>(tokens.size());
        Set<String> seen = new HashSet<>();
        for (int t : tokens) {
            for (Argument a : resolver.resolveAll(g, t)) {
                if (seen.add(EventMerger.actorKey(a.actor()))) {
                    found.add(a);
                }
            }
        }
        return found;
    }

    /** Conjoined actors acting on each other: both ways when the act is mutual, else first on the rest. */
    private static void pairUp(List<Argument> actors, boolean mutual, List<Argument[]> dyads) {
        for (int i = 0; i < actors.size(); i++) {
            for (int j = 0; j < actors.size(); j++) {
                if (i != j && (mutual || i == 0)) {
                    dyads.add(new Argument[] {actors.get(i), actors.get(j)});
                }
            }
        }
    }

    /**
     * A noun event with no source of its own is reported as having happened only where the sentence says so:
     * as the subject of a verb of occurrence ("clashes erupted"), after a temporal preposition ("after clashes
     * between"), or standing alone as a headline does.
     */
    private boolean asserted(SentenceGraph g, int noun) {
        for (Dependency d : g.in(noun)) {
            String r = d.relation();
            if (d.governor() < 0) {
                return true;
            }
            if (r.startsWith("nsubj") && cues.occurrence().contains(g.lemma(d.governor()))) {
                return true;
            }
            int colon = r.indexOf(':');
            if (colon > 0 && (r.startsWith("obl") || r.startsWith("nmod"))
                    && cues.temporal().contains(r.substring(colon + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean violent(Match m) {
        return VIOLENT_ROOTS.contains(m.code().substring(0, 2));
    }

    /** Participles after a violent event that tell its outcome: "..., killing two officers". */
    private List<Integer> consequences(SentenceGraph g, int trigger) {
        List<Integer> found = new ArrayList<>(1);
        for (Dependency d : g.out(trigger)) {
            String r = d.relation();
            if ((r.startsWith("advcl") || r.equals("dep") || r.equals("xcomp") || r.startsWith("conj"))
                    && cues.consequence().contains(g.lemma(d.dependent()))) {
                found.add(d.dependent());
            }
        }
        return found;
    }

    /** The victims those participles name, for a violent event whose object names no actor. */
    private List<Integer> victims(SentenceGraph g, int trigger) {
        List<Integer> found = new ArrayList<>(2);
        for (int participle : consequences(g, trigger)) {
            found.addAll(g.dependents(participle, x -> x.equals("obj") || x.equals("obl:in")));
        }
        return found;
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
            if (a != null && a.tokens().sentence() == g.sentence().index()) {
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
    private static double confidence(Match m, Argument source, Argument target) {
        EventPattern p = m.pattern();
        double c = 0.95;
        if (p.synonymOf() != null) {
            c -= 0.1;
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
        return p.synonymOf() == null ? what
                : what + " via WordNet: " + p.trigger().head() + " for " + p.synonymOf();
    }
}
