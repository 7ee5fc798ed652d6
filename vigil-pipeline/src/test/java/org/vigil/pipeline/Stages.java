package org.vigil.pipeline;

import java.nio.file.Path;
import org.vigil.actors.ActorResolver;
import org.vigil.events.EventCoder;
import org.vigil.language.CoreNlpAnalyzer;
import org.vigil.places.Gazetteer;

/**
 * The heavy stages, built once per test JVM: the shared CoreNLP pipeline, one WordNet-widened dictionary and the
 * gazetteer the places module's build leaves in its target folder.
 */
final class Stages {
    private static EventCoder events;
    private static ActorResolver actors;
    private static Gazetteer gazetteer;

    private Stages() {
    }

    static CoreNlpAnalyzer language() {
        return CoreNlpAnalyzer.shared();
    }

    static synchronized EventCoder events() {
        if (events == null) {
            events = new EventCoder();
        }
        return events;
    }

    static synchronized ActorResolver actors() {
        if (actors == null) {
            actors = new ActorResolver().withPlaces(new GazetteerStates(gazetteer()));
        }
        return actors;
    }

    static synchronized Gazetteer gazetteer() {
        if (gazetteer == null) {
            gazetteer = Gazetteer.open(Path.of("..", "vigil-places", "target", "gazetteer-index"));
        }
        return gazetteer;
    }
}
