package org.vigil.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.vigil.model.Plover;

/**
 * The CAMEO 1.1b3 event code table with Goldstein scores, quad classes and PLOVER equivalents, read from
 * {@code org/vigil/events/cameo.tsv}. Immutable; codes keep the table's order, which is CAMEO's hierarchical order.
 */
public final class CameoCodes {

    static final String RESOURCE = "cameo.tsv";
    static final String HEADER = "code\tname\tgoldstein\tquad_class\tplover_type\tplover_mode\tdescription";
    private static final int COLUMNS = 7;
    /** Marks an empty plover_type or plover_mode cell. */
    private static final String NONE = "-";

    private final List<CameoCode> all;
    private final Map<String, CameoCode> byCode;
    private final Map<String, List<CameoCode>> childrenByCode;

    private CameoCodes(List<CameoCode> all) {
        this.all = List.copyOf(all);
        Map<String, CameoCode> byCode = new HashMap<>();
        Map<String, List<CameoCode>> children = new HashMap<>();
        for (CameoCode c : all) {
            byCode.put(c.code(), c);
            children.put(c.code(), new ArrayList<>());
            if (c.code().length() > 2) {
                children.get(parentOf(c.code())).add(c);
            }
        }
        children.replaceAll((code, list) -> List.copyOf(list));
        this.byCode = Map.copyOf(byCode);
        this.childrenByCode = Map.copyOf(children);
    }

    /** Reads the table shipped on the classpath. Each call parses it afresh, so callers should keep the result. */
    public static CameoCodes load() {
        try (InputStream in = CameoCodes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("CAMEO table not on the classpath: " + RESOURCE);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Parses a table in the {@code cameo.tsv} layout: {@code #} comments and blank lines anywhere, then the header,
     * then one tab-separated row per code, each after its parent.
     *
     * @throws IllegalStateException naming the source and line of the first malformed, duplicate, orphaned or
     *                               out-of-range row
     */
    static CameoCodes parse(Reader reader, String source) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        List<CameoCode> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean headerSeen = false;
        int lineNumber = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = source + ":" + lineNumber + ": ";
            if (!headerSeen) {
                if (!line.equals(HEADER)) {
                    throw new IllegalStateException(where + "expected header '" + HEADER + "' but found '" + line + "'");
                }
                headerSeen = true;
                continue;
            }
            CameoCode code = row(line, where);
            if (!seen.add(code.code())) {
                throw new IllegalStateException(where + "duplicate code " + code.code());
            }
            // Parents first, so that every child can be attached to its parent as it is read.
            if (code.code().length() > 2 && !seen.contains(parentOf(code.code()))) {
                throw new IllegalStateException(where + code.code() + " comes before its parent "
                        + parentOf(code.code()) + " or has none");
            }
            rows.add(code);
        }
        if (!headerSeen) {
            throw new IllegalStateException(source + ": no header line");
        }
        return new CameoCodes(rows);
    }

    private static CameoCode row(String line, String where) {
        String[] f = line.split("\t", -1);
        if (f.length != COLUMNS) {
            throw new IllegalStateException(where + "expected " + COLUMNS + " tab-separated columns, found " + f.length);
        }
        try {
            return new CameoCode(f[0], f[1], Double.parseDouble(f[2]), Integer.parseInt(f[3]), plover(f[4], f[5]),
                    f[6]);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + e.getMessage(), e);
        }
    }

    private static Plover plover(String type, String mode) {
        if (type.equals(NONE)) {
            if (!mode.equals(NONE)) {
                throw new IllegalArgumentException("PLOVER mode '" + mode + "' without a type");
            }
            return null;
        }
        return new Plover(type, mode.equals(NONE) ? null : mode);
    }

    private static String parentOf(String code) {
        return code.substring(0, code.length() - 1);
    }

    /** The code's row, or empty when the table has no such code. */
    public Optional<CameoCode> get(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * The root row of a code, e.g. 19 "Fight" for 190.
     *
     * @throws IllegalArgumentException if the table has no such code
     */
    public CameoCode root(String code) {
        return byCode.get(require(code).root());
    }

    /** Every code in the table's order. */
    public List<CameoCode> all() {
        return all;
    }

    /**
     * The codes one level below this one, e.g. 1821, 1822 and 1823 for 182; empty for a leaf.
     *
     * @throws IllegalArgumentException if the table has no such code
     */
    public List<CameoCode> children(String code) {
        return childrenByCode.get(require(code).code());
    }

    /**
     * The PLOVER type and mode for a code: its own mapping, or else that of its nearest ancestor with one, since
     * the published mapping leaves a few newer CAMEO sub-codes out. Null when neither has one, which in the shipped
     * table means the codes under roots 01 and 02: PLOVER drops CAMEO's comment and appeal categories.
     *
     * @throws IllegalArgumentException if the table has no such code
     */
    public Plover plover(String code) {
        for (CameoCode c = require(code); ; c = byCode.get(parentOf(c.code()))) {
            if (c.plover() != null) {
                return c.plover();
            }
            if (c.code().length() == 2) {
                return null;
            }
        }
    }

    private CameoCode require(String code) {
        CameoCode c = byCode.get(code);
        if (c == null) {
            throw new IllegalArgumentException("not a CAMEO 1.1b3 code: " + code);
        }
        return c;
    }
}
