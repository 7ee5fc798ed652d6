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
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The code a frame gives for what it embeds, read from {@code frames.tsv}: an appeal for a ceasefire (0871) is
 * 0256, a threat to attack (190) is 1384. A row holds the codes for embedded codes starting with its key; the
 * longest key wins, and the {@code *} row serves an embedded predicate with no code. A {@code -} cell means the
 * combination is not an event ("refused to attack").
 */
public final class FrameTable {
    public static final String RESOURCE = "frames.tsv";
    private static final String DEFAULT_ROW = "*";
    private static final String TARGET_ROW = "@target";
    private static final String NONE = "-";

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
                if (!key.equals(DEFAULT_ROW) && !codeExists.test(key)) {
                    throw new IllegalStateException(where + "not a CAMEO code: " + key);
                }
                if (!f[i].equals(NONE) && !codeExists.test(f[i])) {
                    throw new IllegalStateException(where + "not a CAMEO code: " + f[i]);
                }
                if (key.equals(DEFAULT_ROW) && f[i].equals(NONE)) {
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
     * The code of a frame over an embedded code, or empty where the table says the pair is no event.
     *
     * @param embedded the embedded event's code, or null where the embedded predicate has none
     */
    public Optional<String> code(Frame frame, String embedded) {
        Map<String, String> column = cells.get(frame);
        String cell = column.get(DEFAULT_ROW);
        if (embedded != null) {
            for (int n = embedded.length(); n >= 2; n--) {
                String row = column.get(embedded.substring(0, n));
                if (row != null) {
                    cell = row;
                    break;
                }
            }
        }
        return cell.equals(NONE) ? Optional.empty() : Optional.of(cell);
    }

    public TargetFrom targetFrom(Frame frame) {
        return targets.get(frame);
    }

    /** The row keys, for checks. */
    public List<String> rows() {
        return cells.get(Frame.APPEAL).keySet().stream().sorted().toList();
    }
}
