package org.vigil.places;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.vigil.model.Span;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Toponym-resolution gold in the XML of Gritta et al.'s geoparsing corpora: GeoWebNews ({@code extractedName},
 * {@code geonamesID}, {@code latitude}, {@code longitude}, {@code modifierType}) and LGL ({@code phrase} and a
 * {@code gaztag} with {@code geonameid}, {@code lat}, {@code lon}). GeoWebNews' location expressions ("the
 * area") and the organisation names that hold a toponym are not toponyms and are left out.
 */
public final class GoldCorpus {

    /**
     * A gold toponym. {@code span} is null where the gold's offsets are broken; {@code lat} and {@code lon} are
     * null where the gold does not geocode it; {@code geonameId} is null when the gold gives no id.
     */
    public record GoldToponym(String name, Span span, Double lat, Double lon, String geonameId, boolean adjective) {
        public boolean isGeocoded() {
            return lat != null && lon != null;
        }
    }

    private static final Set<String> NOT_TOPONYMS = Set.of("Literal_Expression", "Non_Lit_Expression",
            "Non_Toponym");

    /** An article with its text and gold toponyms. */
    public record GoldArticle(String id, String text, List<GoldToponym> toponyms) {
        public GoldArticle {
            toponyms = List.copyOf(toponyms);
        }
    }

    private GoldCorpus() {
    }

    public static List<GoldArticle> read(Path xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root = factory.newDocumentBuilder().parse(xml.toFile()).getDocumentElement();
            List<GoldArticle> articles = new ArrayList<>();
            for (Element article : children(root, "article")) {
                String id = article.hasAttribute("file") ? article.getAttribute("file") : article.getAttribute("docid");
                List<GoldToponym> toponyms = new ArrayList<>();
                for (Element list : children(article, "toponyms")) {
                    for (Element toponym : children(list, "toponym")) {
                        GoldToponym gold = toponym(toponym);
                        if (gold != null) {
                            toponyms.add(gold);
                        }
                    }
                }
                Element body = child(article, "text");
                // Raw, not stripped: the gold offsets count from the first character of <text>.
                articles.add(new GoldArticle(id, body == null ? "" : body.getTextContent(), toponyms));
            }
            return articles;
        } catch (IOException e) {
            throw new UncheckedIOException(xml.toString(), e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalArgumentException("cannot read gold corpus " + xml, e);
        }
    }

    private static GoldToponym toponym(Element e) {
        if (NOT_TOPONYMS.contains(text(e, "type"))) {
            return null;
        }
        Element gaztag = child(e, "gaztag");
        String lat = gaztag != null ? text(gaztag, "lat") : text(e, "latitude");
        String lon = gaztag != null ? text(gaztag, "lon") : text(e, "longitude");
        boolean geocoded = !lat.isEmpty() && !lon.isEmpty();
        String name = child(e, "phrase") != null ? text(e, "phrase") : text(e, "extractedName");
        String id = gaztag != null ? gaztag.getAttribute("geonameid") : text(e, "geonamesID");
        int start = Integer.parseInt(text(e, "start"));
        int end = Integer.parseInt(text(e, "end"));
        return new GoldToponym(name, 0 <= start && start <= end ? new Span(start, end) : null,
                geocoded ? Double.valueOf(lat) : null, geocoded ? Double.valueOf(lon) : null, id.isEmpty() ? null : id,
                text(e, "modifierType").equals("Adjective"));
    }

    private static String text(Element parent, String tag) {
        Element e = child(parent, tag);
        return e == null ? "" : e.getTextContent().strip();
    }

    private static Element child(Element parent, String tag) {
        List<Element> found = children(parent, tag);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                found.add(e);
            }
        }
        return found;
    }
}
