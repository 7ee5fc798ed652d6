package org.vigil.cli;

import org.vigil.actors.ActorResolver;
import org.vigil.events.EventCoder;
import org.vigil.events.casualty.CasualtyExtractor;
import org.vigil.language.CoreNlpAnalyzer;
import org.vigil.pipeline.CodingPipeline;
import org.vigil.pipeline.GazetteerStates;
import org.vigil.places.Gazetteer;
import org.vigil.places.ToponymResolver;

/** The process's one coding pipeline, built on first use from the one language pipeline. */
final class Coder {
    private static ActorOptions options = new ActorOptions();
    private static CodingPipeline pipeline;
    private static ActorResolver actors;
    private static EventCoder events;
    private static ToponymResolver places;
    private static Gazetteer gazetteer;

    private Coder() {
    }

    /** Chooses the actor knowledge; call before the pipeline is first used. */
    static synchronized void configure(ActorOptions chosen) {
        if (chosen != null) {
            options = chosen;
        }
    }

    static synchronized ActorResolver actors() {
        if (actors == null) {
            actors = options.resolver().withPlaces(new GazetteerStates(gazetteer()));
        }
        return actors;
    }

    private static synchronized Gazetteer gazetteer() {
        if (gazetteer == null) {
            gazetteer = Gazetteer.open();
        }
        return gazetteer;
    }

    static synchronized CodingPipeline pipeline() {
        if (pipeline == null) {
            pipeline = pipeline(actors());
        }
        return pipeline;
    }

    /** A further pipeline with other actor knowledge, over the same language, event and place stages. */
    static synchronized CodingPipeline pipeline(ActorResolver actors) {
        if (events == null) {
            events = new EventCoder();
            places = new ToponymResolver(gazetteer());
        }
        return new CodingPipeline(CoreNlpAnalyzer.shared(), actors, events, new CasualtyExtractor(), places);
    }
}
