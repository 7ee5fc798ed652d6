package org.vigil.events.patterns;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads the pattern file format, described at the head of {@code patterns.txt}:
 * <pre>
 * CODE  TRIGGER|TRIGGER...  ARGUMENT...  FLAG...
 * </pre>
 * where a trigger's word positions may list variants ({@code express/voice concern/worry} is four triggers),
 * with fields separated by two or more spaces or a tab, {@code #} comments, and {@code @NAME = a|b} word sets.
 * Every error names the file and line.
 */
public final class PatternParser {
    /** The word set that lists the prepositions a relation or trigger word may name. */
    public static final String PREPOSITIONS = "PREPOSITIONS";
    /** The word set of persons, which a condition may name to take a named person too. */
    static final String PERSONS = "@PERSONS";
    static final Set<String> CORE_RELATIONS = Set.of("subj", "obj", "iobj", "xcomp", "ccomp", "poss", "prt",
            "speaker", "case", "cop");

    private static final Pattern FIELDS = Pattern.compile("\\t+|\\s{2,}");
    private static final Pattern CODE = Pattern.compile("\\d{2,4}");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z'.-]*");

    private final Predicate<String> codeExists;

    /** @param codeExists whether a CAMEO code is in the code table */
    public PatternParser(Predicate<String> codeExists) {
        this.codeExists = codeExists;
    }

    /** The patterns of one file, one per trigger alternative, in file order, with the word sets it defined. */
    public Result parse(Reader reader, String source) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        WordSets sets = new WordSets();
        List<EventPattern> patterns = new ArrayList<>();
        Map<String, String> shapes = new HashMap<>();
        int number = 0;
        for (String raw = lines.readLine(); raw != null; raw = lines.readLine()) {
            number++;
            String where = source + ":" + number + ": ";
            int hash = raw.indexOf('#');
            String line = (hash < 0 ? raw : raw.substring(0, hash)).stripTrailing();
            if (line.isBlank() || sets.accept(line, where)) {
                continue;
            }
            for (EventPattern p : line(line.strip(), sets, source, number, where)) {
                String earlier = shapes.putIfAbsent(p.shape(), p.id());
                if (earlier != null) {
                    throw new IllegalStateException(where + "duplicate of the pattern at " + earlier + ": "
                            + p.trigger().text());
                }
                patterns.add(p);
            }
        }
        return new Result(List.copyOf(patterns), sets);
    }

    /** What a file gives: its patterns and its word sets. */
    public record Result(List<EventPattern> patterns, WordSets sets) {
    }

    private List<EventPattern> line(String line, WordSets sets, String source, int number, String where) {
        String[] f = FIELDS.split(line);
        if (f.length < 2) {
            throw new IllegalStateException(where + "expected CODE  TRIGGERS  ARGUMENTS..., fields apart by two "
                    + "spaces: " + line);
        }
        String code = null;
        Frame frame = null;
        if (CODE.matcher(f[0]).matches()) {
            if (!codeExists.test(f[0])) {
                throw new IllegalStateException(where + "not a CAMEO code: " + f[0]);
            }
            code = f[0];
        } else {
            try {
                frame = Frame.valueOf(f[0]);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + "neither a CAMEO code nor a frame: " + f[0], e);
            }
        }
        Set<String> prepositions = sets.has(PREPOSITIONS) ? sets.get(PREPOSITIONS, where) : Set.of();
        List<Slot> slots = new ArrayList<>();
        List<Constraint> constraints = new ArrayList<>();
        Set<EventPattern.Flag> flags = EnumSet.noneOf(EventPattern.Flag.class);
        for (int i = 2; i < f.length; i++) {
            argument(f[i], sets, prepositions, slots, constraints, flags, where);
        }
        if (frame != null && slots.stream().noneMatch(s -> s.role() == Slot.Role.EVENT)) {
            throw new IllegalStateException(where + "a frame needs an EVENT argument: " + line);
        }
        if (frame == null && slots.stream().anyMatch(s -> s.role() == Slot.Role.EVENT)) {
            throw new IllegalStateException(where + "only a frame takes an EVENT argument: " + line);
        }
        if (slots.stream().filter(s -> s.role() != Slot.Role.EVENT).map(Slot::role).distinct().count()
                < slots.stream().filter(s -> s.role() != Slot.Role.EVENT).count()) {
            throw new IllegalStateException(where + "a role may be given once: " + line);
        }
        List<EventPattern> out = new ArrayList<>();
        for (Trigger t : triggers(f[1], sets, prepositions, where)) {
            out.add(new EventPattern(code, frame, t, slots, constraints, flags, null, source, number, line));
        }
        return out;
    }

    private static List<Trigger> triggers(String field, WordSets sets, Set<String> prepositions, String where) {
        WordClass wordClass = WordClass.VERB;
        String body = field;
        if (field.startsWith("n:")) {
            wordClass = WordClass.NOUN;
            body = field.substring(2);
        } else if (field.startsWith("a:")) {
            wordClass = WordClass.ADJECTIVE;
            body = field.substring(2);
        }
        List<Trigger> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String alternative : body.split("\\|")) {
            for (List<String> words : alternatives(alternative.strip(), wordClass, sets, where)) {
                for (String w : words) {
                    if (!WORD.matcher(w).matches()) {
                        throw new IllegalStateException(where + "not a lower-case word: '" + w + "' in " + field);
                    }
                }
                if (!seen.add(String.join(" ", words))) {
                    throw new IllegalStateException(where + "trigger '" + String.join(" ", words)
                            + "' given twice");
                }
                out.add(new Trigger(wordClass, words.get(0), words.subList(1, words.size())));
            }
        }
        return out;
    }

    /**
     * The word lists an alternative stands for. A word set's entries are written as English writes them, head
     * last ("tear gas"); as noun triggers they are turned head first, the order triggers are written in.
     */
    private static List<List<String>> alternatives(String alternative, WordClass wordClass, WordSets sets,
                                                   String where) {
        if (!alternative.startsWith("@")) {
            return variants(alternative);
        }
        List<List<String>> out = new ArrayList<>();
        for (String entry : sets.expand(alternative, where)) {
            List<String> words = new ArrayList<>(List.of(entry.split(" ")));
            if (wordClass == WordClass.NOUN && words.size() > 1) {
                words.add(0, words.remove(words.size() - 1));
            }
            out.add(words);
        }
        return out;
    }

    /** "express/voice concern/worry" stands for every choice of one word per position. */
    private static List<List<String>> variants(String alternative) {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of());
        for (String position : alternative.split(" ")) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : out) {
                for (String word : position.split("/")) {
                    List<String> longer = new ArrayList<>(prefix);
                    longer.add(word);
                    next.add(longer);
                }
            }
            out = next;
        }
        return out;
    }

    private static void argument(String arg, WordSets sets, Set<String> prepositions, List<Slot> slots,
                                 List<Constraint> constraints, Set<EventPattern.Flag> flags, String where) {
        if (arg.startsWith("+")) {
            flags.add(switch (arg) {
                case "+wn" -> EventPattern.Flag.SYNONYMS;
                case "+wn2" -> EventPattern.Flag.SYNONYMS2;
                case "+sym" -> EventPattern.Flag.SYMMETRIC;
                case "+inner" -> EventPattern.Flag.INNER;
                case "+doer" -> EventPattern.Flag.DOER;
                default -> throw new IllegalStateException(where + "unknown flag " + arg);
            });
            return;
        }
        int eq = arg.indexOf('=');
        if (eq > 0) {
            List<String> relations = relations(arg.substring(0, eq), prepositions, where);
            String role = arg.substring(eq + 1);
            Slot.Need need = Slot.Need.PRESENT;
            if (role.endsWith("?")) {
                need = Slot.Need.OPTIONAL;
                role = role.substring(0, role.length() - 1);
            } else if (role.endsWith("!")) {
                need = Slot.Need.CODED;
                role = role.substring(0, role.length() - 1);
            }
            try {
                slots.add(new Slot(relations, Slot.Role.valueOf(role), need));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + "unknown role " + role + " in " + arg, e);
            }
            return;
        }
        boolean absent = arg.startsWith("!");
        String body = absent ? arg.substring(1) : arg;
        int tilde = body.indexOf('~');
        if (tilde < 0 && !absent) {
            throw new IllegalStateException(where + "an argument is REL=ROLE, REL~words, !REL or +flag: " + arg);
        }
        String relation = tilde < 0 ? body : body.substring(0, tilde);
        List<String> rels = relations(relation, prepositions, where);
        if (rels.size() != 1) {
            throw new IllegalStateException(where + "a condition names one relation: " + arg);
        }
        Set<String> lemmas = Set.of();
        boolean people = false;
        if (tilde >= 0) {
            String words = body.substring(tilde + 1);
            lemmas = words.equals("*") ? Set.of() : new LinkedHashSet<>(sets.expand(words, where));
            people = List.of(words.split("\\|")).contains(PERSONS);
        }
        constraints.add(new Constraint(rels.get(0), lemmas, absent, people));
    }

    private static List<String> relations(String field, Set<String> prepositions, String where) {
        List<String> out = new ArrayList<>();
        for (String r : field.split("\\|")) {
            String rel = r.strip().toLowerCase(Locale.ROOT);
            if (!CORE_RELATIONS.contains(rel) && !prepositions.contains(rel)) {
                throw new IllegalStateException(where + "unknown relation '" + rel + "': use " + CORE_RELATIONS.stream().sorted().toList()
                        + " or a preposition of @" + PREPOSITIONS);
            }
            out.add(rel);
        }
        return out;
    }
}
