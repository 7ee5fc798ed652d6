package org.vigil.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.vigil.model.AnnotatedDocument;
import org.vigil.model.Article;

/**
 * The resolver must cost little next to the language layer: its mean time per article, over real news annotated
 * here, is printed beside the annotation's and must stay under 5% of it.
 */
class ResolverSpeedTest {

    private static final int ARTICLES = 25;
    private static final int ROUNDS = 20;

    @Test
    void resolvingCostsUnderFivePercentOfAnnotating() throws Exception {
        List<String> texts = texts();
        List<AnnotatedDocument> docs = new ArrayList<>();
        Pipeline.analyzer().apply(article(texts.get(0)));
        long annotating = 0;
        for (String t : texts) {
            long start = System.nanoTime();
            docs.add(Pipeline.annotate(article(t)));
            annotating += System.nanoTime() - start;
        }
        ActorResolver resolver = new ActorResolver();
        for (int i = 0; i < 5; i++) {
            docs.forEach(resolver::apply);
        }
        long resolving = 0;
        int mentions = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            for (AnnotatedDocument d : docs) {
                mentions += resolver.apply(d).size();
            }
            resolving += System.nanoTime() - start;
        }
        double annotateMs = annotating / 1e6 / docs.size();
        double resolveMs = resolving / 1e6 / docs.size() / ROUNDS;
        int tokens = docs.stream().mapToInt(AnnotatedDocument::tokenCount).sum() / docs.size();
        System.out.printf("actor resolver: %.2f ms per article (%d articles, %d tokens and %d mentions on average); "
                        + "annotating: %.0f ms per article; ratio %.2f%%%n", resolveMs, docs.size(), tokens,
                mentions / ROUNDS / docs.size(), annotateMs, 100 * resolveMs / annotateMs);
        assertThat(resolveMs).isLessThan(0.05 * annotateMs);
    }

    private static Article article(String text) {
        return new Article("speed-" + Integer.toHexString(text.hashCode()), null, null, null, LocalDate.of(2018, 6, 1),
                null, "en", text, "test");
    }

    /** The first articles of GeoWebNews when the shared folder has it, else the texts of the resolution cases. */
    private static List<String> texts() throws Exception {
        Path gwn = Path.of(System.getProperty("vigil.shared", "../shared"), "eval", "geowebnews", "GWN.xml");
        List<String> out = new ArrayList<>();
        if (Files.isRegularFile(gwn)) {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            try (InputStream in = Files.newInputStream(gwn)) {
                XMLStreamReader r = factory.createXMLStreamReader(in);
                while (r.hasNext() && out.size() < ARTICLES) {
                    if (r.next() == XMLStreamReader.START_ELEMENT && r.getLocalName().equals("text")) {
                        out.add(r.getElementText());
                    }
                }
            }
        } else {
            ResolutionCases.load().stream().map(e -> e.of().text()).distinct().forEach(out::add);
        }
        return out;
    }
}
