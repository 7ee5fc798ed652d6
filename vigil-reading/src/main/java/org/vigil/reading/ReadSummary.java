package org.vigil.reading;

import java.util.List;

/**
 * The tally of a run over inputs.
 *
 * @param read     how many articles were read
 * @param failures every input that gave no article, in reading order
 */
public record ReadSummary(int read, List<Outcome.Failure> failures) {
    public ReadSummary {
        failures = List.copyOf(failures);
    }

    public int failed() {
        return failures.size();
    }

    /** {@code read N, failed M}, the line the CLI prints at the end of a run. */
    public String format() {
        return "read " + read + ", failed " + failed();
    }
}
