package org.vigil.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every batch command takes: the inputs, and how many threads work on them. */
final class BatchInputs {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders: wire text, HTML, JSON Lines.")
    List<Path> inputs;

    @Option(names = "--threads", description = "Worker threads (default: all cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();
}
