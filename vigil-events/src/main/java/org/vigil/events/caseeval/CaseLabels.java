package org.vigil.events.caseeval;

import org.vigil.events.TsvTable;
import java.io.IOException;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The task's event types from {@code labels.tsv}, each with the subtask that introduces it. */
final class CaseLabels {

    static final String RESOURCE = "labels.tsv";
    static final String HEADER = "label\tsubtask\tdescription";

    private final Map<String, Subtask> introducedIn;

    private CaseLabels(Map<String, Subtask> introducedIn) {
        this.introducedIn = introducedIn;
    }

    static CaseLabels load() {
        return of(TsvTable.load(CaseLabels.class, RESOURCE, HEADER));
    }

    static CaseLabels parse(Reader reader, String source) throws IOException {
        return of(TsvTable.parse(reader, source, HEADER));
    }

    private static CaseLabels of(List<TsvTable.Row> rows) {
        Map<String, Subtask> labels = new LinkedHashMap<>();
        for (TsvTable.Row row : rows) {
            String label = row.cell(0);
            if (!label.matches("[A-Z][A-Z_]*")) {
                throw row.error("label must be upper case with underscores: " + label);
            }
            Subtask subtask;
            try {
                subtask = Subtask.of(Integer.parseInt(row.cell(1)));
            } catch (IllegalArgumentException e) {
                throw row.error("subtask must be 1, 2 or 3: " + row.cell(1));
            }
            if (labels.put(label, subtask) != null) {
                throw row.error("duplicate label " + label);
            }
        }
        return new CaseLabels(Map.copyOf(labels));
    }

    boolean contains(String label) {
        return introducedIn.containsKey(label);
    }

    /** The labels a subtask's systems choose from. */
    Set<String> of(Subtask subtask) {
        return introducedIn.entrySet().stream().filter(e -> e.getValue().number() <= subtask.number())
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }
}
