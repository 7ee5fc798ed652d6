package org.vigil.pipeline;

import org.vigil.actors.ActorResolver;
import org.vigil.events.EventCoder;
import org.vigil.language.CoreNlpAnalyzer;

/** The heavy stages, built once per test JVM: the shared CoreNLP pipeline and one WordNet-widened dictionary. */
final class Stages {
    private static EventCoder events;
    private static ActorResolver actors;

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
            actors = new ActorResolver();
        }
        return actors;
    }
}
