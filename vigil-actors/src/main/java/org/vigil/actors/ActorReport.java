package org.vigil.actors;

import java.util.ArrayList;
import java.util.List;
import org.vigil.model.Actor;
import org.vigil.model.ActorMention;
import org.vigil.model.AnnotatedDocument;
import org.vigil.model.Json;
import org.vigil.model.Span;

/**
 * The resolved mentions of a document as `vigil actors` prints them: one line per mention, as tab-separated text for
 * reading or as JSON for tools. Either way each mention says where it is, what it was coded as and why.
 */
public final class ActorReport {

    /**
     * One mention as a JSON object.
     *
     * @param article  the article's id
     * @param sentence index of the sentence it is in
     * @param head     the head word of its phrase
     * @param actor    the coded actor (text, span, country, organization, sector, person, code)
     * @param reason   what coded it
     */
    public record Row(String article, int sentence, String head, Actor actor, String reason) {
    }

    private ActorReport() {
    }

    /** The rows of a document's mentions, in the order given. */
    public static List<Row> rows(AnnotatedDocument doc, List<ActorMention> mentions) {
        List<Row> out = new ArrayList<>(mentions.size());
        for (ActorMention m : mentions) {
            String head = doc.sentences().get(m.tokens().sentence()).tokens().get(m.tokens().head()).text();
            out.add(new Row(doc.article().id(), m.tokens().sentence(), head, m.actor(), m.reason()));
        }
        return out;
    }

    /**
     * One line per mention, tab-separated: article id, span, text, code, the fields that are set, reason. A dash
     * stands for no code.
     */
    public static List<String> lines(AnnotatedDocument doc, List<ActorMention> mentions) {
        List<String> out = new ArrayList<>(mentions.size());
        for (Row r : rows(doc, mentions)) {
            Actor a = r.actor();
            Span s = a.span();
            out.add(String.join("\t", r.article(), s == null ? "-" : "[" + s.start() + "," + s.end() + "]",
                    a.text().replaceAll("\\s+", " "), a.code() == null ? "-" : a.code(), fields(a), r.reason()));
        }
        return out;
    }

    /** One JSON object per mention (JSON Lines), as {@link Row} describes. */
    public static List<String> jsonLines(AnnotatedDocument doc, List<ActorMention> mentions) {
        return rows(doc, mentions).stream().map(Json::line).toList();
    }

    private static String fields(Actor a) {
        List<String> f = new ArrayList<>(4);
        if (a.country() != null) {
            f.add("country=" + a.country());
        }
        if (a.organization() != null) {
            f.add("organization=" + a.organization());
        }
        if (a.sector() != null) {
            f.add("sector=" + a.sector());
        }
        if (a.person() != null) {
            f.add("person=" + a.person());
        }
        return f.isEmpty() ? "uncoded" : String.join(" ", f);
    }
}
