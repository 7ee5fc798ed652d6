package org.vigil.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
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
        ArgumentResolver resolver = new ArgumentResolver(doc, actors, cues.firstPerson());
        EventDater dater = new EventDater(doc);
        List<Event> events = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            SentenceGraph g = new SentenceGraph(s);
            Match[] best = new Match[g.size()];
            Set<Integer> consumed = new HashSet<>();
            for (int t = 0; t < g.size(); t++) {
                best[t] = matcher.match(g, t, resolver);
                if (best[t] != null) {
                    // Words a match uses (its object noun, its embedded event) are not events of their own.
                    List<Integer> used = new ArrayList<>();
                    best[t].collectTriggers(used);
                    used.remove(Integer.valueOf(t));
                    consumed.addAll(used);
                }
            }
            for (int t = 0; t < g.size(); t++) {
                if (best[t] != null && best[t].code() != null && !consumed.contains(t)) {
                    emit(doc, g, best[t], resolver, dater, events);
                }
            }
        }
        return merger.merge(events);
    }

    private void emit(AnnotatedDocument doc, SentenceGraph g, Match m, ArgumentResolver resolver, EventDater dater,
                      List<Event> out) {
        EventPattern p = m.pattern();
        boolean noun = p.trigger().wordClass() == WordClass.NOUN;
        List<Argument> sources = resolveAll(g, m.sources(), resolver);
        List<Argument> pair = resolveAll(g, m.pair(), resolver);
        List<Argument> targets = resolveAll(g, m.targets(), resolver);
        boolean targetNamed = !m.targets().isEmpty();
        if (!targetNamed && m.embedded() != null) {
            Match inner = m.embedded();
            targets = resolveAll(g, frames.targetFrom(p.frame()) == FrameTable.TargetFrom.DOER ? inner.sources()
                    : inner.targets(), resolver);
        }
        if (targets.isEmpty() && VIOLENT_ROOTS.contains(m.code().substring(0, 2))) {
            targets = resolveAll(g, victims(g, m), resolver);
        }

        List<Argument[]> dyads = new ArrayList<>();
        boolean symmetric = p.flags().contains(EventPattern.Flag.SYMMETRIC);
        if (pair.size() >= 2 && (sources.isEmpty() || m.origin() != Match.Origin.POSSESSOR)) {
            if (noun && m.origin() == Match.Origin.NONE && !asserted(g, m.trigger())) {
                return;
            }
            pairUp(pair, symmetric, dyads);
        } else if (sources.isEmpty()) {
            return;
        } else if (symmetric && targets.isEmpty() && sources.size() >= 2) {
            pairUp(sources, true, dyads);
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
            boolean hypothetical = stance.hypothetical() || future;
            String rule = rule(m);
            // "Serbia said it would withdraw": a speaker's will about its own act is a statement of intent.
            if (stance.promised() && stance.attributedTo() != null && EventMerger.actorKey(stance.attributedTo())
                    .equals(EventMerger.actorKey(source.actor())) && p.frame() == null) {
                var intent = frames.code(Frame.INTENT, code);
                if (intent.isEmpty()) {
                    continue;
                }
                code = intent.get();
                hypothetical = false;
                rule = rule + " as a statement of intent";
            }
            CameoCode row = codes.get(code).orElseThrow();
            out.add(new Event(code, row.root(), row.quadClass(), row.goldstein(), codes.plover(code),
                    source.actor(), target == null ? null : target.actor(), dated.date(), dated.basis(),
                    stance.negated(), hypothetical, historical, stance.attributedTo(), null, g.sentence().index(),
                    span(g, m, source, target), evidence, confidence(m, source, target), rule));
        }
    }

    private static List<Argument> resolveAll(SentenceGraph g, List<Integer> tokens, ArgumentResolver resolver) {
        List<Argument> found = new ArrayList<>(tokens.size());
        Set<String> seen = new HashSet<>();
        for (int t : tokens) {
            Argument a = resolver.resolve(g, t);
            if (a != null && seen.add(EventMerger.actorKey(a.actor()))) {
                found.add(a);
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

    /** Victims a participle after a violent event names: "..., killing two officers". */
    private List<Integer> victims(SentenceGraph g, Match m) {
        List<Integer> found = new ArrayList<>(2);
        for (Dependency d : g.out(m.trigger())) {
            String r = d.relation();
            int dep = d.dependent();
            if ((r.startsWith("advcl") || r.equals("dep") || r.equals("xcomp") || r.startsWith("conj"))
                    && cues.consequence().contains(g.lemma(dep))) {
                found.addAll(g.dependents(dep, x -> x.equals("obj") || x.equals("obl:in")));
            }
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
