package org.vigil.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.model.Event;

/** Codes every sentence of {@code coding-cases.txt} and compares the events with those the file expects. */
class CodingCasesTest {

    static List<CodingCase> cases() {
        return CodingCase.load();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void codesTheSentenceAsExpected(CodingCase c) {
        List<Event> events = Coding.code(c.sentence(), c.published());
        List<Event> unmatched = new ArrayList<>(events);
        List<CodingCase.Expected> missing = new ArrayList<>();
        for (CodingCase.Expected x : c.expected()) {
            Event hit = unmatched.stream().filter(x::matches).findFirst().orElse(null);
            if (hit == null) {
                missing.add(x);
            } else {
                unmatched.remove(hit);
            }
        }
        if (!missing.isEmpty() || !unmatched.isEmpty()) {
            fail("line " + c.line() + ": " + c.sentence()
                    + "\n  missing: " + missing.stream().map(CodingCase.Expected::text).toList()
                    + "\n  unexpected: " + unmatched.stream().map(CodeFiles::line).collect(Collectors.joining("\n    "))
                    + "\n  all: " + events.stream().map(CodeFiles::line).collect(Collectors.joining("\n    ")));
        }
    }

    @Test
    void theCasesCoverEveryRootAndTheFlags() {
        List<CodingCase> all = cases();
        assertThat(all).hasSizeGreaterThanOrEqualTo(150);
        List<CodingCase.Expected> expected = all.stream().flatMap(c -> c.expected().stream()).toList();
        for (int root = 1; root <= 20; root++) {
            String r = String.format("%02d", root);
            assertThat(expected).as("root " + r).anyMatch(x -> x.code().startsWith(r));
        }
        assertThat(expected).anyMatch(CodingCase.Expected::negated).anyMatch(CodingCase.Expected::hypothetical)
                .anyMatch(CodingCase.Expected::historical).anyMatch(x -> x.said() != null);
        assertThat(all).anyMatch(c -> c.expected().isEmpty());
    }
}
