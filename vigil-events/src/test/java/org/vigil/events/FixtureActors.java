package org.vigil.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.model.Actor;
import org.vigil.model.ActorMention;
import org.vigil.model.ActorStage;
import org.vigil.model.AnnotatedDocument;
import org.vigil.model.Dependency;
import org.vigil.model.Layer;
import org.vigil.model.Sentence;
import org.vigil.model.Span;
import org.vigil.model.Token;
import org.vigil.model.TokenRange;

/**
 * A stand-in for the actor stage in the event coder's tests: codes the words of a fixture table (countries,
 * capitals, demonyms, a few organisations, sector nouns and people) and gives each the phrase it heads or
 * belongs to, from the dependency graph. Nothing in the event coder depends on it.
 */
final class FixtureActors implements ActorStage {
    private record Entry(List<String> words, String country, String organization, String sector, String person) {
    }

    private static final Set<String> NP_RELATIONS = Set.of("compound", "amod", "nmod:poss", "flat", "det",
            "nummod", "case", "advmod");
    private static final Set<String> CLIMB_RELATIONS = Set.of("compound", "amod", "nmod:poss", "flat");

    private final List<Entry> entries;
    private final Set<String> heads;

    FixtureActors() {
        entries = new ArrayList<>();
        for (String line : lines("fixture-actors.tsv")) {
            String[] f = line.split("\t");
            if (f[0].equals("words")) {
                continue;
            }
            entries.add(new Entry(List.of(f[0].toLowerCase(Locale.ROOT).split(" ")), dash(f[1]), dash(f[2]),
                    dash(f[3]), dash(f[4])));
        }
        // Longest entries first, so that "United States" is one match rather than "States" alone.
        entries.sort((a, b) -> b.words().size() - a.words().size());
        heads = new HashSet<>(lines("fixture-heads.txt"));
    }

    private static String dash(String s) {
        return s.equals("-") ? null : s;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = FixtureActors.class.getResourceAsStream(resource)) {
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String name() {
        return "fixture-actors";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TOKENS, Layer.DEPENDENCIES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of();
    }

    @Override
    public List<ActorMention> apply(AnnotatedDocument doc) {
        List<ActorMention> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            Set<Integer> headsDone = new HashSet<>();
            for (int t = 0; t < s.tokens().size(); t++) {
                Entry e = entryAt(s, t);
                if (e == null) {
                    continue;
                }
                int head = climb(s, t + e.words().size() - 1);
                if (headsDone.add(head)) {
                    out.add(mention(doc, s, head));
                }
                t += e.words().size() - 1;
            }
        }
        return out;
    }

    private Entry entryAt(Sentence s, int t) {
        for (Entry e : entries) {
            if (t + e.words().size() > s.tokens().size()) {
                continue;
            }
            boolean all = true;
            for (int i = 0; i < e.words().size() && all; i++) {
                all = s.tokens().get(t + i).text().toLowerCase(Locale.ROOT).equals(e.words().get(i));
            }
            if (all) {
                return e;
            }
        }
        return null;
    }

    /** Up from a coded word to the noun whose phrase it belongs to, where that noun names an actor. */
    private int climb(Sentence s, int token) {
        int current = token;
        for (int guard = 0; guard < 6; guard++) {
            int next = -1;
            for (Dependency d : s.governorsOf(current)) {
                if (CLIMB_RELATIONS.contains(d.relation()) && d.governor() >= 0) {
                    Token gov = s.tokens().get(d.governor());
                    if (gov.pos().startsWith("NNP") || heads.contains(gov.lemma().toLowerCase(Locale.ROOT))) {
                        next = d.governor();
                        break;
                    }
                }
            }
            if (next < 0) {
                return current;
            }
            current = next;
        }
        return current;
    }

    private ActorMention mention(AnnotatedDocument doc, Sentence s, int head) {
        List<Integer> phrase = new ArrayList<>();
        collect(s, head, phrase);
        int start = phrase.stream().min(Integer::compare).orElseThrow();
        int end = phrase.stream().max(Integer::compare).orElseThrow() + 1;
        String country = null;
        String organization = null;
        String sector = null;
        String person = null;
        for (int t = start; t < end; t++) {
            Entry e = entryAt(s, t);
            if (e != null) {
                country = country == null ? e.country() : country;
                organization = organization == null ? e.organization() : organization;
                sector = sector == null ? e.sector() : sector;
                person = person == null ? e.person() : person;
            }
        }
        String code = (country != null ? country : organization != null ? organization : "")
                + (sector != null ? sector : "");
        Span span = new Span(s.tokens().get(start).span().start(), s.tokens().get(end - 1).span().end());
        Actor actor = new Actor(span.of(doc.article().text()), span, country, organization, sector, person,
                code.isEmpty() ? null : code);
        return new ActorMention(actor, new TokenRange(s.index(), start, end, head), "fixture");
    }

    private static void collect(Sentence s, int token, List<Integer> into) {
        into.add(token);
        for (Dependency d : s.dependentsOf(token)) {
            boolean possessive = !d.relation().equals("case") || s.tokens().get(d.dependent()).pos().equals("POS");
            if (NP_RELATIONS.contains(d.relation()) && possessive && !into.contains(d.dependent())) {
                collect(s, d.dependent(), into);
            }
        }
    }
}
