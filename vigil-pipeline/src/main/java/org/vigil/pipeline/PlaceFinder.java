package org.vigil.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.model.AnnotatedDocument;
import org.vigil.model.DataLines;
import org.vigil.model.Dependency;
import org.vigil.model.EntityMention;
import org.vigil.model.Sentence;
import org.vigil.model.Span;
import org.vigil.model.Token;
import org.vigil.places.PlaceMention;

/**
 * Finds the toponyms of a document: the recogniser's LOCATION mentions, taken with a qualifier that narrows them
 * ("northern Kosovo"), and country adjectives where they name a place ("the Serbian border"). Apart from those,
 * it finds the country adjectives that describe something ("Turkish troops", "a Syrian refugee"): they still
 * refer to the country, but say whose or from where, not where something happened.
 */
final class PlaceFinder {
    private static final Set<String> PLACE_NOUNS = Set.copyOf(DataLines.words(PlaceFinder.class, "place-nouns.txt"));

    List<PlaceMention> find(AnnotatedDocument doc) {
        String text = doc.article().text();
        List<PlaceMention> mentions = new ArrayList<>();
        for (EntityMention e : doc.entities()) {
            if (!e.type().equals("LOCATION")) {
                continue;
            }
            Sentence s = doc.sentences().get(e.tokens().sentence());
            int start = e.span().start();
            if (e.tokens().start() > 0) {
                Token before = s.tokens().get(e.tokens().start() - 1);
                if (PlaceMention.isQualifier(before.text())) {
                    start = before.span().start();
                }
            }
            Span span = new Span(start, e.span().end());
            mentions.add(PlaceMention.of(span.of(text), span));
        }
        for (Sentence s : doc.sentences()) {
            for (Dependency d : s.dependencies()) {
                if (isCountryAdjective(doc, s, d) && PLACE_NOUNS.contains(nounOf(s, d))) {
                    Token adjective = s.tokens().get(d.dependent());
                    mentions.add(PlaceMention.demonym(adjective.text(), adjective.span()));
                }
            }
        }
        mentions.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return mentions;
    }

    /**
     * The capitalised adjectives that describe a thing or people rather than name a place: "Turkish troops", "the
     * Syrian government". Most are no country's ("Federal", "Christian"): the caller keeps those that resolve to a
     * country. Those before a place noun are found by {@link #find} instead.
     */
    List<PlaceMention> descriptive(AnnotatedDocument doc) {
        List<PlaceMention> mentions = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            for (Dependency d : s.dependencies()) {
                if (isCountryAdjective(doc, s, d) && !PLACE_NOUNS.contains(nounOf(s, d))) {
                    Token adjective = s.tokens().get(d.dependent());
                    mentions.add(PlaceMention.demonym(adjective.text(), adjective.span()));
                }
            }
        }
        return mentions;
    }

    private static boolean isCountryAdjective(AnnotatedDocument doc, Sentence s, Dependency d) {
        if (!d.relation().equals("amod") || d.governor() < 0) {
            return false;
        }
        Token adjective = s.tokens().get(d.dependent());
        return Character.isUpperCase(adjective.text().charAt(0)) && !insideLocation(doc, adjective.span());
    }

    private static String nounOf(Sentence s, Dependency d) {
        return s.tokens().get(d.governor()).lemma().toLowerCase(Locale.ROOT);
    }

    private static boolean insideLocation(AnnotatedDocument doc, Span span) {
        return doc.entities().stream().anyMatch(e -> e.type().equals("LOCATION") && e.span().contains(span));
    }
}
