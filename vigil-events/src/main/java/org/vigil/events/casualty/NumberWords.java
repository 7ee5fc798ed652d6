package org.vigil.events.casualty;

import org.vigil.events.TsvTable;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The number words of {@code number-words.tsv}: what CoreNLP's NUMBER values leave out. */
final class NumberWords {

    static final String RESOURCE = "number-words.tsv";
    static final String HEADER = "word\tvalue\ttype";

    enum Type { CARDINAL, UNIT, VAGUE, UNKNOWN }

    /** One row: a singular word, its value and how it counts. */
    record Entry(String word, long value, Type type) {
    }

    private final Map<String, Entry> byWord;

    private NumberWords(Map<String, Entry> byWord) {
        this.byWord = Map.copyOf(byWord);
    }

    static NumberWords load() {
        return of(TsvTable.load(NumberWords.class, RESOURCE, HEADER));
    }

    static NumberWords parse(Reader reader, String source) throws IOException {
        return of(TsvTable.parse(reader, source, HEADER));
    }

    private static NumberWords of(List<TsvTable.Row> rows) {
        Map<String, Entry> byWord = new HashMap<>();
        for (TsvTable.Row row : rows) {
            String word = row.cell(0);
            if (!word.equals(word.toLowerCase(Locale.ROOT))) {
                throw row.error("word must be lower case: " + word);
            }
            Type type;
            long value;
            try {
                type = Type.valueOf(row.cell(2).toUpperCase(Locale.ROOT));
                value = Long.parseLong(row.cell(1));
            } catch (IllegalArgumentException e) {
                throw row.error("bad value or type: " + e.getMessage());
            }
            if ((type == Type.UNKNOWN) != (value == 0) || value < 0) {
                throw row.error("unknown amounts take value 0 and only they do: " + word);
            }
            if (byWord.put(word, new Entry(word, value, type)) != null) {
                throw row.error("duplicate word " + word);
            }
        }
        return new NumberWords(byWord);
    }

    /** The entry for a word as written or as its singular lemma ("dozens" is found as "dozen"). */
    Optional<Entry> lookup(String text, String lemma) {
        Entry e = byWord.get(text.toLowerCase(Locale.ROOT));
        return Optional.ofNullable(e != null ? e : byWord.get(lemma.toLowerCase(Locale.ROOT)));
    }
}
