package org.vigil.events.casualty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.vigil.model.Casualty;
import org.vigil.model.Span;
import org.vigil.model.Token;

/** The three tables of this package, read both raw and through their loaders; and the logic that needs no parser. */
class CasualtyTablesTest {

    /** Data rows of a table, header dropped, read without its loader so the loader's checks cannot mask a bad row. */
    private static List<String[]> rows(String resource) {
        try (InputStream in = CasualtyTablesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).skip(1).map(l -> l.split("\t", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- triggers.tsv ---

    @Test
    void triggerRowsAreWellFormed() {
        Set<String> kinds = Arrays.stream(CasualtyKind.values()).map(CasualtyKind::label).collect(Collectors.toSet());
        assertThat(rows(TriggerLexicon.RESOURCE)).isNotEmpty().allSatisfy(f -> {
            String row = String.join("|", f);
            assertThat(f).as(row).hasSize(5);
            assertThat(f[0]).as(row).matches("[a-z']+");
            assertThat(f[1]).as(row).isIn("verb", "noun", "adjective");
            assertThat(f[3]).as(row).isIn("object", "subject", "state", "of", "toll");
            assertThat(f[2]).as(row).isIn(f[3].equals("toll") ? Set.of("-") : kinds);
            assertThat(f[4]).as(row).matches("-|person|many|with=[a-z]+");
        });
    }

    @Test
    void everyKindHasATriggerAndNoWordIsListedTwiceForOnePart() {
        List<String[]> rows = rows(TriggerLexicon.RESOURCE);
        assertThat(rows.stream().map(f -> f[2]).collect(Collectors.toSet()))
                .containsAll(Arrays.stream(CasualtyKind.values()).map(CasualtyKind::label).toList());
        assertThat(rows.stream().map(f -> f[0] + "/" + f[1]).toList()).doesNotHaveDuplicates();
    }

    @Test
    void theLoaderKeepsEveryRow() {
        TriggerLexicon lexicon = TriggerLexicon.load();
        assertThat(lexicon.all()).hasSize(rows(TriggerLexicon.RESOURCE).size());
        assertThat(lexicon.all()).filteredOn(t -> t.role() == Trigger.Role.TOLL)
                .allSatisfy(t -> assertThat(t.kind()).isNull());
        assertThat(lexicon.noun("death").orElseThrow().kind()).isEqualTo(CasualtyKind.KILLED);
    }

    @Test
    void triggersMatchByLemmaFirstThenByForm() {
        TriggerLexicon lexicon = TriggerLexicon.load();
        Token injured = token("injured", "injure", "VBN");
        assertThat(lexicon.match(injured).orElseThrow().part()).isEqualTo(Trigger.Part.VERB);
        Token missing = token("missing", "miss", "VBG");
        assertThat(lexicon.match(missing).orElseThrow().kind()).isEqualTo(CasualtyKind.MISSING);
        assertThat(lexicon.match(token("killing", "killing", "NN")).orElseThrow().role()).isEqualTo(Trigger.Role.OF);
        assertThat(lexicon.match(token("killing", "kill", "VBG")).orElseThrow().role())
                .isEqualTo(Trigger.Role.OBJECT);
        assertThat(lexicon.match(token("dead", "dead", "NN"))).isEmpty();
        assertThat(lexicon.match(token("attacked", "attack", "VBD"))).isEmpty();
    }

    @Test
    void theTriggerParserRejectsBadRows() {
        String header = TriggerLexicon.HEADER;
        List<String> bad = List.of(
                header + "\nkill\tverb\tkilled\tobject",
                header + "\nkill\tverb\tslain\tobject\t-",
                header + "\nkill\tverb\tkilled\tagent\t-",
                header + "\nkill\tverb\tkilled\tof\t-",
                header + "\ndeath\tnoun\tkilled\tobject\t-",
                header + "\ndead\tadjective\tkilled\tobject\t-",
                header + "\ntoll\tnoun\tkilled\ttoll\t-",
                header + "\nkill\tverb\t-\tobject\t-",
                header + "\nkill\tverb\tkilled\tobject\tsometimes",
                header + "\nkill\tverb\tkilled\tobject\twith=",
                header + "\nKill\tverb\tkilled\tobject\t-",
                header + "\nkill\tverb\tkilled\tobject\t-\nkill\tverb\tinjured\tobject\t-",
                "word\tpart\nkill\tverb\tkilled\tobject\t-");
        for (String table : bad) {
            assertThatThrownBy(() -> TriggerLexicon.parse(new StringReader(table), "t.tsv")).as(table)
                    .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("t.tsv");
        }
    }

    @Test
    void triggerErrorsNameTheLine() {
        String table = "# comment\n" + TriggerLexicon.HEADER + "\n\nkill\tverb\tkilled\tobject\tsometimes\n";
        assertThatThrownBy(() -> TriggerLexicon.parse(new StringReader(table), "t.tsv"))
                .hasMessageStartingWith("t.tsv:4:").hasMessageContaining("sometimes");
    }

    // --- number-words.tsv ---

    @Test
    void numberWordRowsAreWellFormedAndUnique() {
        List<String[]> rows = rows(NumberWords.RESOURCE);
        assertThat(rows).isNotEmpty().allSatisfy(f -> {
            String row = String.join("|", f);
            assertThat(f).as(row).hasSize(3);
            assertThat(f[0]).as(row).matches("[a-z]+");
            assertThat(f[2]).as(row).isIn("cardinal", "unit", "vague", "unknown");
            assertThat(Long.parseLong(f[1]) == 0).as(row).isEqualTo(f[2].equals("unknown"));
        });
        assertThat(rows.stream().map(f -> f[0]).toList()).doesNotHaveDuplicates();
    }

    @Test
    void numbersReadAsDocumented() {
        Amounts amounts = new Amounts(NumberWords.load());
        assertThat(value(amounts, token("dozens", "dozen", "NNS"))).isEqualTo(24);
        assertThat(value(amounts, token("dozen", "dozen", "NN"))).isEqualTo(12);
        assertThat(value(amounts, token("scores", "score", "NNS"))).isEqualTo(40);
        assertThat(value(amounts, token("Hundreds", "hundred", "NNS"))).isEqualTo(200);
        assertThat(value(amounts, token("thousands", "thousand", "NNS"))).isEqualTo(2000);
        assertThat(value(amounts, token("Eleven", "Eleven", "NNP"))).isEqualTo(11);
        assertThat(value(amounts, token("several", "several", "JJ"))).isEqualTo(3);
        assertThat(value(amounts, number("20", ">=20.0"))).isEqualTo(20);
        assertThat(value(amounts, number("100", ">100.0"))).isEqualTo(100);
        assertThat(value(amounts, number("300", "~300.0"))).isEqualTo(300);
        assertThat(value(amounts, number("one", "21.0"))).as("CoreNLP's value of twenty-one").isEqualTo(21);
        assertThat(value(amounts, token("2,000", "2000", "CD"))).isEqualTo(2000);
        assertThat(amounts.of(token("number", "number", "NN")).orElseThrow().known()).isFalse();
        assertThat(amounts.of(token("people", "person", "NNS"))).isEmpty();
        assertThat(amounts.chain(List.of(token("Tens", "ten", "NNS"), token("thousands", "thousand", "NNS")))
                .orElseThrow().value()).isEqualTo(20_000);
    }

    @Test
    void theNumberParserRejectsBadRows() {
        String header = NumberWords.HEADER;
        for (String table : List.of(header + "\nfew\t0\tvague", header + "\nmany\t5\tunknown",
                header + "\nten\tx\tcardinal", header + "\nten\t10\tround", header + "\nTen\t10\tcardinal",
                header + "\nten\t10\tcardinal\nten\t10\tunit", header + "\nten\t-3\tcardinal")) {
            assertThatThrownBy(() -> NumberWords.parse(new StringReader(table), "n.tsv")).as(table)
                    .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("n.tsv:");
        }
    }

    // --- irrealis.tsv ---

    @Test
    void irrealisRowsAreWellFormedAndUnique() {
        List<String[]> rows = rows(Irrealis.RESOURCE);
        assertThat(rows).isNotEmpty().allSatisfy(f -> {
            assertThat(f).as(String.join("|", f)).hasSize(2);
            assertThat(f[0]).matches("[a-z']+");
            assertThat(f[1]).isIn("modal", "control", "condition", "negation");
        });
        assertThat(rows.stream().map(f -> f[0]).toList()).doesNotHaveDuplicates();
        assertThat(rows.stream().map(f -> f[1]).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("modal", "control", "condition", "negation");
        Irrealis.load();
    }

    @Test
    void theIrrealisParserRejectsBadRows() {
        for (String table : List.of(Irrealis.HEADER + "\ncould\tmaybe", Irrealis.HEADER + "\nCould\tmodal",
                Irrealis.HEADER + "\ncould\tmodal\ncould\tcontrol", "word\nmodal")) {
            assertThatThrownBy(() -> Irrealis.parse(new StringReader(table), "i.tsv")).as(table)
                    .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("i.tsv");
        }
    }

    // --- merging restated tolls ---

    @Test
    void restatedTollsMergeIntoTheMostInformative() {
        Casualty first = new Casualty("killed", 3, "gunmen", null, new Span(10, 20));
        Casualty bare = new Casualty("killed", 3, null, null, new Span(30, 40));
        Casualty longer = new Casualty("killed", 3, "Serb gunmen", null, new Span(50, 60));
        Casualty other = new Casualty("killed", 3, "officers", null, new Span(70, 80));
        Casualty arrested = new Casualty("arrested", 3, "gunmen", null, new Span(90, 99));
        assertThat(TollMerger.merge(List.of(first, bare, longer, other, arrested)))
                .containsExactly(longer, other, arrested);
    }

    @Test
    void aDifferentCountIsADifferentToll() {
        Casualty a = new Casualty("killed", 3, "gunmen", null, new Span(10, 20));
        Casualty b = new Casualty("killed", 4, "gunmen", null, new Span(30, 40));
        assertThat(TollMerger.merge(List.of(a, b))).containsExactly(a, b);
        assertThat(TollMerger.sameToll(a, new Casualty("killed", 3, "gunmen", null, new Span(0, 1)))).isTrue();
    }

    @Test
    void kindsRoundTripTheirContractNames() {
        Set<String> labels = new HashSet<>();
        for (CasualtyKind k : CasualtyKind.values()) {
            assertThat(CasualtyKind.of(k.label())).isEqualTo(k);
            labels.add(k.label());
        }
        assertThat(labels).containsExactlyInAnyOrder("killed", "injured", "arrested", "missing", "displaced");
        assertThatThrownBy(() -> CasualtyKind.of("hurt")).isInstanceOf(IllegalArgumentException.class);
    }

    private static long value(Amounts amounts, Token t) {
        return amounts.of(t).orElseThrow().value();
    }

    private static Token token(String text, String lemma, String pos) {
        return new Token(0, text, new Span(0, text.length()), lemma, pos, "O", null);
    }

    private static Token number(String text, String normalized) {
        return new Token(0, text, new Span(0, text.length()), text, "CD", "NUMBER", normalized);
    }

}
