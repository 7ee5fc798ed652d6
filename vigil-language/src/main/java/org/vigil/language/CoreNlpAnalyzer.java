package org.vigil.language;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain.CorefMention;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import org.vigil.model.AnnotatedDocument;
import org.vigil.model.Article;
import org.vigil.model.CorefChain;
import org.vigil.model.Dependency;
import org.vigil.model.EntityMention;
import org.vigil.model.Layer;
import org.vigil.model.Mention;
import org.vigil.model.Quote;
import org.vigil.model.Sentence;
import org.vigil.model.Span;
import org.vigil.model.Stage;
import org.vigil.model.TimeExpression;
import org.vigil.model.Token;
import org.vigil.model.TokenRange;

/**
 * The language layer: runs one shared CoreNLP pipeline over an article and converts the result into Vigil's
 * records. The pipeline is expensive to load (about 10 s) and safe to share, so one instance serves every thread.
 */
public final class CoreNlpAnalyzer implements Stage<Article, AnnotatedDocument> {
    private static final Set<Layer> PROVIDES = EnumSet.of(Layer.TEXT, Layer.SENTENCES, Layer.TOKENS, Layer.LEMMAS,
            Layer.PART_OF_SPEECH, Layer.ENTITIES, Layer.TIME_EXPRESSIONS, Layer.DEPENDENCIES, Layer.COREFERENCE,
            Layer.QUOTES);
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

    private final List<String> names;
    private final List<Annotator> steps;
    private final LongAdder[] nanos;
    private final boolean[] serialized;

    public CoreNlpAnalyzer() {
        this(defaults());
    }

    /** Holds the process's one default pipeline, loaded on first use. */
    private static final class Shared {
        static final CoreNlpAnalyzer PIPELINE = new CoreNlpAnalyzer();
    }

    /**
     * The process's one pipeline with the default configuration, loaded on first use: loading costs seconds and
     * gigabytes, and the pipeline is thread-safe, so every command and test of a JVM shares it.
     */
    public static CoreNlpAnalyzer shared() {
        return Shared.PIPELINE;
    }

    public CoreNlpAnalyzer(Properties properties) {
        // StanfordCoreNLP loads the models and checks each annotator's requirements; Vigil then runs the annotators
        // itself so that it can account for the cost of each one across threads.
        StanfordCoreNLP pipeline = new StanfordCoreNLP(properties);
        this.names = List.of(properties.getProperty("annotators").trim().split("\\s*,\\s*"));
        this.steps = names.stream().map(pipeline.pool::get).toList();
        Set<String> unsafe = Set.of(properties.getProperty("vigil.serialized", "").trim().split("\\s*,\\s*"));
        this.serialized = new boolean[names.size()];
        for (int i = 0; i < serialized.length; i++) {
            serialized[i] = unsafe.contains(names.get(i));
        }
        this.nanos = new LongAdder[names.size()];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = new LongAdder();
        }
    }

    /** Vigil's configuration, from {@code corenlp.properties} beside this class. */
    public static Properties defaults() {
        Properties p = new Properties();
        try (InputStream in = CoreNlpAnalyzer.class.getResourceAsStream("corenlp.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /**
     * CPU time spent in each annotator since this analyzer was made, summed over all threads, in pipeline order.
     * CPU time rather than wall time, so the figures hold on a machine that is busy with something else.
     */
    public Map<String, Duration> cost() {
        Map<String, Duration> cost = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            cost.put(names.get(i), Duration.ofNanos(nanos[i].sum()));
        }
        return cost;
    }

    @Override
    public String name() {
        return "corenlp";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TEXT);
    }

    @Override
    public Set<Layer> provides() {
        return PROVIDES;
    }

    @Override
    public AnnotatedDocument apply(Article article) {
        Annotation annotation = new Annotation(article.text());
        if (article.published() != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
        }
        for (int i = 0; i < steps.size(); i++) {
            Annotator step = steps.get(i);
            long start = CPU.getCurrentThreadCpuTime();
            if (serialized[i]) {
                synchronized (step) {
                    step.annotate(annotation);
                }
            } else {
                step.annotate(annotation);
            }
            nanos[i].add(CPU.getCurrentThreadCpuTime() - start);
        }
        return convert(article, annotation);
    }

    private static AnnotatedDocument convert(Article article, Annotation annotation) {
        List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        List<Sentence> sentences = new ArrayList<>(coreSentences.size());
        for (CoreMap s : coreSentences) {
            sentences.add(sentence(s));
        }
        List<EntityMention> entities = new ArrayList<>();
        List<CoreMap> mentions = annotation.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions != null) {
            for (CoreMap m : mentions) {
                EntityMention e = entity(m, coreSentences);
                boolean seen = entities.stream().anyMatch(o -> o.span().equals(e.span()) && o.type().equals(e.type()));
                if (!TIME_TYPES.contains(e.type()) && !seen) {
                    entities.add(e);
                }
            }
        }
        List<TimeExpression> times = times(annotation, sentences);
        for (TimeExpression t : times) {
            entities.add(new EntityMention(t.text(), t.type(), t.span(), tokenRange(sentences.get(t.sentence()),
                    t.span()), t.value()));
        }
        entities.sort(Comparator.comparingInt(e -> e.span().start()));
        List<CorefChain> chains = chains(annotation, sentences);
        List<Quote> quotes = quotes(annotation, coreSentences, sentences, chains);
        return new AnnotatedDocument(article, EnumSet.of(Layer.TEXT, Layer.SENTENCES, Layer.TOKENS, Layer.LEMMAS,
                Layer.PART_OF_SPEECH, Layer.ENTITIES, Layer.TIME_EXPRESSIONS, Layer.DEPENDENCIES, Layer.COREFERENCE,
                Layer.QUOTES), sentences, entities, times, chains, quotes);
    }

    private static Sentence sentence(CoreMap s) {
        int index = s.get(CoreAnnotations.SentenceIndexAnnotation.class);
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel t = labels.get(i);
            tokens.add(new Token(i, t.word(), new Span(t.beginPosition(), t.endPosition()), t.lemma(), t.tag(),
                    t.ner() == null ? "O" : t.ner(), t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
        }
        List<Dependency> edges = new ArrayList<>();
        SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        if (graph != null) {
            graph.getRoots().forEach(r -> edges.add(new Dependency("root", Dependency.ROOT, r.index() - 1)));
            for (SemanticGraphEdge e : graph.edgeIterable()) {
                edges.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1,
                        e.getDependent().index() - 1));
            }
            edges.sort(Comparator.comparingInt(Dependency::dependent).thenComparingInt(Dependency::governor));
        }
        return new Sentence(index, new Span(s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)), tokens, edges);
    }

    private static List<TimeExpression> times(Annotation annotation, List<Sentence> sentences) {
        List<TimeExpression> times = new ArrayList<>();
        List<CoreMap> timexes = annotation.get(TimeAnnotations.TimexAnnotations.class);
        if (timexes == null) {
            return times;
        }
        for (CoreMap t : timexes) {
            Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
            if (timex == null || timex.value() == null) {
                continue;
            }
            String text = t.get(CoreAnnotations.TextAnnotation.class);
            if (commonWord(text, timex.value())) {
                continue;
            }
            Span span = new Span(t.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    t.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
            times.add(new TimeExpression(text, timex.timexType(),
                    timex.value(), span, sentenceAt(sentences, span.start())));
        }
        return times;
    }

    private static final Pattern MONTH_OR_SEASON = Pattern.compile("(\\d{4}|XXXX)-(\\d{2}|SP|SU|FA|WI)");

    /**
     * A lone lower-case word SUTime takes for a month or season is the common word: "staged a march", "the fall of
     * Kabul", "spring water". English writes months capitalised, and a season alone dates nothing to the day.
     */
    static boolean commonWord(String text, String value) {
        return text != null && value != null && text.strip().indexOf(' ') < 0
                && text.equals(text.toLowerCase(Locale.ROOT)) && text.chars().noneMatch(Character::isDigit)
                && MONTH_OR_SEASON.matcher(value).matches();
    }

    private static TokenRange tokenRange(Sentence sentence, Span span) {
        int start = -1;
        int end = -1;
        for (Token t : sentence.tokens()) {
            if (span.contains(t.span())) {
                start = start < 0 ? t.index() : start;
                end = t.index() + 1;
            }
        }
        if (start < 0) {
            start = 0;
            end = 1;
        }
        return new TokenRange(sentence.index(), start, end, end - 1);
    }

    private static EntityMention entity(CoreMap m, List<CoreMap> sentences) {
        int sentence = m.get(CoreAnnotations.SentenceIndexAnnotation.class);
        int sentenceStart = sentences.get(sentence).get(CoreAnnotations.TokenBeginAnnotation.class);
        int start = m.get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceStart;
        int end = m.get(CoreAnnotations.TokenEndAnnotation.class) - sentenceStart;
        return new EntityMention(m.get(CoreAnnotations.TextAnnotation.class),
                m.get(CoreAnnotations.NamedEntityTagAnnotation.class),
                new Span(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                        m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)),
                new TokenRange(sentence, start, end, end - 1),
                m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
    }

    private static List<CorefChain> chains(Annotation annotation, List<Sentence> sentences) {
        Map<Integer, edu.stanford.nlp.coref.data.CorefChain> coref =
                annotation.get(CorefCoreAnnotations.CorefChainAnnotation.class);
        List<CorefChain> chains = new ArrayList<>();
        if (coref == null) {
            return chains;
        }
        for (edu.stanford.nlp.coref.data.CorefChain c : coref.values()) {
            List<Mention> mentions = c.getMentionsInTextualOrder().stream().map(m -> mention(m, sentences)).toList();
            if (mentions.size() < 2) {
                continue;
            }
            chains.add(new CorefChain(c.getChainID(), mention(c.getRepresentativeMention(), sentences), mentions));
        }
        chains.sort(Comparator.comparingInt(c -> c.mentions().get(0).span().start()));
        return chains;
    }

    private static Mention mention(CorefMention m, List<Sentence> sentences) {
        Sentence s = sentences.get(m.sentNum - 1);
        int start = m.startIndex - 1;
        int end = m.endIndex - 1;
        int head = Math.min(Math.max(m.headIndex - 1, start), end - 1);
        Span span = new Span(s.tokens().get(start).span().start(), s.tokens().get(end - 1).span().end());
        return new Mention(m.mentionSpan, span, new TokenRange(s.index(), start, end, head),
                String.valueOf(m.mentionType), String.valueOf(m.gender), String.valueOf(m.number));
    }

    private static List<Quote> quotes(Annotation annotation, List<CoreMap> coreSentences, List<Sentence> sentences,
                                      List<CorefChain> chains) {
        List<CoreMap> found = annotation.get(CoreAnnotations.QuotationsAnnotation.class);
        List<Quote> quotes = new ArrayList<>();
        if (found == null) {
            return quotes;
        }
        for (CoreMap q : found) {
            Span span = new Span(q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
            Integer sentenceBegin = q.get(CoreAnnotations.SentenceBeginAnnotation.class);
            int sentence = sentenceBegin == null ? sentenceAt(sentences, span.start()) : sentenceBegin;
            Mention speaker = speakerMention(q, coreSentences, sentences);
            String canonical = q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class);
            if (speaker != null) {
                // The chain knows more than the attribution sieve: "he" becomes the person it stands for.
                String fallback = canonical == null ? speaker.text() : canonical;
                canonical = chains.stream()
                        .filter(c -> c.mentions().stream().anyMatch(m -> m.span().overlaps(speaker.span())))
                        .map(c -> c.representative().text()).findFirst().orElse(fallback);
            }
            quotes.add(new Quote(q.get(CoreAnnotations.TextAnnotation.class), span, sentence, speaker, canonical));
        }
        return quotes;
    }

    private static Mention speakerMention(CoreMap quote, List<CoreMap> coreSentences, List<Sentence> sentences) {
        Integer begin = quote.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
        Integer end = quote.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
        String text = quote.get(QuoteAttributionAnnotator.MentionAnnotation.class);
        if (begin == null || end == null || text == null) {
            return null;
        }
        for (CoreMap s : coreSentences) {
            int first = s.get(CoreAnnotations.TokenBeginAnnotation.class);
            int last = s.get(CoreAnnotations.TokenEndAnnotation.class);
            if (begin >= first && end < last) {
                Sentence sentence = sentences.get(s.get(CoreAnnotations.SentenceIndexAnnotation.class));
                int start = begin - first;
                int stop = end - first + 1;
                Span span = new Span(sentence.tokens().get(start).span().start(),
                        sentence.tokens().get(stop - 1).span().end());
                String kind = stop - start == 1 && sentence.tokens().get(start).pos().startsWith("PRP")
                        ? "PRONOMINAL" : "PROPER";
                return new Mention(text, span, new TokenRange(sentence.index(), start, stop, stop - 1), kind,
                        "UNKNOWN", "UNKNOWN");
            }
        }
        return null;
    }

    private static int sentenceAt(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (s.span().start() <= offset && offset < s.span().end()) {
                return s.index();
            }
        }
        return Math.max(0, sentences.size() - 1);
    }
}
