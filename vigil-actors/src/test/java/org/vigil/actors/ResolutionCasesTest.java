package org.vigil.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.model.Actor;
import org.vigil.model.ActorMention;
import org.vigil.model.AnnotatedDocument;
import org.vigil.model.Span;
import org.vigil.model.Token;

/** Every case of resolution-cases.txt, one test per expected mention. */
class ResolutionCasesTest {

    private static final ActorResolver RESOLVER = new ActorResolver();
    private static final Map<ResolutionCases.Case, List<ActorMention>> RESOLVED = new ConcurrentHashMap<>();

    static Stream<ResolutionCases.Expected> expectations() {
        return ResolutionCases.load().stream();
    }

    @Test
    void thereAreAtLeastAHundredCases() {
        assertThat(expectations().count()).isGreaterThanOrEqualTo(100);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void resolves(ResolutionCases.Expected e) {
        ResolutionCases.Case c = e.of();
        AnnotatedDocument doc = Pipeline.annotate(c.text(), c.date());
        List<ActorMention> mentions = RESOLVED.computeIfAbsent(c, k -> RESOLVER.apply(doc));
        Optional<ActorMention> found = find(doc, mentions, e);
        String all = mentions.stream().map(m -> m.actor().text() + " → " + m.actor().code() + " (" + m.reason() + ")")
                .reduce("", (a, b) -> a + "\n  " + b);
        if (e.uncoded()) {
            assertThat(found.map(ActorMention::actor).filter(a -> !a.isUncoded())).as("coded mention at '%s' in:%s",
                    e.words(), all).isEmpty();
            return;
        }
        assertThat(found).as("a mention at '%s' in:%s", e.words(), all).isPresent();
        Actor a = found.get().actor();
        String why = found.get().reason();
        check("country", e.country(), a.country(), why);
        check("organization", e.organization(), a.organization(), why);
        check("sector", e.sector(), a.sector(), why);
        check("person", e.person(), a.person(), why);
    }

    private static void check(String field, String expected, String actual, String reason) {
        if (!ResolutionCases.ANY.equals(expected)) {
            assertThat(actual).as(field + " (reason: " + reason + ")").isEqualTo(expected);
        }
    }

    /** The narrowest mention whose phrase covers the words and whose head is among them. */
    static Optional<ActorMention> find(AnnotatedDocument doc, List<ActorMention> mentions, ResolutionCases.Expected e) {
        String text = doc.article().text();
        int at = -1;
        for (int i = 0; i < e.occurrence(); i++) {
            at = text.indexOf(e.words(), at + 1);
        }
        assertThat(at).as("occurrence %d of '%s'", e.occurrence(), e.words()).isNotNegative();
        Span words = new Span(at, at + e.words().length());
        return mentions.stream().filter(m -> {
            Token head = doc.sentences().get(m.tokens().sentence()).tokens().get(m.tokens().head());
            return m.actor().span().contains(words) && words.contains(head.span());
        }).min(Comparator.comparingInt(m -> m.actor().span().end() - m.actor().span().start()));
    }
}
