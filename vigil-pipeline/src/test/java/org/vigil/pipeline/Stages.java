package org.vigil.pipeline;

import org.vigil.actors.ActorResolver;
import org.vigil.events.EventCoder;
import org.vigil.language.CoreNlpAnalyzer;

/** The heavy stages, built once per test JVM: one CoreNLP pipeline and one WordNet-widened dictionary serve all. */
final class Stages {
    private static CoreNlpAnalyzer language;
    private static EventCoder events;
    private static ActorResolver actors;

    private Stages() {
    }

    static synchronized CoreNlpAnalyzer language() {
        if (language == null) {
            language = new CoreNlpAnalyzer();
        }
        return language;
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
