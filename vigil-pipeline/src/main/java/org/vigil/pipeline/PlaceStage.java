package org.vigil.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.model.AnnotatedDocument;
import org.vigil.model.Event;
import org.vigil.model.Place;
import org.vigil.model.Span;
import org.vigil.places.PlaceMention;
import org.vigil.places.ResolutionContext;
import org.vigil.places.ResolvedPlace;
import org.vigil.places.ToponymResolver;

/**
 * Puts a document on the map: resolves its toponyms against the gazetteer, then gives every event the place its
 * clause names, else its sentence's, else the article's focus, saying which.
 */
final class PlaceStage {
    /** Where an event's location came from. */
    enum Basis { CLAUSE, SENTENCE, FOCUS, DATELINE }

    record Located(Place place, Basis basis) {
    }

    private final ToponymResolver resolver;
    private final PlaceFinder finder = new PlaceFinder();

    PlaceStage(ToponymResolver resolver) {
        this.resolver = resolver;
    }

    List<Place> places(AnnotatedDocument doc, Set<String> actorCountries) {
        List<PlaceMention> mentions = finder.find(doc);
        List<String> names = mentions.stream().map(PlaceMention::text).toList();
        List<ResolvedPlace> resolved = resolver.resolve(mentions,
                new ResolutionContext(names, doc.article().datelinePlace(), actorCountries));
        List<Place> places = new ArrayList<>();
        for (ResolvedPlace r : resolved) {
            if (r.isResolved()) {
                places.add(named(r.place(), doc.article().text()));
            }
        }
        return places;
    }

    /** "Washington, DC" is Washington, inside DC: the place is named by its first part. */
    private static Place named(Place p, String text) {
        int comma = p.text().indexOf(',');
        if (comma < 0 || p.span() == null) {
            return p;
        }
        Span span = new Span(p.span().start(), p.span().start() + comma);
        return new Place(span.of(text), p.name(), p.country(), p.admin1(), p.lat(), p.lon(), p.feature(),
                p.gazetteerId(), span, p.qualifier());
    }

    /** The location of an event, and why. */
    Located locate(Event event, AnnotatedDocument doc, List<Place> places) {
        Span sentence = doc.sentences().get(event.sentence()).span();
        Place inClause = null;
        Place inSentence = null;
        for (Place p : places) {
            if (p.span() == null || isDateline(p, doc)) {
                continue;
            }
            if (event.span() != null && event.span().contains(p.span()) && inClause == null) {
                inClause = p;
            } else if (sentence.contains(p.span()) && inSentence == null) {
                inSentence = p;
            }
        }
        if (inClause != null) {
            return new Located(inClause, Basis.CLAUSE);
        }
        if (inSentence != null) {
            return new Located(inSentence, Basis.SENTENCE);
        }
        Place focus = focus(doc, places);
        if (focus != null) {
            return new Located(focus, Basis.FOCUS);
        }
        return places.isEmpty() ? null : new Located(places.get(0), Basis.DATELINE);
    }

    /**
     * The article's focus: a place of the country its toponyms name most often, outside the dateline, preferring
     * the country itself. The dateline is where the report was filed, not where things happened.
     */
    static Place focus(AnnotatedDocument doc, List<Place> places) {
        Map<String, Integer> byCountry = new LinkedHashMap<>();
        for (Place p : places) {
            if (p.country() != null && !isDateline(p, doc)) {
                byCountry.merge(p.country(), 1, Integer::sum);
            }
        }
        String country = byCountry.entrySet().stream().max(Comparator.comparingInt(Map.Entry::getValue))
                .map(Map.Entry::getKey).orElse(null);
        if (country == null) {
            return null;
        }
        return places.stream().filter(p -> country.equals(p.country()) && !isDateline(p, doc))
                .min(Comparator.comparing(p -> "country".equals(p.feature()) ? 0 : 1)).orElse(null);
    }

    private static boolean isDateline(Place p, AnnotatedDocument doc) {
        String dateline = doc.article().datelinePlace();
        if (dateline == null || p.span() == null) {
            return false;
        }
        String text = doc.article().text();
        int lead = text.length() > 0 && Character.isLetter(text.charAt(0)) ? dateline.length() + 40 : 0;
        return p.span().start() < lead && dateline.toLowerCase().contains(p.text().toLowerCase());
    }
}
