package org.vigil.events.patterns;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The code a frame gives for what it embeds, read from {@code frames.tsv}: an appeal for a ceasefire (0871) is
 * 0256, a threat to attack (190) is 1384. A row holds the codes for embedded codes starting with its key; the
 * longest key wins, and the {@code *} row serves an embedded predicate with no code. A {@code =} cell means the
 * frame is coded as the embedded event itself, unrealised: "plans to deploy troops" is a planned deployment and
 * "refused to attack" a negated attack, not a promise or a rejection of anyone.
 */
public final class FrameTable {
    public static final String RESOURCE = "frames.tsv";
    private static final String DEFAULT_ROW = "*";
    private static final String TARGET_ROW = "@target";
    private static final String ITSELF = "=";
    /** Prefix of the rows for a negated embedded event: asking not to attack is asking to de-escalate. */
    private static final String NEGATED = "not:";

    /** Whom a frame is done to when it names no one itself. */
    public enum TargetFrom {
        /** The one asked or accused, who would act in the embedded event ("urged Serbia to withdraw"). */
        DOER,
        /** The one the embedded event would be done to ("threatened to attack Kosovo"). */
        DONE_TO
    }

    private final Map<Frame, Map<String, String>> cells;
    private final Map<Frame, TargetFrom> targets;

    private FrameTable(Map<Frame, Map<String, String>> cells, Map<Frame, TargetFrom> targets) {
        this.cells = cells;
        this.targets = targets;
    }

    public static FrameTable load(Predicate<String> codeExists) {
        try (InputStream in = FrameTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("frame table not on the classpath: " + RESOURCE);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE, codeExists);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public static FrameTable parse(Reader reader, String source, Predicate<String> codeExists) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        Frame[] columns = null;
        Map<Frame, Map<String, String>> cells = new EnumMap<>(Frame.class);
        Map<Frame, TargetFrom> targets = new EnumMap<>(Frame.class);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            String where = source + ":" + number + ": ";
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (columns == null) {
                if (!f[0].equals("embedded")) {
                    throw new IllegalStateException(where + "expected the header 'embedded<TAB>FRAME...'");
                }
                columns = new Frame[f.length - 1];
                for (int i = 1; i < f.length; i++) {
                    columns[i - 1] = Frame.valueOf(f[i]);
                    cells.put(columns[i - 1], new HashMap<>());
                }
                if (cells.size() != Frame.values().length) {
                    throw new IllegalStateException(where + "the header must name every frame once");
                }
                continue;
            }
            if (f.length != columns.length + 1) {
                throw new IllegalStateException(where + "expected " + (columns.length + 1) + " columns, found "
                        + f.length);
            }
            String key = f[0];
            for (int i = 1; i < f.length; i++) {
                Frame frame = columns[i - 1];
                if (key.equals(TARGET_ROW)) {
                    targets.put(frame, TargetFrom.valueOf(f[i].toUpperCase().replace('-', '_')));
                    continue;
                }
                String code = key.startsWith(NEGATED) ? key.substring(NEGATED.length()) : key;
                if (!key.equals(DEFAULT_ROW) && !codeExists.test(code)) {
                    throw new IllegalStateException(where + "not a CAMEO code: " + key);
                }
                if (!f[i].equals(ITSELF) && !codeExists.test(f[i])) {
                    throw new IllegalStateException(where + "not a CAMEO code: " + f[i]);
                }
                if (key.equals(DEFAULT_ROW) && f[i].equals(ITSELF)) {
                    throw new IllegalStateException(where + "the default row needs a code for every frame");
                }
                if (cells.get(frame).put(key, f[i]) != null) {
                    throw new IllegalStateException(where + "row " + key + " given twice");
                }
            }
        }
        if (columns == null) {
            throw new IllegalStateException(source + ": no header");
        }
        for (Frame frame : Frame.values()) {
            if (!cells.get(frame).containsKey(DEFAULT_ROW) || !targets.containsKey(frame)) {
                throw new IllegalStateException(source + ": needs a " + DEFAULT_ROW + " row and a " + TARGET_ROW
                        + " row");
            }
        }
        return new FrameTable(cells, targets);
    }

    /**
     * What a frame over an embedded code is coded as.
     *
     * @param code           the CAMEO code
     * @param embeddedItself true where the code is the embedded event's own, which the frame leaves unrealised
     */
    public record Coding(String code, boolean embeddedItself) {
    }

    /**
     * The coding of a frame over an embedded code.
     *
     * @param embedded the embedded event's code, or null where the embedded predicate has none
     * @param negated  whether the embedded event is negated ("urged Israel not to launch an offensive")
     */
    public Coding code(Frame frame, String embedded, boolean negated) {
        Map<String, String> column = cells.get(frame);
        String cell = null;
        if (embedded != null) {
            cell = negated ? longest(column, NEGATED, embedded) : null;
            cell = cell == null ? longest(column, "", embedded) : cell;
        }
        cell = cell == null ? column.get(DEFAULT_ROW) : cell;
        return cell.equals(ITSELF) ? new Coding(embedded, true) : new Coding(cell, false);
    }

    /** The cell of the longest row key that starts the code, after the prefix, or null. */
    private static String longest(Map<String, String> column, String prefix, String code) {
        for (int n = code.length(); n >= 2; n--) {
            String cell = column.get(prefix + code.substring(0, n));
            if (cell != null) {
                return cell;
            }
        }
        return null;
    }

    public TargetFrom targetFrom(Frame frame) {
        return targets.get(frame);
    }

    /** The row keys, for checks. */
    public List<String> rows() {
        return cells.get(Frame.APPEAL).keySet().stream().sorted().toList();
    }
}
