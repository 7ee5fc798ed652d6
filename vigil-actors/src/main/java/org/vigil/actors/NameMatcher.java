package org.vigil.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.model.Dependency;
import org.vigil.model.Token;

/**
 * Splits the naming words of a phrase into the longest runs the lexicon knows, left to right, so that "Kosovo Serb"
 * is read before "Kosovo" and "Secretary of State" before "State".
 *
 * <p>Guards keep words from reading as what they are not: a person's name must be tagged PERSON by the recogniser, a
 * state's name, people or seat of power must be capitalised ("turkey" is a bird), and no state or organisation is
 * read inside a person's name ("Sofia" in "Sofia Marchetti"); a state that backs a phrase does not own it ("Turkish" in
 * "Turkish-backed militiamen").
 */
final class NameMatcher {

    private final ActorLexicon lexicon;
    private final ResolverWords words;
    private final PlaceStates places;

    /** @param places the states of towns and regions the lexicon lacks, or null to read no place as its state */
    NameMatcher(ActorLexicon lexicon, ResolverWords words, PlaceStates places) {
        this.lexicon = lexicon;
        this.words = words;
        this.places = places;
    }

    /**
     * The known runs of a phrase, in order. A run starts on one of the phrase's naming words and may run on through
     * the rest of the phrase, so that a name with a preposition in it is read whole ("Doctors Without Borders").
     *
     * @param seen countries the article has already named, which settle a name several countries share
     */
    List<Piece> pieces(SentenceTree tree, String text, NounPhrase np, LocalDate date, Set<String> seen) {
        List<Piece> out = new ArrayList<>(2);
        int end = np.range().end();
        int longest = lexicon.longestName();
        int covered = -1;
        for (int first : np.naming()) {
            if (first <= covered) {
                continue;
            }
            Piece found = null;
            for (int last = Math.min(end, first + longest) - 1; last >= first && found == null; last--) {
                found = piece(tree, text, first, last, date, seen);
            }
            if (found != null) {
                out.add(found);
                covered = found.last();
            }
        }
        return withElidedHeads(tree, text, out, date, seen);
    }

    /**
     * "North and South Korea" names two states though "North" alone names none: a word conjoined with the first
     * word of a longer name shares the rest of that name, and reads as the name it then makes ("North Korea").
     */
    private List<Piece> withElidedHeads(SentenceTree tree, String text, List<Piece> pieces, LocalDate date,
                                        Set<String> seen) {
        List<Piece> out = pieces;
        for (Piece whole : pieces) {
            if (whole.first() == whole.last()) {
                continue;
            }
            // the parser joins the word to the name's first word or to its last ("North and South Korean officials")
            List<Dependency> joins = new ArrayList<>(tree.parents(whole.first()));
            joins.addAll(tree.parents(whole.last()));
            for (Dependency d : joins) {
                int word = d.governor();
                if (!d.base().equals("conj") || word < 0 || word >= whole.first() || covered(out, word)) {
                    continue;
                }
                String rest = text.substring(tree.token(whole.first() + 1).span().start(),
                        tree.token(whole.last()).span().end());
                String words = tree.token(word).text() + " " + rest;
                List<Reading> readings = lexicon.readings(words, date).stream().filter(NameMatcher::isState).toList();
                if (!readings.isEmpty() && Character.isUpperCase(tree.token(word).text().codePointAt(0))) {
                    out = new ArrayList<>(out);
                    out.add(out.indexOf(whole), new Piece(word, word, words, choose(readings, seen), true));
                }
            }
        }
        return out;
    }

    private static boolean covered(List<Piece> pieces, int token) {
        return pieces.stream().anyMatch(p -> p.covers(token));
    }

    private Piece piece(SentenceTree tree, String text, int first, int last, LocalDate date, Set<String> seen) {
        // "the Kremlin" is read as "Kremlin": a run that starts with an article would only repeat a shorter one
        if (tree.isPunctuation(first) || tree.isPunctuation(last) || tree.token(first).pos().equals("DT")) {
            return null;
        }
        String words = text.substring(tree.token(first).span().start(), tree.token(last).span().end());
        if (this.words.regions().contains(Names.key(words))) {
            return new Piece(first, last, words, new Reading(Reading.Kind.PLACE, null, null, null, null,
                    "'" + words + "' a region of several states"), false);
        }
        List<Reading> readings = new ArrayList<>(lexicon.readings(words, date));
        if (isPerson(tree, last + 1) && readings.stream().noneMatch(r -> r.kind() == Reading.Kind.ROLE)) {
            readings.addAll(titles(words, date));
        }
        if (readings.isEmpty() && places != null && wholeLocation(tree, first, last)) {
            places.stateOf(words).ifPresent(iso3 -> readings.add(new Reading(Reading.Kind.PLACE, iso3, null, null,
                    null, "'" + words + "' a place in " + iso3 + " (gazetteer)")));
        }
        Token end = tree.token(last);
        boolean person = "PERSON".equals(end.ner());
        // part of a longer name: "Sofia" in "Sofia Marchetti"; a one-word "Wagner" tagged PERSON may still be the group
        boolean inName = person && (isPerson(tree, first - 1) || isPerson(tree, last + 1));
        boolean personal = person || knownAlias(tree, first, last);
        readings.removeIf(r -> (r.kind() == Reading.Kind.PERSON && !personal)
                || (isState(r) && !Character.isUpperCase(end.text().codePointAt(0)))
                || ((isState(r) || r.kind() == Reading.Kind.ORGANIZATION) && inName));
        if (backs(tree, last)) {
            readings.removeIf(NameMatcher::isState);
        }
        if (readings.isEmpty()) {
            return null;
        }
        return new Piece(first, last, words, choose(readings, seen), false);
    }

    /**
     * A title is written in lower case before a name as well ("army captain John Reyes"), though elsewhere the
     * same word names no role ("the team captain").
     */
    private List<Reading> titles(String words, LocalDate date) {
        String capitalised = words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
        return lexicon.readings(capitalised, date).stream().filter(r -> r.kind() == Reading.Kind.ROLE).toList();
    }

    /**
     * The recogniser misses some names the files know as a person's ("AMLO", tagged an organisation): a run of
     * proper nouns it tagged no place, date or number still reads as the person when it cannot be a common word
     * written with a capital, being several words or an acronym.
     */
    private static boolean knownAlias(SentenceTree tree, int first, int last) {
        for (int t = first; t <= last; t++) {
            Token token = tree.token(t);
            if (!token.pos().startsWith("NNP") || !NAME_TAGS.contains(token.ner())) {
                return false;
            }
        }
        String word = tree.token(first).text();
        return last > first || word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
    }

    /** Tags the recogniser gives names it did not read as a person's, or none. */
    private static final Set<String> NAME_TAGS = Set.of("O", "ORGANIZATION", "MISC");

    /** True when a hyphen and a backing participle follow: "Turkish" in "Turkish-backed". */
    private boolean backs(SentenceTree tree, int last) {
        return last + 2 < tree.size() && tree.token(last + 1).text().equals("-")
                && words.backing().contains(tree.lemma(last + 2));
    }

    /** Whether the run is a whole name the recogniser tagged a location, neither more nor less. */
    private static boolean wholeLocation(SentenceTree tree, int first, int last) {
        for (int t = first; t <= last; t++) {
            if (!isLocation(tree, t)) {
                return false;
            }
        }
        return !isLocation(tree, first - 1) && !isLocation(tree, last + 1);
    }

    private static boolean isLocation(SentenceTree tree, int token) {
        return token >= 0 && token < tree.size() && "LOCATION".equals(tree.token(token).ner());
    }

    private static boolean isPerson(SentenceTree tree, int token) {
        return token >= 0 && token < tree.size() && "PERSON".equals(tree.token(token).ner());
    }

    private static boolean isState(Reading r) {
        return r.kind() == Reading.Kind.COUNTRY || r.kind() == Reading.Kind.NATIONALITY
                || r.kind() == Reading.Kind.SEAT_OF_POWER;
    }

    /** The first reading, unless an alternative of the same kind belongs to a country the article has named. */
    private static Reading choose(List<Reading> readings, Set<String> seen) {
        Reading best = readings.get(0);
        for (Reading r : readings) {
            if (r.kind() == best.kind() && r.country() != null && seen.contains(r.country())) {
                return r;
            }
        }
        return best;
    }
}
