package org.vigil.places;

import java.nio.file.Path;

/** The real gazetteer, built from the npm data into target/ once per test JVM and reused by later runs. */
final class TestGazetteer {
    static final Path INDEX = Path.of("target/gazetteer-index");

    private static Gazetteer gazetteer;
    private static ToponymResolver resolver;

    private TestGazetteer() {
    }

    static synchronized Gazetteer gazetteer() {
        if (gazetteer == null) {
            gazetteer = Gazetteer.open(INDEX);
        }
        return gazetteer;
    }

    static synchronized ToponymResolver resolver() {
        if (resolver == null) {
            resolver = new ToponymResolver(gazetteer());
        }
        return resolver;
    }
}
