package org.vigil.events.casualty;

import org.vigil.events.TsvTable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.vigil.model.Token;

/** The toll words of {@code triggers.tsv}, looked up by a token's lemma or form and part of speech. */
final class TriggerLexicon {

    static final String RESOURCE = "triggers.tsv";
    static final String HEADER = "word\tpart\tkind\trole\tcondition";
    private static final String NONE = "-";
    private static final String WITH = "with=";

    private final List<Trigger> all;
    private final Map<String, List<Trigger>> byWord;

    private TriggerLexicon(List<Trigger> all) {
        this.all = List.copyOf(all);
        Map<String, List<Trigger>> byWord = new HashMap<>();
        all.forEach(t -> byWord.computeIfAbsent(t.word(), w -> new ArrayList<>()).add(t));
        byWord.replaceAll((w, list) -> List.copyOf(list));
        this.byWord = Map.copyOf(byWord);
    }

    static TriggerLexicon load() {
        return of(TsvTable.load(TriggerLexicon.class, RESOURCE, HEADER));
    }

    static TriggerLexicon parse(Reader reader, String source) throws IOException {
        return of(TsvTable.parse(reader, source, HEADER));
    }

    private static TriggerLexicon of(List<TsvTable.Row> rows) {
        List<Trigger> triggers = new ArrayList<>();
        for (TsvTable.Row row : rows) {
            Trigger t = trigger(row);
            if (triggers.stream().anyMatch(o -> o.word().equals(t.word()) && o.part() == t.part())) {
                throw row.error("duplicate " + t.part().name().toLowerCase(Locale.ROOT) + " " + t.word());
            }
            triggers.add(t);
        }
        return new TriggerLexicon(triggers);
    }

    private static Trigger trigger(TsvTable.Row row) {
        String word = row.cell(0);
        if (!word.equals(word.toLowerCase(Locale.ROOT)) || word.contains(" ")) {
            throw row.error("word must be one lower-case word: " + word);
        }
        Trigger.Condition condition = condition(row);
        try {
            return new Trigger(word, Trigger.Part.valueOf(upper(row.cell(1))),
                    row.cell(2).equals(NONE) ? null : CasualtyKind.of(row.cell(2)),
                    Trigger.Role.valueOf(upper(row.cell(3))), condition);
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage());
        }
    }

    private static Trigger.Condition condition(TsvTable.Row row) {
        String cell = row.cell(4);
        if (cell.equals(NONE)) {
            return Trigger.Condition.NONE;
        }
        if (cell.equals("person") || cell.equals("many")) {
            return new Trigger.Condition(cell.equals("person"), cell.equals("many"), null);
        }
        if (cell.startsWith(WITH) && cell.length() > WITH.length()) {
            return new Trigger.Condition(false, false, cell.substring(WITH.length()));
        }
        throw row.error("condition must be -, person, many or with=WORD: " + cell);
    }

    private static String upper(String cell) {
        return cell.toUpperCase(Locale.ROOT);
    }

    List<Trigger> all() {
        return all;
    }

    /**
     * The entry a token stands for. The lemma is tried before the written form, so "injured" tagged as a
     * participle is the verb "injure", and only a form the lemmatiser changed ("missing" to "miss") falls back to
     * the form.
     */
    Optional<Trigger> match(Token token) {
        for (String key : List.of(token.lemma().toLowerCase(Locale.ROOT), token.text().toLowerCase(Locale.ROOT))) {
            for (Trigger t : byWord.getOrDefault(key, List.of())) {
                if (t.part().admits(token.pos())) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }

    /** The entry for a noun such as "death", which names the kind of a "death toll". */
    Optional<Trigger> noun(String lemma) {
        return byWord.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of()).stream()
                .filter(t -> t.part() == Trigger.Part.NOUN && t.kind() != null)
                .findFirst();
    }
}
