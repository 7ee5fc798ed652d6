package org.vigil.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.events.EventCoder;
import org.vigil.events.casualty.CasualtyExtractor;
import org.vigil.model.Actor;
import org.vigil.model.ActorMention;
import org.vigil.model.ActorStage;
import org.vigil.model.AnnotatedDocument;
import org.vigil.model.Article;
import org.vigil.model.ArticleHeader;
import org.vigil.model.Casualty;
import org.vigil.model.CodedArticle;
import org.vigil.model.CodedQuote;
import org.vigil.model.DateMention;
import org.vigil.model.Event;
import org.vigil.model.Layer;
import org.vigil.model.Place;
import org.vigil.model.Quote;
import org.vigil.model.Span;
import org.vigil.model.Stage;
import org.vigil.places.ToponymResolver;

/**
 * The whole coder: an article flows through the language layer, the actor resolver, the event coder, the casualty
 * extractor and the place resolver, and comes out as the coded-article record of the contract. Every stage is
 * thread-safe, so one pipeline serves all worker threads.
 */
public final class CodingPipeline implements Stage<Article, CodedArticle> {
    private static final Set<String> DATE_TYPES = Set.of("DATE", "TIME");

    private final Stage<Article, AnnotatedDocument> language;
    private final ActorStage actors;
    private final EventCoder events;
    private final CasualtyExtractor casualties;
    private final PlaceStage places;

    public CodingPipeline(Stage<Article, AnnotatedDocument> language, ActorStage actors, EventCoder events,
                          CasualtyExtractor casualties, ToponymResolver places) {
        this.language = language;
        this.actors = actors;
        this.events = events;
        this.casualties = casualties;
        this.places = new PlaceStage(places);
    }

    @Override
    public String name() {
        return "coder";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TEXT);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.allOf(Layer.class);
    }

    @Override
    public CodedArticle apply(Article article) {
        return code(annotate(article));
    }

    private AnnotatedDocument annotate(Article article) {
        if (article.text() == null || article.text().isBlank()) {
            // The readers refuse such input; a caller that builds articles itself gets the same clear answer.
            throw new IllegalArgumentException(article.origin() + ": the article has no text to code");
        }
        return language.apply(article);
    }

    /** Codes a document the language layer has already annotated. */
    public CodedArticle code(AnnotatedDocument doc) {
        return code(doc, parties(doc));
    }

    /** The actor mentions of a document, towns placed, and the places they were placed by. */
    private record Parties(List<ActorMention> mentions, PlaceStage.Found places) {
    }

    private Parties parties(AnnotatedDocument doc) {
        doc.require(actors);
        List<ActorMention> named = actors.apply(doc);
        PlaceStage.Found resolved = places.places(doc, countries(named));
        return new Parties(townsPlaced(named, resolved.all()), resolved);
    }

    private CodedArticle code(AnnotatedDocument doc, Parties parties) {
        List<ActorMention> mentions = parties.mentions();
        PlaceStage.Found resolved = parties.places();
        List<Event> coded = events.apply(new EventCoder.Input(doc, mentions));
        List<Event> located = new ArrayList<>(coded.size());
        for (Event e : coded) {
            PlaceStage.Located where = places.locate(e, doc, resolved.locative());
            located.add(where == null ? e
                    : e.locatedAt(where.place(), where.basis().name().toLowerCase(Locale.ROOT)));
        }
        List<Casualty> tolls = casualties.extract(doc, mentions);
        return new CodedArticle(ArticleHeader.of(doc.article()), located,
                mentions.stream().map(ActorMention::actor).toList(), quotes(doc, mentions), tolls, dates(doc),
                resolved.all());
    }

    /** An article coded, with how far the event coder got on it (see {@link EventCoder#progress}). */
    public record Diagnosed(CodedArticle coded, EventCoder.Progress progress) {
    }

    public Diagnosed diagnose(Article article) {
        AnnotatedDocument doc = annotate(article);
        Parties parties = parties(doc);
        return new Diagnosed(code(doc, parties), events.progress(doc, parties.mentions()));
    }

    /**
     * A town's name the actor files leave uncoded ("shelled Gorazde") stands for the state the place resolver, which
     * reads the whole article, put the town in. The actor resolver alone codes only towns big enough to be known
     * without context.
     */
    private static List<ActorMention> townsPlaced(List<ActorMention> mentions, List<Place> places) {
        Map<Span, Place> towns = new HashMap<>();
        for (Place p : places) {
            if (TOWN.equals(p.feature()) && p.country() != null && p.span() != null) {
                towns.putIfAbsent(p.span(), p);
            }
        }
        if (towns.isEmpty()) {
            return mentions;
        }
        List<ActorMention> out = new ArrayList<>(mentions.size());
        for (ActorMention m : mentions) {
            Actor a = m.actor();
            Place p = a.isUncoded() && a.sector() == null && a.span() != null ? towns.get(a.span()) : null;
            out.add(p == null ? m : new ActorMention(new Actor(a.text(), a.span(), p.country(), null, null, null,
                    p.country()), m.tokens(), "'" + a.text() + "' is the town " + p.name() + " in " + p.country()
                    + ", as the place resolver read it"));
        }
        return out;
    }

    private static final String TOWN = "city";

    /** The resolved places of an article alone: what the geoparsing evaluation scores. */
    public List<Place> geoparse(Article article) {
        AnnotatedDocument doc = language.apply(article);
        return places.places(doc, countries(actors.apply(doc))).all();
    }

    private static Set<String> countries(List<ActorMention> mentions) {
        Set<String> countries = new LinkedHashSet<>();
        for (ActorMention m : mentions) {
            if (m.actor().country() != null) {
                countries.add(m.actor().country());
            }
        }
        return countries;
    }

    private static List<CodedQuote> quotes(AnnotatedDocument doc, List<ActorMention> mentions) {
        List<CodedQuote> quotes = new ArrayList<>();
        for (Quote q : doc.quotes()) {
            quotes.add(new CodedQuote(q.text(), q.span(), speaker(q, mentions)));
        }
        return quotes;
    }

    /** The speaker as the actor stage coded the mention that names them, else as the language layer named them. */
    private static Actor speaker(Quote q, List<ActorMention> mentions) {
        if (q.speaker() == null) {
            return null;
        }
        for (ActorMention m : mentions) {
            if (m.tokens().sentence() == q.speaker().tokens().sentence()
                    && m.tokens().contains(m.tokens().sentence(), q.speaker().tokens().head())) {
                Actor a = m.actor();
                return a.person() != null || q.canonicalSpeaker() == null ? a
                        : new Actor(a.text(), a.span(), a.country(), a.organization(), a.sector(),
                        q.canonicalSpeaker(), a.code());
            }
        }
        return new Actor(q.speaker().text(), q.speaker().span(), null, null, null, q.canonicalSpeaker(), null);
    }

    private static List<DateMention> dates(AnnotatedDocument doc) {
        return doc.times().stream().filter(t -> DATE_TYPES.contains(t.type()))
                .map(t -> new DateMention(t.text(), t.value(), t.span())).toList();
    }
}
