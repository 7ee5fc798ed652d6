package org.vigil.cli;

import java.nio.file.Path;
import java.util.List;
import org.vigil.actors.ActorResolver;
import org.vigil.actors.PetrarchMode;
import picocli.CommandLine.Option;

/** Options that choose the actor knowledge: Vigil's own, with or instead of PETRARCH/TABARI dictionaries. */
final class ActorOptions {
    @Option(names = "--petrarch-actors", paramLabel = "FILE",
            description = "A PETRARCH/TABARI actor dictionary (repeatable), e.g. Phoenix.Countries.actors.txt.")
    List<Path> petrarchActors = List.of();

    @Option(names = "--petrarch-agents", paramLabel = "FILE",
            description = "A PETRARCH/TABARI agent dictionary (repeatable), e.g. Phoenix.agents.txt.")
    List<Path> petrarchAgents = List.of();

    @Option(names = "--petrarch-mode", paramLabel = "add|replace", defaultValue = "add",
            description = "add: the dictionaries answer for names Vigil does not know; replace: they alone code "
                    + "actors (default ${DEFAULT-VALUE}).")
    String petrarchMode;

    ActorResolver resolver() {
        if (petrarchActors.isEmpty() && petrarchAgents.isEmpty()) {
            return new ActorResolver();
        }
        return ActorResolver.withPetrarch(petrarchActors, petrarchAgents, PetrarchMode.parse(petrarchMode));
    }
}
