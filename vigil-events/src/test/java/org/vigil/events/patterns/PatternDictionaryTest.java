package org.vigil.events.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.events.CameoCodes;

/** The shipped pattern file: well formed, consistent with the code table, and broad enough. */
class PatternDictionaryTest {
    private static final Pattern FIELDS = Pattern.compile("\\t+|\\s{2,}");
    /** Sub-codes common in news that the dictionary must have patterns of its own for. */
    private static final List<String> COMMON_SUB_CODES = List.of("012", "013", "016", "018", "036", "041", "042",
            "043", "046", "051", "054", "057", "062", "071", "072", "073", "074", "0841", "085", "0871", "0874", "111",
            "114", "115", "120", "129", "138", "139", "141", "143", "145", "152", "154", "161", "163", "164", "173",
            "174", "175", "181", "182", "1823", "183", "186", "190", "191", "192", "193", "194", "195", "202");

    private static CameoCodes codes;
    private static PatternDictionary shipped;
    /** The pattern lines of the file, read without the parser: code, trigger field, arguments. */
    private static List<String[]> lines;
    private static String text;

    @BeforeAll
    static void load() {
        codes = CameoCodes.load();
        shipped = PatternDictionary.load(c -> codes.get(c).isPresent());
        try (InputStream in = PatternDictionary.class.getResourceAsStream(PatternDictionary.RESOURCE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lines = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = raw.contains("#") ? raw.substring(0, raw.indexOf('#')) : raw;
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("@") && !t.startsWith("|")) {
                lines.add(FIELDS.split(t));
            }
        }
    }

    @Test
    void everyLineNamesACodeOfTheTableOrAFrame() {
        Set<String> frames = new HashSet<>();
        for (Frame f : Frame.values()) {
            frames.add(f.name());
        }
        assertThat(lines).allSatisfy(f -> {
            assertThat(f.length).as(String.join("  ", f)).isGreaterThanOrEqualTo(2);
            assertThat(codes.get(f[0]).isPresent() || frames.contains(f[0])).as(f[0]).isTrue();
        });
        assertThat(shipped.written()).allSatisfy(p ->
                assertThat(p.code() == null || codes.get(p.code()).isPresent()).as(p.id()).isTrue());
    }

    @Test
    void everyRootHasSeveralPatternsAndTheCommonSubCodesHaveTheirOwn() {
        // A frame line counts for the root of its default code: APPEAL for 02, THREAT for 13.
        FrameTable frames = FrameTable.load(c -> codes.get(c).isPresent());
        Map<String, Long> linesByRoot = lines.stream().collect(Collectors.groupingBy(f -> f[0].matches("\\d+")
                ? f[0].substring(0, 2) : frames.code(Frame.valueOf(f[0]), null, false).code().substring(0, 2),
                Collectors.counting()));
        for (int root = 1; root <= 20; root++) {
            String r = String.format("%02d", root);
            assertThat(linesByRoot.getOrDefault(r, 0L)).as("pattern lines of root " + r).isGreaterThanOrEqualTo(4);
        }
        Set<String> coded = lines.stream().map(f -> f[0]).collect(Collectors.toSet());
        assertThat(coded).containsAll(COMMON_SUB_CODES);
        // Frames stand for whole families of 02, 03, 09, 10, 11, 12 and 13 codes.
        assertThat(coded).contains("APPEAL", "DEMAND", "INTENT", "THREAT", "REFUSE", "ACCUSE", "INVESTIGATE");
    }

    @Test
    void theDictionaryIsLargeAndItsCountsAreReported() {
        long frameLines = lines.stream().filter(f -> !f[0].matches("\\d+")).count();
        System.out.printf("patterns.txt: %d lines (%d frames), %d patterns written, %d with WordNet synonyms%n",
                lines.size(), frameLines, shipped.written().size(), shipped.all().size());
        assertThat(lines).hasSizeGreaterThanOrEqualTo(300);
        assertThat(shipped.written()).hasSizeGreaterThanOrEqualTo(1500);
    }

    @Test
    void noPatternIsWrittenTwice() {
        // The parser refuses a duplicate; this checks the shipped file was parsed whole, one pattern a trigger.
        Map<String, String> shapes = new HashMap<>();
        for (EventPattern p : shipped.written()) {
            assertThat(shapes.put(p.shape(), p.id())).as("shape of " + p.id()).isNull();
        }
    }

    @Test
    void conditionWordsAreLemmasOrPairs() {
        assertThat(shipped.written()).allSatisfy(p -> p.constraints().forEach(c ->
                assertThat(c.lemmas()).as(p.id()).allSatisfy(w -> {
                    assertThat(w.split(" ").length).as(p.id() + " " + w).isLessThanOrEqualTo(2);
                    assertThat(w).isEqualTo(w.toLowerCase());
                })));
    }

    @Test
    void everyWordSetIsUsed() {
        for (String name : shipped.wordSets().all().keySet()) {
            if (name.equals(PatternParser.PREPOSITIONS) || name.equals(PatternDictionary.NO_SYNONYMS)) {
                continue;
            }
            long uses = Pattern.compile("@" + name + "\\b").matcher(text).results().count();
            assertThat(uses).as("@" + name + " is used").isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void nounTriggersAreWrittenHeadFirst() {
        // A modifier first ("car bomb") would make the modifier the head, which never heads the event.
        Set<String> modifiers = Set.of("suicide", "car", "roadside", "air", "missile", "peace", "mass",
                "ethnic", "military", "chemical", "nuclear", "human", "arrest", "prisoner", "joint", "naval");
        assertThat(shipped.written()).filteredOn(p -> p.trigger().wordClass() == WordClass.NOUN)
                .allSatisfy(p -> assertThat(p.trigger().words().isEmpty()
                        || !modifiers.contains(p.trigger().head())).as(p.id() + " " + p.trigger().text()).isTrue());
    }

    @Test
    void wordNetWidensMarkedPatternsOnlyWhereTheFileIsSilent() {
        List<EventPattern> derived = shipped.all().stream().filter(p -> p.synonymOf() != null).toList();
        Set<String> writtenHeads = shipped.written().stream().map(p -> p.trigger().head()).collect(Collectors.toSet());
        Set<String> stop = shipped.wordSets().all().get(PatternDictionary.NO_SYNONYMS);
        assertThat(derived).isNotEmpty().allSatisfy(p -> {
            assertThat(writtenHeads).doesNotContain(p.trigger().head());
            assertThat(stop).doesNotContain(p.trigger().head());
            assertThat(p.flags()).containsAnyOf(EventPattern.Flag.SYNONYMS, EventPattern.Flag.SYNONYMS2);
        });
        assertThat(derived).anySatisfy(p -> {
            assertThat(p.trigger().head()).isEqualTo("collar");
            assertThat(p.code()).isEqualTo("173");
            assertThat(p.synonymOf()).isEqualTo("arrest");
        });
        assertThat(shipped.candidates("collar")).isNotEmpty();
    }

    @Test
    void theMostSpecificPatternComesFirst() throws IOException {
        String file = String.join("\n",
                "@PREPOSITIONS = on|to",
                "190  attack  obj=TARGET?",
                "195  attack  obj=TARGET?  subj~jet|drone",
                "193  attack  obj=TARGET?  subj~gunman",
                "190  attack back  on=TARGET?");
        PatternDictionary d = PatternDictionary.parse(new StringReader(file), "test.txt",
                c -> codes.get(c).isPresent(), Synonyms.NONE);
        // More words first, then conditions, then the narrower condition, then the file's order.
        assertThat(d.candidates("attack")).extracting(EventPattern::line).containsExactly(5, 4, 3, 2);
    }

    @Test
    void synonymsComeFromTheFirstTriggerOfAMarkedLineOnly() throws IOException {
        String file = String.join("\n", "173  arrest|detain  obj=TARGET?  +wn", "190  attack  obj=TARGET?");
        Synonyms fake = (cls, lemma, senses) -> switch (lemma) {
            case "arrest" -> List.of(List.of("arrest"), List.of("collar"), List.of("pick", "up"));
            case "detain" -> List.of(List.of("confine"));
            default -> List.of(List.of("assail"));
        };
        PatternDictionary d = PatternDictionary.parse(new StringReader(file), "test.txt",
                c -> codes.get(c).isPresent(), fake);
        assertThat(d.all()).filteredOn(p -> p.synonymOf() != null).extracting(p -> p.trigger().text())
                .containsExactly("collar", "pick up");
    }

    @Test
    void aConditionAdmitsKindsOnlyInACopyOfItsPattern() throws IOException {
        String file = String.join("\n",
                "@PREPOSITIONS = to",
                "@NO_KINDS = fighter",
                "154  send  obj~soldier  to=TARGET?",
                "0331  send  obj~money  to=TARGET?",
                "193  send  obj~bullet  !obj~soldier  to=TARGET?");
        Synonyms fake = new Synonyms() {
            @Override
            public List<List<String>> of(WordClass wordClass, String lemma, int senses) {
                return List.of();
            }

            @Override
            public List<String> kinds(String noun, int depth, int most) {
                return noun.equals("soldier") ? List.of("soldier", "paratrooper", "fighter") : List.of();
            }
        };
        PatternDictionary d = PatternDictionary.parse(new StringReader(file), "test.txt",
                c -> codes.get(c).isPresent(), fake);
        List<EventPattern> send = d.candidates("send");
        // The written three, most specific first: an exclusion does not count, so the deeper code ranks first and
        // the line with one is last. Only the pattern whose condition asks for soldiers has a copy that admits their
        // kinds, and the exclusion of the third is left as written.
        assertThat(send).extracting(EventPattern::line).containsExactly(4, 3, 5);
        assertThat(d.withKinds(send.get(0))).isNull();
        assertThat(d.withKinds(send.get(2))).isNull();
        EventPattern copy = d.withKinds(send.get(1));
        assertThat(copy.flags()).contains(EventPattern.Flag.KINDS);
        assertThat(copy.constraints().get(0).admits()).containsExactlyInAnyOrder("soldier", "paratrooper");
        assertThat(send.get(1).constraints().get(0).admits()).containsExactly("soldier");
        assertThat(d.written()).noneMatch(p -> p.flags().contains(EventPattern.Flag.KINDS));
    }
}
