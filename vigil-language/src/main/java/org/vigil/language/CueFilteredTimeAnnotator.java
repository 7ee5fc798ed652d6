package org.vigil.language;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.vigil.model.DataLines;

/**
 * SUTime, run only where a time expression can be: on windows of a few tokens around the words of
 * {@code time-cues.txt} (and digits). SUTime's rule cascade costs in proportion to the tokens it scans, and is the
 * second most expensive step of the language layer when run on every sentence, while most news sentences hold no
 * date and those that do hold it in a few words. Dates are resolved against the document's DocDateAnnotation, so
 * "on Wednesday" in a report of Saturday 30 September 2023 becomes 2023-09-27.
 *
 * <p>Tokens inside a time expression get its type as their NER tag and its value as their normalised tag.
 */
public final class CueFilteredTimeAnnotator implements Annotator {
    /** The words of time-cues.txt, lower case; the tag repairs read time phrases by them too. */
    static final Set<String> CUES = loadCues();
    private static final Set<String> OVERWRITABLE = Set.of("O", "NUMBER", "ORDINAL", "DATE", "TIME", "DURATION",
            "SET");

    /** Tokens taken on each side of a cue: "the first Tuesday of next month", "2 p.m. local time on Sunday". */
    private static final int REACH = 6;

    private final TimeAnnotator sutime;

    /** The constructor CoreNLP calls for a {@code customAnnotatorClass}. */
    public CueFilteredTimeAnnotator(String name, Properties properties) {
        this.sutime = new TimeAnnotator("sutime", properties);
    }

    /** Token windows around the cues of a sentence, merged where they overlap; empty when it has no cue. */
    static List<int[]> windows(List<CoreLabel> tokens) {
        List<int[]> windows = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (isCue(tokens.get(i).word())) {
                int from = Math.max(0, i - REACH);
                int to = Math.min(tokens.size(), i + REACH + 1);
                int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
                if (last != null && from <= last[1]) {
                    last[1] = to;
                } else {
                    windows.add(new int[] {from, to});
                }
            }
        }
        return windows;
    }

    private static boolean isCue(String word) {
        if (CUES.contains(word.toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void annotate(Annotation annotation) {
        String docDate = annotation.get(CoreAnnotations.DocDateAnnotation.class);
        String text = annotation.get(CoreAnnotations.TextAnnotation.class);
        SUTime.TimeIndex index = new SUTime.TimeIndex();
        List<CoreMap> all = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            List<CoreMap> found = new ArrayList<>();
            for (int[] w : windows(tokens)) {
                for (CoreMap timex : sutime.annotateSingleSentence(fragment(sentence, tokens, w, text), docDate,
                        index)) {
                    tag(timex, tokens);
                    found.add(timex);
                }
            }
            if (!found.isEmpty()) {
                sentence.set(TimeAnnotations.TimexAnnotations.class, found);
                all.addAll(found);
            }
        }
        annotation.set(TimeAnnotations.TimexAnnotations.class, all);
    }

    /** A window of a sentence dressed as a sentence, which is all SUTime needs. */
    private static CoreMap fragment(CoreMap sentence, List<CoreLabel> tokens, int[] window, String text) {
        List<CoreLabel> words = tokens.subList(window[0], window[1]);
        int begin = words.get(0).beginPosition();
        int end = words.get(words.size() - 1).endPosition();
        CoreMap fragment = new ArrayCoreMap(sentence);
        fragment.set(CoreAnnotations.TokensAnnotation.class, words);
        fragment.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        fragment.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        fragment.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        Integer first = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        if (first != null) {
            fragment.set(CoreAnnotations.TokenBeginAnnotation.class, first + window[0]);
            fragment.set(CoreAnnotations.TokenEndAnnotation.class, first + window[1]);
        }
        return fragment;
    }

    private static void tag(CoreMap timexMap, List<CoreLabel> tokens) {
        Timex timex = timexMap.get(TimeAnnotations.TimexAnnotation.class);
        if (timex == null || timex.value() == null) {
            return;
        }
        int begin = timexMap.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = timexMap.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        for (CoreLabel t : tokens) {
            boolean untagged = t.ner() == null || OVERWRITABLE.contains(t.ner());
            if (t.beginPosition() >= begin && t.endPosition() <= end && untagged) {
                t.setNER(timex.timexType());
                t.set(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class, timex.value());
            }
        }
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
                CoreAnnotations.PartOfSpeechAnnotation.class, CoreAnnotations.LemmaAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(TimeAnnotations.TimexAnnotations.class);
    }

    private static Set<String> loadCues() {
        Set<String> cues = new HashSet<>();
        for (String w : DataLines.words(CueFilteredTimeAnnotator.class, "time-cues.txt")) {
            cues.add(w.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(cues);
    }
}
