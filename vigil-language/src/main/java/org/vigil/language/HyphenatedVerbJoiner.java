package org.vigil.language;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.vigil.model.DataLines;

/**
 * Joins a verb written with a hyphen ({@code hyphenated-verbs.txt}: "test-fired", "air-dropped") back into one token
 * after the tokenizer split it in three, so that the tagger sees a verb and the parser its subject and object; and so
 * a noun of a verb and a particle ({@code hyphenated-nouns.txt}: "sit-in", "stand-off"), so that the tagger does not
 * take its particle for a preposition and the parser keeps the noun with its article. Runs after sentence
 * splitting, and numbers the tokens again as it did.
 */
public final class HyphenatedVerbJoiner implements Annotator {
    /** Per first part, the stems of the words written with it: "test" to "fire" and "launch", "sit" to "in". */
    private static final Map<String, Set<String>> VERBS = load();

    /** The constructor CoreNLP calls for a {@code customAnnotatorClass}. */
    public HyphenatedVerbJoiner(String name, Properties properties) {
    }

    @Override
    public void annotate(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        boolean joined = false;
        for (CoreMap sentence : sentences) {
            joined |= join(sentence.get(CoreAnnotations.TokensAnnotation.class));
        }
        if (joined) {
            renumber(annotation, sentences);
        }
    }

    /** Numbers the tokens again, in their sentences and in the document, as sentence splitting left them. */
    private static void renumber(Annotation annotation, List<CoreMap> sentences) {
        List<CoreLabel> all = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            sentence.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
            for (int i = 0; i < tokens.size(); i++) {
                CoreLabel t = tokens.get(i);
                t.setIndex(i + 1);
                t.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
                t.set(CoreAnnotations.TokenEndAnnotation.class, all.size() + 1);
                all.add(t);
            }
            sentence.set(CoreAnnotations.TokenEndAnnotation.class, all.size());
        }
        annotation.set(CoreAnnotations.TokensAnnotation.class, all);
    }

    /** Joins the hyphenated verbs of one sentence; whether there were any. */
    static boolean join(List<CoreLabel> tokens) {
        boolean joined = false;
        for (int i = 0; i + 2 < tokens.size(); i++) {
            CoreLabel first = tokens.get(i);
            CoreLabel hyphen = tokens.get(i + 1);
            CoreLabel last = tokens.get(i + 2);
            Set<String> stems = VERBS.get(first.word().toLowerCase(Locale.ROOT));
            boolean adjacent = first.endPosition() == hyphen.beginPosition()
                    && hyphen.endPosition() == last.beginPosition();
            if (stems == null || !adjacent || !hyphen.word().equals("-") || !formOf(last.word(), stems)) {
                continue;
            }
            String word = first.word() + "-" + last.word();
            first.setWord(word);
            first.setValue(word);
            first.setOriginalText(first.originalText() + hyphen.originalText() + last.originalText());
            first.setEndPosition(last.endPosition());
            first.set(CoreAnnotations.AfterAnnotation.class, last.get(CoreAnnotations.AfterAnnotation.class));
            tokens.remove(i + 2);
            tokens.remove(i + 1);
            joined = true;
        }
        return joined;
    }

    /** Whether the word is a form of one of the verbs: the stem with -s, -ed, -ing, a doubled consonant or none. */
    private static boolean formOf(String word, Set<String> stems) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String stem : stems) {
            String base = stem.endsWith("e") ? stem.substring(0, stem.length() - 1) : stem;
            if (w.equals(stem) || w.startsWith(base) && w.length() - base.length() <= 4
                    && w.substring(base.length()).matches("e?s|e?d|ing|[a-z](ed|ing)|es")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of();
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> verbs = new HashMap<>();
        for (String file : List.of("hyphenated-verbs.txt", "hyphenated-nouns.txt")) {
            for (String line : DataLines.words(HyphenatedVerbJoiner.class, file)) {
                String[] parts = line.toLowerCase(Locale.ROOT).split("-", 2);
                if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
                    throw new IllegalStateException(file + ": not a hyphenated word: " + line);
                }
                verbs.computeIfAbsent(parts[0], k -> new HashSet<>()).add(parts[1]);
            }
        }
        return Map.copyOf(verbs);
    }
}
