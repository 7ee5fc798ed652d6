package org.vigil.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.model.Plover;

class CameoCodesTest {

    private static final String CAMEO_HEADER =
            "code\tname\tgoldstein\tquad_class\tplover_type\tplover_mode\tdescription";
    private static final String PLOVER_HEADER = "type\tmodes\tdescription";

    /** Non-comment, non-blank lines of cameo.tsv, header first, read without the loader. */
    private static List<String> cameoLines;
    /** Data rows of cameo.tsv split into columns. */
    private static List<String[]> cameoRows;
    private static CameoCodes loaded;

    @BeforeAll
    static void read() {
        cameoLines = contentLines("cameo.tsv");
        cameoRows = cameoLines.stream().skip(1).map(l -> l.split("\t", -1)).toList();
    }

    /** Loaded on first use, so that a table the loader rejects fails the loader tests but not the file checks. */
    private static CameoCodes codes() {
        if (loaded == null) {
            loaded = CameoCodes.load();
        }
        return loaded;
    }

    private static List<String> contentLines(String resource) {
        try (InputStream in = CameoCodesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- The table file itself, read without the loader so the loader's own checks cannot mask a bad row ---

    @Test
    void everyRowHasTheHeadersColumnsAndNoneIsEmpty() {
        assertThat(cameoLines.get(0)).isEqualTo(CAMEO_HEADER);
        assertThat(cameoRows).isNotEmpty().allSatisfy(f -> {
            assertThat(f).as(String.join("|", f)).hasSize(7);
            assertThat(f).as(String.join("|", f)).allSatisfy(cell -> assertThat(cell).isNotBlank());
        });
    }

    @Test
    void codesAreUniqueAndTwoToFourDigits() {
        List<String> raw = cameoRows.stream().map(f -> f[0]).toList();
        assertThat(raw).allSatisfy(c -> assertThat(c).matches("\\d{2,4}")).doesNotHaveDuplicates();
    }

    @Test
    void everySubCodeHasItsParent() {
        Set<String> raw = cameoRows.stream().map(f -> f[0]).collect(Collectors.toSet());
        assertThat(raw).filteredOn(c -> c.length() > 2)
                .allSatisfy(c -> assertThat(raw).as("parent of " + c).contains(c.substring(0, c.length() - 1)));
    }

    @Test
    void allTwentyRootsArePresent() {
        Set<String> roots = cameoRows.stream().map(f -> f[0]).filter(c -> c.length() == 2).collect(Collectors.toSet());
        Set<String> expected = IntStream.rangeClosed(1, 20).mapToObj(i -> String.format("%02d", i))
                .collect(Collectors.toSet());
        assertThat(roots).isEqualTo(expected);
    }

    @Test
    void goldsteinValuesAreOnTheScale() {
        assertThat(cameoRows).allSatisfy(f ->
                assertThat(Double.parseDouble(f[2])).as(f[0]).isBetween(-10.0, 10.0));
    }

    @Test
    void quadClassFollowsTheRootRanges() {
        assertThat(cameoRows).allSatisfy(f ->
                assertThat(Integer.parseInt(f[3])).as(f[0]).isEqualTo(quadOfRoot(Integer.parseInt(f[0].substring(0, 2)))));
    }

    private static int quadOfRoot(int root) {
        if (root <= 5) {
            return 1;
        }
        if (root <= 8) {
            return 2;
        }
        return root <= 13 ? 3 : 4;
    }

    @Test
    void ploverTypesAndModesUsedAreExactlyThoseDeclared() {
        List<String> ploverLines = contentLines("plover.tsv");
        assertThat(ploverLines.get(0)).isEqualTo(PLOVER_HEADER);
        Map<String, Set<String>> declared = new HashMap<>();
        for (String line : ploverLines.subList(1, ploverLines.size())) {
            String[] f = line.split("\t", -1);
            assertThat(f).as(line).hasSize(3);
            assertThat(f[2]).as(line).isNotBlank();
            Set<String> modes = f[1].equals("-") ? Set.of() : new HashSet<>(Arrays.asList(f[1].split(",")));
            assertThat(declared.put(f[0], modes)).as("type declared twice: " + f[0]).isNull();
        }

        Map<String, Set<String>> used = new HashMap<>();
        for (String[] f : cameoRows) {
            if (f[4].equals("-")) {
                assertThat(f[5]).as("mode without a type on " + f[0]).isEqualTo("-");
                continue;
            }
            Set<String> modes = used.computeIfAbsent(f[4], t -> new HashSet<>());
            if (!f[5].equals("-")) {
                modes.add(f[5]);
            }
        }
        // Equality both ways: nothing used goes undeclared, and plover.tsv lists nothing the table never uses.
        assertThat(used).isEqualTo(declared);
    }

    @Test
    void everyCodeHasAPloverTypeExceptTheCategoriesPloverDrops() {
        for (CameoCode c : codes().all()) {
            Plover p = codes().plover(c.code());
            if (c.root().equals("01") || c.root().equals("02")) {
                assertThat(p).as(c.code()).isNull();
            } else {
                assertThat(p).as(c.code()).isNotNull();
                assertThat(p.type()).as(c.code()).isNotBlank();
            }
        }
    }

    @Test
    void rootsNamedInTheMappingHaveTheirOwnType() {
        assertThat(codes().all()).filteredOn(c -> c.code().length() == 2)
                .filteredOn(c -> !c.code().equals("01") && !c.code().equals("02"))
                .allSatisfy(c -> assertThat(c.plover()).as(c.code()).isNotNull());
    }

    // --- Spot checks against the published values ---

    @Test
    void conventionalMilitaryForce() {
        CameoCode c = codes().get("190").orElseThrow();
        assertThat(c.name()).isEqualTo("Use conventional military force");
        assertThat(c.root()).isEqualTo("19");
        assertThat(c.quadClass()).isEqualTo(4);
        assertThat(c.goldstein()).isEqualTo(-10.0);
        assertThat(codes().root("190").name()).isEqualTo("Fight");
        assertThat(codes().plover("190")).isEqualTo(new Plover("ASSAULT", null));
    }

    @Test
    void telephoneDiscussionIsVerbalCooperation() {
        CameoCode c = codes().get("041").orElseThrow();
        assertThat(c.quadClass()).isEqualTo(1);
        assertThat(c.goldstein()).isEqualTo(1.0);
        assertThat(c.plover()).isEqualTo(new Plover("CONSULT", "phone"));
    }

    @Test
    void accuseMapsToAccuse() {
        CameoCode c = codes().get("112").orElseThrow();
        assertThat(c.goldstein()).isEqualTo(-2.0);
        assertThat(c.quadClass()).isEqualTo(3);
        assertThat(codes().plover("112")).isEqualTo(new Plover("ACCUSE", "disapprove"));
        assertThat(codes().plover("1121")).isEqualTo(new Plover("ACCUSE", "allege"));
    }

    @Test
    void arrestMapsToCoerce() {
        CameoCode c = codes().get("173").orElseThrow();
        assertThat(c.goldstein()).isEqualTo(-5.0);
        assertThat(c.quadClass()).isEqualTo(4);
        assertThat(codes().plover("173")).isEqualTo(new Plover("COERCE", "arrest"));
    }

    @Test
    void publishedGoldsteinValues() {
        Map<String, Double> published = Map.of(
                "010", 0.0, "012", -0.4, "0256", -0.3, "057", 8.0, "0874", 10.0,
                "130", -4.4, "154", -7.2, "163", -8.0, "1823", -10.0, "201", -9.5);
        published.forEach((code, value) ->
                assertThat(codes().get(code).orElseThrow().goldstein()).as(code).isCloseTo(value, within(1e-9)));
    }

    @Test
    void mappingsThatCrossCameoRootsAreKept() {
        // The published mapping moves these out of the type their CAMEO root would suggest.
        assertThat(codes().plover("163").type()).isEqualTo("COERCE");
        assertThat(codes().plover("1712").type()).isEqualTo("ASSAULT");
        assertThat(codes().plover("175").type()).isEqualTo("ASSAULT");
        assertThat(codes().plover("191").type()).isEqualTo("COERCE");
        assertThat(codes().plover("201").type()).isEqualTo("ASSAULT");
        assertThat(codes().plover("084").type()).isEqualTo("RETREAT");
        assertThat(codes().plover("080").type()).isEqualTo("CONCEDE");
    }

    // --- Loader behaviour ---

    @Test
    void unmappedSubCodesTakeTheNearestAncestorsMapping() {
        assertThat(codes().get("1834").orElseThrow().plover()).isNull();
        assertThat(codes().plover("1834")).isEqualTo(codes().plover("183"));
        assertThat(codes().plover("1951")).isEqualTo(new Plover("ASSAULT", "heavy-weapons"));
        assertThat(codes().plover("155")).isEqualTo(new Plover("MOBILIZE", null));
        assertThat(codes().plover("176")).isEqualTo(new Plover("COERCE", null));
    }

    @Test
    void ownMappingWinsOverTheParents() {
        assertThat(codes().plover("0841")).isEqualTo(new Plover("RETREAT", "release"));
        assertThat(codes().plover("084")).isEqualTo(new Plover("RETREAT", null));
    }

    @Test
    void lookupsOfUnknownCodes() {
        assertThat(codes().get("1213")).isEmpty();
        assertThat(codes().get("21")).isEmpty();
        assertThatThrownBy(() -> codes().root("1213")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> codes().children("99")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> codes().plover("0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void childrenAreOneLevelDownInTableOrder() {
        assertThat(codes().children("18")).extracting(CameoCode::code)
                .containsExactly("180", "181", "182", "183", "184", "185", "186");
        assertThat(codes().children("182")).extracting(CameoCode::code).containsExactly("1821", "1822", "1823");
        assertThat(codes().children("1823")).isEmpty();
    }

    @Test
    void everyCodeReachesItsRoot() {
        assertThat(codes().all()).allSatisfy(c -> {
            CameoCode root = codes().root(c.code());
            assertThat(root.code()).isEqualTo(c.root());
            assertThat(root.quadClass()).as(c.code()).isEqualTo(c.quadClass());
        });
    }

    @Test
    void allHoldsEveryRowInFileOrderAndCannotBeChanged() {
        List<String> fileOrder = cameoRows.stream().map(f -> f[0]).toList();
        assertThat(codes().all()).extracting(CameoCode::code).containsExactlyElementsOf(fileOrder);
        assertThat(codes().all()).hasSize(316);
        assertThatThrownBy(() -> codes().all().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> codes().children("18").clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void loadedRowsMatchTheFile() {
        Map<String, String[]> raw = new HashMap<>();
        cameoRows.forEach(f -> raw.put(f[0], f));
        assertThat(codes().all()).allSatisfy(c -> {
            String[] f = raw.get(c.code());
            assertThat(c.name()).isEqualTo(f[1]);
            assertThat(c.goldstein()).isEqualTo(Double.parseDouble(f[2]));
            assertThat(c.description()).isEqualTo(f[6]);
            assertThat(c.plover() == null ? "-" : c.plover().type()).isEqualTo(f[4]);
            assertThat(c.plover() == null || c.plover().mode() == null ? "-" : c.plover().mode()).isEqualTo(f[5]);
        });
    }

    // --- The parser rejects what would corrupt the table ---

    private static final String GOOD_ROOT = "18\tAssault\t-9.0\t4\tASSAULT\t-\tViolence";

    private static CameoCodes parse(String... lines) throws IOException {
        return CameoCodes.parse(new StringReader(String.join("\n", lines)), "test.tsv");
    }

    @Test
    void parserAcceptsCommentsAndBlankLinesAnywhere() throws IOException {
        CameoCodes parsed = parse("# why", "", CAMEO_HEADER, "# between", GOOD_ROOT, "",
                "182\tPhysically assault\t-9.5\t4\tASSAULT\tbeat\tBeatings");
        assertThat(parsed.all()).extracting(CameoCode::code).containsExactly("18", "182");
        assertThat(parsed.plover("182")).isEqualTo(new Plover("ASSAULT", "beat"));
    }

    @Test
    void parserRejectsMalformedTables() {
        List<String[]> bad = new ArrayList<>();
        bad.add(new String[] {"code\tname", GOOD_ROOT});
        bad.add(new String[] {CAMEO_HEADER, "18\tAssault\t-9.0\t4\tASSAULT\t-"});
        bad.add(new String[] {CAMEO_HEADER, GOOD_ROOT, GOOD_ROOT});
        bad.add(new String[] {CAMEO_HEADER, GOOD_ROOT, "1821\tSexually assault\t-9.0\t4\tASSAULT\tsexual\tx"});
        bad.add(new String[] {CAMEO_HEADER, "18\tAssault\t-11\t4\tASSAULT\t-\tViolence"});
        bad.add(new String[] {CAMEO_HEADER, "18\tAssault\tlow\t4\tASSAULT\t-\tViolence"});
        bad.add(new String[] {CAMEO_HEADER, "18\tAssault\t-9.0\t5\tASSAULT\t-\tViolence"});
        bad.add(new String[] {CAMEO_HEADER, "18\tAssault\t-9.0\t4\t-\tbeat\tViolence"});
        bad.add(new String[] {CAMEO_HEADER, "18a\tAssault\t-9.0\t4\tASSAULT\t-\tViolence"});
        bad.add(new String[] {"# only a comment"});
        for (String[] table : bad) {
            assertThatThrownBy(() -> parse(table)).as(String.join(" / ", table))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("test.tsv");
        }
    }

    @Test
    void parserErrorsNameTheLine() {
        assertThatThrownBy(() -> parse("# c", CAMEO_HEADER, GOOD_ROOT, GOOD_ROOT))
                .hasMessageStartingWith("test.tsv:4:")
                .hasMessageContaining("duplicate code 18");
    }

    @Test
    void declaredTypesAreListedInPloverOrder() {
        List<String> types = contentLines("plover.tsv").stream().skip(1).map(l -> l.split("\t")[0]).toList();
        assertThat(types).containsExactly(
                "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");
    }
}
