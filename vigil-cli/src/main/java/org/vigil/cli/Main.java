package org.vigil.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vigil} command: one subcommand per job. */
@Command(name = "vigil", mixinStandardHelpOptions = true, version = "vigil 0.1.0",
        description = "Reads news reports and turns them into geocoded political event data.",
        subcommands = {AnnotateCommand.class, ActorsCommand.class, CodeCommand.class, IngestCommand.class,
                ExportCommand.class,
                EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Run 'vigil COMMAND --help' for a command's options and an example."})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new Main()).setUsageHelpAutoWidth(true);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
