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
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * SUTime, run only on the sentences that can hold a time expression. SUTime's rule cascade is the single most
 * expensive step of the language layer when run on every sentence, and most news sentences hold no date; a cheap
 * word test ({@code time-cues.txt}) skips those. Dates are resolved against the document's DocDateAnnotation, so
 * "on Wednesday" in a report of Saturday 30 September 2023 becomes 2023-09-27.
 *
 * <p>Tokens inside a time expression get its type as their NER tag and its value as their normalised tag.
 */
public final class CueFilteredTimeAnnotator implements Annotator {
    private static final Set<String> CUES = loadCues();
    private static final Set<String> OVERWRITABLE = Set.of("O", "NUMBER", "ORDINAL", "DATE", "TIME", "DURATION",
            "SET");

    private final TimeAnnotator sutime;

    /** The constructor CoreNLP calls for a {@code customAnnotatorClass}. */
    public CueFilteredTimeAnnotator(String name, Properties properties) {
        this.sutime = new TimeAnnotator("sutime", properties);
    }

    static boolean hasCue(List<CoreLabel> tokens) {
        for (CoreLabel t : tokens) {
            String w = t.word();
            if (CUES.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
            for (int i = 0; i < w.length(); i++) {
                if (Character.isDigit(w.charAt(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public void annotate(Annotation annotation) {
        String docDate = annotation.get(CoreAnnotations.DocDateAnnotation.class);
        SUTime.TimeIndex index = new SUTime.TimeIndex();
        List<CoreMap> all = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (!hasCue(tokens)) {
                continue;
            }
            List<CoreMap> found = sutime.annotateSingleSentence(sentence, docDate, index);
            for (CoreMap timex : found) {
                tag(timex, tokens);
            }
            sentence.set(TimeAnnotations.TimexAnnotations.class, found);
            all.addAll(found);
        }
        annotation.set(TimeAnnotations.TimexAnnotations.class, all);
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
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                CueFilteredTimeAnnotator.class.getResourceAsStream("time-cues.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    for (String w : line.trim().split("\\s+")) {
                        cues.add(w.toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(cues);
    }
}
