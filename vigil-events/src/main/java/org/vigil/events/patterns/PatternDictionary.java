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

    /** Most specific first; then the narrower conditions, the deeper code, the earlier line. */
    private static final Comparator<EventPattern> MOST_SPECIFIC_FIRST =
            Comparator.comparingInt(EventPattern::specificity).reversed()
                    .thenComparingInt(EventPattern::breadth)
                    .thenComparing(p -> p.code() == null ? 0 : p.code().length(), Comparator.reverseOrder())
                    .thenComparingInt(EventPattern::line);

    private final List<EventPattern> written;
    private final List<EventPattern> all;
    private final Map<String, List<EventPattern>> byHead;
    private final WordSets sets;

    private PatternDictionary(List<EventPattern> written, List<EventPattern> all, WordSets sets) {
        this.written = List.copyOf(written);
        this.all = List.copyOf(all);
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
        return new PatternDictionary(parsed.patterns(), all, parsed.sets());
    }

    /** The patterns a lemma triggers, the most specific first. */
    public List<EventPattern> candidates(String headLemma) {
        return byHead.getOrDefault(headLemma, List.of());
    }

    /** The patterns as the file writes them, one per trigger alternative. */
    public List<EventPattern> written() {
        return written;
    }

    /** The written patterns and those made from WordNet synonyms. */
    public List<EventPattern> all() {
        return all;
    }

    public WordSets wordSets() {
        return sets;
    }
}
