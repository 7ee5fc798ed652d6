package org.vigil.events.casualty;

import org.vigil.events.TsvTable;
import java.io.IOException;
import java.io.Reader;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.vigil.model.Dependency;

/**
 * Whether a toll is stated as real: not denied ("nobody was hurt"), not merely possible ("could kill thousands"),
 * not intended ("threatened to kill"), not supposed ("if they attack"). Reads the words of {@code irrealis.tsv}.
 */
final class Irrealis {

    static final String RESOURCE = "irrealis.tsv";
    static final String HEADER = "word\trole";

    enum Role { MODAL, CONTROL, CONDITION, NEGATION }

    /** How far up a noun trigger may sit below the verb of its clause ("resulted in the deaths of ..."). */
    private static final int NOUN_TO_CLAUSE = 4;
    /** How many xcomp and conj steps a clause may sit below the one that makes it unreal. */
    private static final int CLAUSE_CHAIN = 6;

    private final Map<Role, Set<String>> words;

    private Irrealis(Map<Role, Set<String>> words) {
        this.words = words;
    }

    static Irrealis load() {
        return of(TsvTable.load(Irrealis.class, RESOURCE, HEADER));
    }

    static Irrealis parse(Reader reader, String source) throws IOException {
        return of(TsvTable.parse(reader, source, HEADER));
    }

    private static Irrealis of(List<TsvTable.Row> rows) {
        Map<Role, Set<String>> words = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            words.put(r, new HashSet<>());
        }
        Set<String> seen = new HashSet<>();
        for (TsvTable.Row row : rows) {
            String word = row.cell(0);
            if (!word.equals(word.toLowerCase(Locale.ROOT))) {
                throw row.error("word must be lower case: " + word);
            }
            if (!seen.add(word)) {
                throw row.error("duplicate word " + word);
            }
            try {
                words.get(Role.valueOf(row.cell(1).toUpperCase(Locale.ROOT))).add(word);
            } catch (IllegalArgumentException e) {
                throw row.error("role must be modal, control, condition or negation: " + row.cell(1));
            }
        }
        words.replaceAll((r, set) -> Set.copyOf(set));
        return new Irrealis(words);
    }

    /** True when a person counted is denied outright: "nobody", "no one", "no civilians". */
    boolean deniedPerson(Graph g, int person) {
        return is(Role.NEGATION, g, person) || hasChild(g, person, Role.NEGATION, "det");
    }

    /** True when the trigger's statement is denied, possible, intended or supposed rather than asserted. */
    boolean unreal(Graph g, int trigger) {
        if (hasChild(g, trigger, Role.NEGATION, "advmod") || hasChild(g, trigger, Role.NEGATION, "det")) {
            return true;
        }
        int clause = clauseOf(g, trigger);
        if (clause < 0) {
            return false;
        }
        // The clause of a noun trigger carries its denial ("did not result in deaths"); a conjoined clause's
        // denial is its own, so only modality is looked for further up.
        if (clause != trigger && hasChild(g, clause, Role.NEGATION, "advmod")) {
            return true;
        }
        for (int step = 0; step < CLAUSE_CHAIN && clause >= 0; step++) {
            if (hasChild(g, clause, Role.MODAL, "aux") || hasChild(g, clause, Role.CONDITION, "mark")) {
                return true;
            }
            int up = -1;
            for (Dependency d : g.governors(clause)) {
                if (d.governor() == Dependency.ROOT) {
                    continue;
                }
                if (d.relation().equals("xcomp")) {
                    if (is(Role.CONTROL, g, d.governor())) {
                        return true;
                    }
                    up = d.governor();
                } else if (d.base().equals("conj")) {
                    up = d.governor();
                }
            }
            clause = up;
        }
        return false;
    }

    /** The verb or adjective heading the clause a token stands in: itself, or the nearest one above a noun. */
    private static int clauseOf(Graph g, int token) {
        int at = token;
        for (int step = 0; step <= NOUN_TO_CLAUSE; step++) {
            String pos = g.token(at).pos();
            if (pos.startsWith("VB") || pos.startsWith("JJ")) {
                return at;
            }
            int up = g.governors(at).stream().mapToInt(Dependency::governor).filter(i -> i >= 0).findFirst()
                    .orElse(-1);
            if (up < 0) {
                return -1;
            }
            at = up;
        }
        return -1;
    }

    private boolean hasChild(Graph g, int governor, Role role, String relationBase) {
        return g.childrenByBase(governor, relationBase).stream().anyMatch(c -> is(role, g, c));
    }

    private boolean is(Role role, Graph g, int token) {
        return words.get(role).contains(g.token(token).lemma().toLowerCase(Locale.ROOT));
    }
}
