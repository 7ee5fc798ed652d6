package org.vigil.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.model.Actor;
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

    /**
     * What a describing adjective may resolve to: a people's country ("Turkish"). One that resolved to a town,
     * county or division ("Christian" to Christian County, "Federal" to a Federal District) named no place at all;
     * wider areas ("European", "Arab") are left out too, since corpora disagree on whether they are toponyms.
     */
    private static final Set<String> AREAS_OF_A_PEOPLE = Set.of("country");

    private static final List<String> DATELINE_SEPARATORS = List.of(" - ", " -- ", " \u2014", " \u2013", ":");

    private final ToponymResolver resolver;
    private final PlaceFinder finder = new PlaceFinder();

    PlaceStage(ToponymResolver resolver) {
        this.resolver = resolver;
    }

    /**
     * A document's resolved places: all of them, in text order, and those that can say where an event happened
     * (all but the adjectives that describe: "Turkish troops" tells whose troops, not where they were).
     */
    record Found(List<Place> all, List<Place> locative) {
        Found {
            all = List.copyOf(all);
            locative = List.copyOf(locative);
        }
    }

    Found places(AnnotatedDocument doc, Set<String> actorCountries) {
        List<PlaceMention> locative = finder.find(doc);
        List<PlaceMention> mentions = new ArrayList<>(locative);
        mentions.addAll(finder.descriptive(doc));
        List<String> names = mentions.stream().map(PlaceMention::text).toList();
        // Resolved together, so that "Turkish troops" counts as context for "Afrin" and the other way round.
        List<ResolvedPlace> resolved = resolver.resolve(mentions,
                new ResolutionContext(names, doc.article().datelinePlace(), actorCountries,
                        doc.article().text()));
        List<Place> all = new ArrayList<>();
        List<Place> located = new ArrayList<>();
        for (int i = 0; i < resolved.size(); i++) {
            ResolvedPlace r = resolved.get(i);
            boolean describes = i >= locative.size();
            if (r.isResolved() && (!describes || AREAS_OF_A_PEOPLE.contains(r.place().feature()))) {
                Place place = named(r.place(), doc.article().text());
                all.add(place);
                if (!describes) {
                    located.add(place);
                }
            }
        }
        all.sort(Comparator.comparingInt(p -> p.span() == null ? -1 : p.span().start()));
        return new Found(all, located);
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
        Span clause = event.span() == null ? sentence : event.span();
        int dateline = datelineEnd(doc);
        Place inClause = null;
        Place inSentence = null;
        for (Place p : places) {
            // A place that names the actor ("Serbia deployed tanks") says who acted, not where.
            if (p.span() == null || p.span().end() <= dateline || names(event.source(), p)
                    || names(event.target(), p)) {
                continue;
            }
            if (clause.contains(p.span())) {
                inClause = nearer(inClause, p, clause);
            } else if (sentence.contains(p.span())) {
                inSentence = nearer(inSentence, p, clause);
            }
        }
        if (inClause != null) {
            return new Located(inClause, Basis.CLAUSE);
        }
        if (inSentence != null) {
            return new Located(inSentence, Basis.SENTENCE);
        }
        Place focus = focus(places, dateline);
        if (focus != null) {
            return new Located(focus, Basis.FOCUS);
        }
        return places.isEmpty() ? null : new Located(places.get(0), Basis.DATELINE);
    }

    private static Place nearer(Place best, Place p, Span clause) {
        return best == null || distance(p, clause) < distance(best, clause) ? p : best;
    }

    private static int distance(Place p, Span clause) {
        return p.span().end() <= clause.start() ? clause.start() - p.span().end()
                : Math.max(0, p.span().start() - clause.end());
    }

    /**
     * Where the dateline ends: the first separator ("WASHINGTON (Reuters) -", "Kyiv, Ukraine —", "Washington, DC
     * [US], October 1 :") near the start of a text whose article has a dateline place; 0 when it has none.
     */
    static int datelineEnd(AnnotatedDocument doc) {
        if (doc.article().datelinePlace() == null) {
            return 0;
        }
        String head = doc.article().text();
        head = head.substring(0, Math.min(head.length(), 160));
        int end = Integer.MAX_VALUE;
        for (String separator : DATELINE_SEPARATORS) {
            int at = head.indexOf(separator);
            if (at >= 0) {
                end = Math.min(end, at + separator.length());
            }
        }
        return end == Integer.MAX_VALUE ? 0 : end;
    }

    private static boolean names(Actor actor, Place p) {
        return actor != null && actor.span() != null && actor.span().overlaps(p.span());
    }

    /**
     * The article's focus: a place of the country its toponyms name most often after the dateline, preferring the
     * country itself. The dateline is where the report was filed, not where things happened.
     */
    static Place focus(List<Place> places, int datelineEnd) {
        Map<String, Integer> byCountry = new LinkedHashMap<>();
        for (Place p : places) {
            if (p.country() != null && p.span() != null && p.span().end() > datelineEnd) {
                byCountry.merge(p.country(), 1, Integer::sum);
            }
        }
        String country = byCountry.entrySet().stream().max(Comparator.comparingInt(Map.Entry::getValue))
                .map(Map.Entry::getKey).orElse(null);
        if (country == null) {
            return null;
        }
        return places.stream().filter(p -> country.equals(p.country()) && p.span().end() > datelineEnd)
                .min(Comparator.comparing(p -> "country".equals(p.feature()) ? 0 : 1)).orElse(null);
    }
}
