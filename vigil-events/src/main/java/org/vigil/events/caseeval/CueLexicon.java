package org.vigil.events.caseeval;

import org.vigil.events.TsvTable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The cues of {@code cues.tsv}: named lists of phrases whose presence in a snippet the rules test. */
final class CueLexicon {

    static final String RESOURCE = "cues.tsv";
    static final String HEADER = "cue\tphrases";
    private static final String SEPARATOR = " | ";

    private final Map<String, List<Phrase>> cues;

    private CueLexicon(Map<String, List<Phrase>> cues) {
        this.cues = cues;
    }

    static CueLexicon load() {
        return of(TsvTable.load(CueLexicon.class, RESOURCE, HEADER));
    }

    static CueLexicon parse(Reader reader, String source) throws IOException {
        return of(TsvTable.parse(reader, source, HEADER));
    }

    private static CueLexicon of(List<TsvTable.Row> rows) {
        Map<String, List<Phrase>> cues = new LinkedHashMap<>();
        for (TsvTable.Row row : rows) {
            String name = row.cell(0);
            if (!name.matches("[a-z]+")) {
                throw row.error("cue name must be lower-case letters: " + name);
            }
            List<Phrase> phrases = new ArrayList<>();
            for (String text : row.cell(1).split(Pattern.quote(SEPARATOR), -1)) {
                try {
                    Phrase p = Phrase.of(text);
                    if (phrases.contains(p)) {
                        throw row.error("phrase listed twice in " + name + ": " + text.trim());
                    }
                    phrases.add(p);
                } catch (IllegalArgumentException e) {
                    throw row.error(e.getMessage());
                }
            }
            if (cues.put(name, List.copyOf(phrases)) != null) {
                throw row.error("duplicate cue " + name);
            }
        }
        return new CueLexicon(Collections.unmodifiableMap(cues));
    }

    Set<String> names() {
        return cues.keySet();
    }

    /** The cues present in a snippet, each with the character offset of its first phrase found. */
    Map<String, Integer> find(String text) {
        SnippetWords words = new SnippetWords(text);
        Map<String, Integer> found = new HashMap<>();
        cues.forEach((name, phrases) -> {
            int first = -1;
            for (Phrase p : phrases) {
                int at = words.find(p);
                if (at >= 0 && (first < 0 || at < first)) {
                    first = at;
                }
            }
            if (first >= 0) {
                found.put(name, first);
            }
        });
        return Map.copyOf(found);
    }
}
