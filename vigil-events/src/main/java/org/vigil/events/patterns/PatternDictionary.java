package org.vigil.events.patterns;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Vigil's event patterns, read from {@code patterns.txt} and widened once, at load, over the WordNet synonyms of
 * the patterns marked for it. Immutable and safe to share.
 */
public final class PatternDictionary {
    public static final String RESOURCE = "patterns.txt";
    /** Word set of heads that are never taken from WordNet: too common or too ambiguous to trigger an event. */
    public static final String NO_SYNONYMS = "NO_SYNONYMS";
    /** Word set of WordNet kinds that no condition admits: the news uses them for something else. */
    public static final String NO_KINDS = "NO_KINDS";
    /** How many levels of WordNet hyponyms a noun's condition admits, and at most how many kinds. */
    private static final int KIND_DEPTH = 3;
    private static final int MOST_KINDS = 150;

    /** Most specific first; then the narrower conditions, the deeper code, the earlier line. */
    private static final Comparator<EventPattern> MOST_SPECIFIC_FIRST =
            Comparator.comparingInt(EventPattern::specificity).reversed()
                    .thenComparingInt(EventPattern::breadth)
                    .thenComparing(p -> p.code() == null ? 0 : p.code().length(), Comparator.reverseOrder())
                    .thenComparingInt(EventPattern::line);

    private final List<EventPattern> written;
    private final List<EventPattern> all;
    private final Map<String, List<EventPattern>> byHead;
    private final Map<EventPattern, EventPattern> kinds;
    private final WordSets sets;

    private PatternDictionary(List<EventPattern> written, List<EventPattern> all, Map<EventPattern, EventPattern> kinds,
                              WordSets sets) {
        this.written = List.copyOf(written);
        this.all = List.copyOf(all);
        this.kinds = kinds;
        this.sets = sets;
        Map<String, List<EventPattern>> index = new HashMap<>();
        for (EventPattern p : all) {
            index.computeIfAbsent(p.trigger().head(), h -> new ArrayList<>()).add(p);
        }
        index.replaceAll((head, list) -> list.stream().sorted(MOST_SPECIFIC_FIRST).toList());
        this.byHead = Map.copyOf(index);
    }

    /** The shipped dictionary, widened with WordNet. */
    public static PatternDictionary load(Predicate<String> codeExists) {
        try (WordNetSynonyms wordnet = new WordNetSynonyms()) {
            return load(codeExists, wordnet);
        }
    }

    /** The shipped dictionary, widened with the given synonyms. */
    public static PatternDictionary load(Predicate<String> codeExists, Synonyms synonyms) {
        try (InputStream in = PatternDictionary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("pattern file not on the classpath: " + RESOURCE);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE, codeExists, synonyms);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public static PatternDictionary parse(Reader reader, String source, Predicate<String> codeExists,
                                          Synonyms synonyms) throws IOException {
        PatternParser.Result parsed = new PatternParser(codeExists).parse(reader, source);
        Set<String> stop = parsed.sets().has(NO_SYNONYMS) ? parsed.sets().get(NO_SYNONYMS, source) : Set.of();
        Set<String> shapes = new HashSet<>();
        parsed.patterns().forEach(p -> shapes.add(p.shape()));
        Set<String> writtenHeads = new HashSet<>();
        parsed.patterns().forEach(p -> writtenHeads.add(p.trigger().head()));
        List<EventPattern> all = new ArrayList<>(parsed.patterns());
        Set<Integer> linesDone = new HashSet<>();
        for (EventPattern p : parsed.patterns()) {
            int senses = p.flags().contains(EventPattern.Flag.SYNONYMS2) ? 2
                    : p.flags().contains(EventPattern.Flag.SYNONYMS) ? 1 : 0;
            // Only a line's first trigger is looked up: the others are often its synonyms already, and WordNet's
            // senses of a rarer word stray far from what the line means.
            if (senses == 0 || !linesDone.add(p.line())) {
                continue;
            }
            for (List<String> synonym : synonyms.of(p.trigger().wordClass(), p.trigger().head(), senses)) {
                String head = synonym.get(0);
                // A head the file writes patterns for is the file's to describe; WordNet only fills gaps.
                if (stop.contains(head) || writtenHeads.contains(head)) {
                    continue;
                }
                List<String> words = new ArrayList<>(synonym.subList(1, synonym.size()));
                words.addAll(p.trigger().words());
                EventPattern derived = p.withSynonym(head, words);
                if (shapes.add(derived.shape())) {
                    all.add(derived);
                }
            }
        }
        Set<String> notKinds = parsed.sets().has(NO_KINDS) ? parsed.sets().get(NO_KINDS, source) : Set.of();
        Map<String, List<String>> kinds = new HashMap<>();
        Map<EventPattern, EventPattern> withKinds = new IdentityHashMap<>();
        for (EventPattern p : all) {
            EventPattern copy = withKinds(p, synonyms, notKinds, kinds);
            if (copy != null) {
                withKinds.put(p, copy);
            }
        }
        return new PatternDictionary(parsed.patterns(), all, withKinds, parsed.sets());
    }

    /**
     * A copy of a pattern whose conditions on nouns also admit the kinds of the nouns they name, as PETRARCH's
     * synsets do: troops sent may be paratroopers or marines. It is flagged {@link EventPattern.Flag#KINDS}; the
     * matcher turns to it only where no pattern of the word matches as written, so that a word written for one
     * pattern is not taken as a kind by another.
     * Conditions that exclude are left as written: the kinds of a word excluded may be what another condition of the
     * pattern asks for (a missile is a kind of rocket). Kinds are read from WordNet's first sense only, a few levels
     * down, and not at all for a word so general it has very many. Null where no condition gains a kind.
     */
    private static EventPattern withKinds(EventPattern p, Synonyms synonyms, Set<String> notKinds,
                                          Map<String, List<String>> kinds) {
        List<Constraint> widened = new ArrayList<>(p.constraints().size());
        boolean gained = false;
        for (Constraint c : p.constraints()) {
            Set<String> more = new HashSet<>();
            if (c.onNouns()) {
                for (String lemma : c.lemmas()) {
                    more.addAll(kinds.computeIfAbsent(lemma, l -> synonyms.kinds(l, KIND_DEPTH, MOST_KINDS).stream()
                            .filter(k -> !notKinds.contains(k)).toList()));
                }
                more.removeAll(c.lemmas());
            }
            gained |= !more.isEmpty();
            widened.add(more.isEmpty() ? c : c.admitting(more));
        }
        return gained ? p.withKinds(widened) : null;
    }

    /** The patterns a lemma triggers, the most specific first. */
    public List<EventPattern> candidates(String headLemma) {
        return byHead.getOrDefault(headLemma, List.of());
    }

    /** The patterns as the file writes them, one per trigger alternative. */
    public List<EventPattern> written() {
        return written;
    }

    /**
     * The same pattern with conditions that admit the WordNet kinds of their nouns (flagged
     * {@link EventPattern.Flag#KINDS}), or null where no condition gains a kind.
     */
    public EventPattern withKinds(EventPattern pattern) {
        return kinds.get(pattern);
    }

    /** The written patterns and those made from WordNet synonyms. */
    public List<EventPattern> all() {
        return all;
    }

    public WordSets wordSets() {
        return sets;
    }
}
