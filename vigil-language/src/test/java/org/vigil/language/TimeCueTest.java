package org.vigil.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vigil.model.Article;

/**
 * The contract of time-cues.txt: over real news text, SUTime run only on cue sentences finds every calendar date
 * that SUTime run on every sentence finds. TempEval-3's platinum documents carry their creation dates.
 */
class TimeCueTest {
    private static final Pattern CALENDAR = Pattern.compile("^\\d{4}(-\\d{2}(-\\d{2})?)?(T.*)?$");

    @Test
    void filteredSutimeFindsEveryCalendarDateOfUnfilteredSutime() throws IOException {
        Path folder = Analyzers.shared("eval/tempeval3-platinum/te3-platinum");
        assumeTrue(folder != null, "TempEval-3 platinum is not beside this checkout");
        Properties base = CoreNlpAnalyzer.defaults();
        base.setProperty("annotators", "tokenize, ssplit, pos, lemma, vigiltime");
        CoreNlpAnalyzer filtered = new CoreNlpAnalyzer(base);
        Properties whole = CoreNlpAnalyzer.defaults();
        whole.setProperty("annotators", "tokenize, ssplit, pos, lemma, sutime");
        whole.setProperty("customAnnotatorClass.sutime", "edu.stanford.nlp.time.TimeAnnotator");
        StanfordCoreNLP unfiltered = new StanfordCoreNLP(whole);

        int documents = 0;
        int dates = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tml")).sorted().toList()) {
                String tml = Files.readString(f);
                String text = tml.substring(tml.indexOf("<TEXT>") + 6, tml.indexOf("</TEXT>"))
                        .replaceAll("<[^>]+>", "");
                LocalDate dct = creationDate(tml);
                Annotation a = new Annotation(text);
                a.set(CoreAnnotations.DocDateAnnotation.class, dct.toString());
                unfiltered.annotate(a);
                Set<String> expected = new TreeSet<>();
                for (CoreMap t : a.get(TimeAnnotations.TimexAnnotations.class)) {
                    Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
                    if (timex.value() != null && CALENDAR.matcher(timex.value()).matches()) {
                        expected.add(t.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) + ":" + timex.value());
                    }
                }
                Set<String> found = filtered.apply(new Article(f.getFileName().toString(), null, null, null, dct,
                                null, "en", text, f.toString())).times().stream()
                        .map(t -> t.span().start() + ":" + t.value()).collect(Collectors.toSet());
                assertThat(found).as(f.getFileName().toString()).containsAll(expected);
                documents++;
                dates += expected.size();
            }
        }
        assertThat(documents).isEqualTo(20);
        assertThat(dates).isGreaterThan(50);
    }

    private static LocalDate creationDate(String tml) {
        Matcher m = Pattern.compile("<TIMEX3[^>]*value=\"(\\d{4}-\\d{2}-\\d{2})\"[^>]*CREATION_TIME").matcher(tml);
        if (!m.find()) {
            m = Pattern.compile("<TIMEX3[^>]*CREATION_TIME[^>]*value=\"(\\d{4}-\\d{2}-\\d{2})\"").matcher(tml);
            m.find();
        }
        return LocalDate.parse(m.group(1));
    }
}
