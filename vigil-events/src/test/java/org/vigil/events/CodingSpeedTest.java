package org.vigil.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The event stage alone must keep up with the rest of the pipeline: at least 5,000 sentences a second a core. */
class CodingSpeedTest {
    @Test
    void codesAtLeastFiveThousandSentencesPerSecondOnOneCore() {
        double rate = CodingBenchmark.sentencesPerSecond(CodingBenchmark.corpus(), 3);
        System.out.printf("event coding: %,.0f sentences per second per core%n", rate);
        assertThat(rate).isGreaterThanOrEqualTo(5000);
    }
}
