package org.vigil.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the project's shared evaluation material lives: {@code -Dvigil.shared}, else {@code $VIGIL_SHARED}, else
 * {@code ../shared} beside the checkout (the launcher passes the checkout as {@code vigil.home}).
 */
final class SharedFolder {
    private SharedFolder() {
    }

    static Path locate() {
        String configured = System.getProperty("vigil.shared", System.getenv("VIGIL_SHARED"));
        if (configured != null) {
            return Path.of(configured);
        }
        Path home = Path.of(System.getProperty("vigil.home", ".")).toAbsolutePath().normalize();
        return home.resolveSibling("shared");
    }

    static Path require(String relative) {
        Path p = locate().resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalArgumentException(p + ": not found (set VIGIL_SHARED to the shared folder)");
        }
        return p;
    }
}
