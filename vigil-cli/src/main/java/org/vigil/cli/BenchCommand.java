package org.vigil.cli;

import picocli.CommandLine.Command;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks that print figures: throughput, per-stage cost, memory.",
        subcommands = {BenchAnnotateCommand.class, BenchCodeCommand.class, BenchStoreCommand.class},
        footer = {"", "Example:", "  ./vigil bench annotate --threads 1,2", "  ./vigil bench store --events 10000000"})
final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
