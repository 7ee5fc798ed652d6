package org.vigil.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.vigil.model.Article;

/**
 * Articles from the XML corpora of the shared evaluation folder (GeoWebNews, LGL): every {@code <article>} with a
 * {@code <text>} child. Used as benchmark input, where only the text matters.
 */
final class NewsCorpus {
    private NewsCorpus() {
    }

    static List<Article> read(Path xml) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<Article> articles = new ArrayList<>();
        String stem = xml.getFileName().toString().replaceFirst("\\.xml$", "");
        try (InputStream in = Files.newInputStream(xml)) {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            String title = null;
            while (r.hasNext()) {
                if (r.next() != XMLStreamReader.START_ELEMENT) {
                    continue;
                }
                switch (r.getLocalName()) {
                    case "article" -> title = null;
                    case "title" -> title = r.getElementText().strip();
                    case "text" -> {
                        String text = r.getElementText();
                        if (!text.isBlank()) {
                            String id = stem + "-" + articles.size();
                            articles.add(new Article(id, title, null, null, null, null, "en", text, xml + "#" + id));
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException(xml + ": not a corpus XML file (" + e.getMessage() + ")", e);
        }
        return articles;
    }
}
