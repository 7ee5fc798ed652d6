package org.vigil.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.model.AnnotatedDocument;
import org.vigil.model.Dependency;
import org.vigil.model.EntityMention;
import org.vigil.model.TokenRange;

/**
 * The first pass over a document, one sentence at a time: every named entity and every noun heads a phrase, which
 * is read into known runs of words and coded; phrases then inform one another (a name a naming clause gives, a role in
 * apposition with a name, a place before an actor, the parts of a name nobody knows), and those that are mentions are
 * kept.
 */
final class SentenceReader {

    /** A phrase read and coded; the coding is null when its head names no actor. */
    private record Candidate(NounPhrase np, List<Piece> pieces, Coding coding, EntityMention entity) {
        Candidate with(Coding c) {
            return new Candidate(np, pieces, c, entity);
        }
    }

    private final AnnotatedDocument doc;
    private final String text;
    private final LocalDate date;
    private final NounPhraseFinder finder;
    private final NameMatcher matcher;
    private final ActorComposer composer;
    private final ResolverWords words;

    SentenceReader(AnnotatedDocument doc, LocalDate date, NounPhraseFinder finder, NameMatcher matcher,
                   ActorComposer composer, ResolverWords words) {
        this.doc = doc;
        this.text = doc.article().text();
        this.date = date;
        this.finder = finder;
        this.matcher = matcher;
        this.composer = composer;
        this.words = words;
    }

    /**
     * The mentions of one sentence, in token order.
     *
     * @param entities the sentence's named entities
     * @param seen     countries the article has named before this sentence
     */
    List<FoundMention> read(SentenceTree tree, List<EntityMention> entities, Set<String> seen) {
        List<FoundMention> out = new ArrayList<>();
        Map<Integer, EntityMention> entityAt = new HashMap<>();
        Set<Integer> insideEntity = new HashSet<>();
        for (EntityMention e : entities) {
            int head = entityHead(tree, e.tokens());
            if (!tree.token(head).pos().startsWith("PRP")) {
                entityAt.put(head, e);
                for (int t = e.tokens().start(); t < e.tokens().end(); t++) {
                    insideEntity.add(t);
                }
            }
        }
        List<TokenRange> unknownNames = new ArrayList<>();
        Map<Integer, Candidate> candidates = new LinkedHashMap<>();
        for (int h = 0; h < tree.size(); h++) {
            EntityMention e = entityAt.get(h);
            if (e != null || ((tree.isNoun(h) || usedAsNoun(tree, h)) && !insideEntity.contains(h))) {
                Candidate c = candidate(tree, h, e, seen);
                candidates.put(h, c);
                if (e != null && c.pieces().stream().noneMatch(p -> p.covers(c.np().head()))) {
                    unknownNames.add(e.tokens());
                }
            }
        }
        for (Map.Entry<Integer, Candidate> entry : candidates.entrySet()) {
            entry.setValue(withoutPartsOfUnknownNames(tree, entry.getValue(), unknownNames));
        }
        for (Map.Entry<Integer, Candidate> entry : candidates.entrySet()) {
            entry.setValue(placeBeforeActor(tree, entry.getValue(), candidates));
        }
        for (Map.Entry<Integer, Candidate> entry : candidates.entrySet()) {
            entry.setValue(named(entry.getValue(), candidates));
        }
        for (Map.Entry<Integer, Candidate> entry : candidates.entrySet()) {
            entry.setValue(apposed(entry.getValue(), candidates));
        }
        for (Map.Entry<Integer, Candidate> entry : candidates.entrySet()) {
            entry.setValue(describedName(tree, entry.getValue(), candidates));
        }
        for (Map.Entry<Integer, Candidate> entry : candidates.entrySet()) {
            entry.setValue(roleInState(tree, entry.getValue(), candidates));
        }
        for (Candidate c : candidates.values()) {
            List<String> pair = words.statePairs().get(tree.token(c.np().head()).text().toLowerCase(Locale.ROOT));
            if (pair != null && (c.coding() == null || !c.coding().hasOwner())) {
                statePair(tree, c, pair, out);
            } else if (c.coding() == null) {
                nested(tree, c, out);
            } else if (shown(c, candidates.values())) {
                out.add(new FoundMention(ownRange(c), c.coding(), isPerson(c), isSurname(c)));
                conjoinedOwners(tree, c, out);
            }
        }
        return out;
    }

    /** An adjective with an article of its own heads a phrase as a noun would: "a Chinese national". */
    private static boolean usedAsNoun(SentenceTree tree, int token) {
        return tree.token(token).pos().startsWith("JJ")
                && tree.children(token).stream().anyMatch(d -> d.base().equals("det") && d.dependent() < token);
    }

    /**
     * The phrase a token heads, read and coded. The place a report was filed from names no actor, and is no mention
     * at all, which later passes would code by the same name further on.
     */
    private Candidate candidate(SentenceTree tree, int head, EntityMention e, Set<String> seen) {
        NounPhrase np = finder.phrase(tree, head, e == null ? null : e.tokens());
        if (opensWithDateline(tree, np)) {
            np = np.asPlace();
            return new Candidate(np, matcher.pieces(tree, text, np, date, seen), null, e);
        }
        return coded(tree, np, matcher.pieces(tree, text, np, date, seen), e);
    }

    private Candidate coded(SentenceTree tree, NounPhrase np, List<Piece> pieces, EntityMention e) {
        String person = e != null && e.type().equals("PERSON") ? e.text() : null;
        // an elided "North", and an owner conjoined after the first ("Israeli and Hamas negotiators"), are parties
        // of their own (see conjoinedOwners), not words of this phrase's actor
        List<Piece> own = pieces.stream().filter(p -> !p.elided() && conjoinedTo(tree, np, pieces, p) == null)
                .toList();
        Coding coding = composer.compose(tree, np, own, person);
        if (coding == null && e != null) {
            coding = Coding.uncoded("no entry in the files for '" + e.text() + "' and nothing beside it that codes it");
        }
        return new Candidate(np, pieces, coding, e);
    }

    /**
     * A known word inside a name the files do not know says nothing about what that name, or a phrase it modifies,
     * is: "Washington" in "The Washington Post's reporter".
     */
    private Candidate withoutPartsOfUnknownNames(SentenceTree tree, Candidate c, List<TokenRange> unknownNames) {
        List<Piece> kept = new ArrayList<>(c.pieces().size());
        for (Piece p : c.pieces()) {
            boolean inside = unknownNames.stream().anyMatch(n -> n.start() <= p.first() && p.last() < n.end()
                    && !(n.start() == p.first() && p.last() == n.end() - 1));
            if (!inside) {
                kept.add(p);
            }
        }
        return kept.size() == c.pieces().size() ? c : coded(tree, c.np(), kept, c.entity());
    }

    /**
     * A place compounded with a role word says where that actor is, not who: "the Rome police", "a Moscow court",
     * "Manila Archbishop". Before a word that names no actor it is still the owner: "a Kremlin statement".
     */
    private Candidate placeBeforeActor(SentenceTree tree, Candidate c, Map<Integer, Candidate> candidates) {
        if (c.entity() == null || !c.entity().type().equals("LOCATION") || c.np().place()) {
            return c;
        }
        for (Dependency d : tree.parents(c.np().head())) {
            Candidate actor = candidates.get(d.governor());
            if (d.base().equals("compound") && actor != null && actor.coding() != null) {
                return coded(tree, c.np().asPlace(), c.pieces(), c.entity());
            }
        }
        return c;
    }

    /**
     * The place a report was filed from, opening its text, is where, not who: the header's dateline, or a name in
     * capitals opening the text before a colon, dash or bracket ("BEIRUT (AP) —", "LOS ANGELES:", "By NAIROBI —").
     */
    private boolean opensWithDateline(SentenceTree tree, NounPhrase np) {
        TokenRange r = np.range();
        int start = r.start() == 1 && tree.token(0).text().equalsIgnoreCase("by") ? 1 : 0;
        if (r.sentence() != 0 || r.start() != start) {
            return false;
        }
        String written = FoundMention.span(doc, r).of(text);
        String words = Names.key(written);
        String dateline = doc.article().datelinePlace();
        if (dateline != null) {
            String place = Names.key(dateline);
            return !words.isEmpty() && (place.equals(words) || place.startsWith(words + ","));
        }
        return r.end() < tree.size() && DATELINE_ENDS.contains(tree.token(r.end()).text())
                && written.codePoints().filter(Character::isLetter).count() > 2
                && written.equals(written.toUpperCase(Locale.ROOT));
    }

    /** What closes a dateline written at the head of a report. */
    private static final Set<String> DATELINE_ENDS = Set.of(":", "-", "--", "—", "–", "(", "-LRB-", ",");

    /** The token of an entity that no other token of it governs: "Vucic" in "Aleksandar Vucic". */
    private static int entityHead(SentenceTree tree, TokenRange entity) {
        int head = entity.head();
        for (int t = entity.start(); t < entity.end(); t++) {
            boolean governedInside = false;
            for (Dependency d : tree.parents(t)) {
                governedInside |= entity.contains(entity.sentence(), d.governor()) && d.governor() != t;
            }
            if (!governedInside && !tree.isPunctuation(t)) {
                head = t;
            }
        }
        return head;
    }

    /** A phrase a naming clause names ("the force in Kosovo, known as KFOR") is what the name codes. */
    private Candidate named(Candidate c, Map<Integer, Candidate> candidates) {
        Candidate name = candidates.get(c.np().namedAs());
        if (name == null || name.coding() == null || !name.coding().hasOwner()) {
            return c;
        }
        Coding n = name.coding();
        return c.with(new Coding(n.country(), n.organization(), n.sector(), null,
                "named '" + FoundMention.span(doc, name.np().range()).of(text) + "': " + n.reason()));
    }

    /** A name that says nothing on its own takes the role and owner of a phrase in apposition with it. */
    private Candidate apposed(Candidate c, Map<Integer, Candidate> candidates) {
        if (c.coding() == null || !isPerson(c) || c.coding().hasOwner() || c.coding().sector() != null) {
            return c;
        }
        for (int t : c.np().linked()) {
            Candidate other = candidates.get(t);
            if (other != null && other.coding() != null && other.coding().person() == null
                    && (other.coding().hasOwner() || other.coding().sector() != null)) {
                Coding o = other.coding();
                return c.with(new Coding(o.country(), o.organization(), o.sector(), c.entity().text(),
                        "apposition '" + FoundMention.span(doc, other.np().range()).of(text) + "': " + o.reason()));
            }
        }
        return c;
    }

    /**
     * "The two Koreas agreed": a plural name for two states is a mention of each. Both mentions share the head, so
     * the events read them as parties acting together, as they read "Indian and Pakistani troops".
     */
    private void statePair(SentenceTree tree, Candidate c, List<String> states, List<FoundMention> out) {
        TokenRange whole = ownRange(c);
        int head = c.np().head();
        TokenRange name = new TokenRange(tree.sentence().index(), head, head + 1, head);
        String text = tree.token(head).text();
        out.add(new FoundMention(whole, new Coding(states.get(0), null, null, null,
                "'" + text + "' names two states: " + states.get(0)), false));
        out.add(new FoundMention(name, new Coding(states.get(1), null, null, null,
                "'" + text + "' names two states: " + states.get(1)), false));
    }

    /**
     * A description right before the organisation's name, with no comma between, is that organisation: "the
     * militant group Hamas", "the extremist group Islamic State". With a comma ("Hamas, the militant group") the
     * phrases stay two, each coded on its own.
     */
    private Candidate describedName(SentenceTree tree, Candidate c, Map<Integer, Candidate> candidates) {
        boolean named = c.coding() != null && (c.coding().organization() != null || c.coding().person() != null);
        if (named || c.entity() != null || tree.token(c.np().head()).pos().startsWith("NNP")) {
            return c;
        }
        for (int t : c.np().linked()) {
            Candidate name = candidates.get(t);
            if (name != null && name.coding() != null && name.coding().organization() != null
                    && name.np().range().start() == c.np().range().end()) {
                Coding n = name.coding();
                return c.with(new Coding(n.country(), n.organization(), n.sector(), null,
                        "described name '" + FoundMention.span(doc, name.np().range()).of(text) + "': " + n.reason()));
            }
        }
        return c;
    }

    /**
     * "Indian and Pakistani troops", "Israeli and Hamas negotiators" are two actors: the phrase is coded with the
     * first owner, and each owner conjoined with it gets a mention of its own, from its word to the head. "North and
     * South Korea" is two states as well, coded with the name the head completes; the elided "North" gets the whole
     * phrase.
     */
    private void conjoinedOwners(SentenceTree tree, Candidate c, List<FoundMention> out) {
        Coding coding = c.coding();
        if (coding.person() != null) {
            return;
        }
        for (Piece p : c.pieces()) {
            Piece first = conjoinedTo(tree, c.np(), c.pieces(), p);
            if (first != null) {
                List<Piece> own = new ArrayList<>(c.pieces().size());
                for (Piece q : c.pieces()) {
                    if (q == p || !q.elided() && q.kind() == Reading.Kind.ROLE) {
                        own.add(q);
                    }
                }
                TokenRange range = new TokenRange(tree.sentence().index(), p.first(), c.np().range().end(),
                        c.np().head());
                Coding each = composer.compose(tree, c.np(), own, null);
                if (each != null && each.hasOwner()) {
                    out.add(new FoundMention(range, each.withReason("conjoined with '" + first.text() + "': "
                            + each.reason()), false));
                }
            }
        }
        if (coding.country() == null || coding.organization() != null) {
            return;
        }
        Piece first = c.pieces().stream().filter(p -> !p.elided()).findFirst().orElse(null);
        if (first == null || !isState(first) || !coding.country().equals(first.reading().country())) {
            return;
        }
        for (Piece p : c.pieces()) {
            if (p.first() < first.first() && p.elided() && isState(p) && p.reading().country() != null
                    && !p.reading().country().equals(coding.country())) {
                TokenRange range = new TokenRange(tree.sentence().index(), p.first(), c.np().range().end(),
                        c.np().head());
                String country = p.reading().country();
                String sector = coding.sector() == null ? "" : " " + coding.sector();
                out.add(new FoundMention(range, new Coding(country, null, coding.sector(), null,
                        "'" + p.text() + "' " + country + ", conjoined with '" + first.text() + "'" + sector
                                + " → " + country + sector), false));
            }
        }
    }

    /**
     * The earlier owner a state or organisation before the phrase's head is conjoined with ("Hamas" with "Israeli"
     * in "Israeli and Hamas negotiators"), or null.
     */
    private static Piece conjoinedTo(SentenceTree tree, NounPhrase np, List<Piece> pieces, Piece p) {
        if (p.elided() || !isOwner(p) || p.last() >= np.head()) {
            return null;
        }
        for (Piece q : pieces) {
            if (q.first() < p.first() && !q.elided() && isOwner(q)
                    && (conjoined(tree, q.last(), p.last()) || conjoined(tree, q.last(), p.first()))) {
                return q;
            }
        }
        return null;
    }

    /**
     * The words a phrase's own coding stands for: all of them, except that "North and South Korea" leaves the whole to
     * the elided "North" (see {@link #conjoinedOwners}) and is "South Korea" itself.
     */
    private static TokenRange ownRange(Candidate c) {
        TokenRange r = c.np().range();
        List<Piece> pieces = c.pieces();
        if (pieces.size() < 2 || !pieces.get(0).elided()) {
            return r;
        }
        Piece named = pieces.stream().filter(p -> !p.elided()).findFirst().orElse(null);
        return named == null || named.first() > r.head() ? r
                : new TokenRange(r.sentence(), named.first(), r.end(), r.head());
    }

    private static boolean isState(Piece p) {
        return p.kind() == Reading.Kind.COUNTRY || p.kind() == Reading.Kind.NATIONALITY;
    }

    private static boolean conjoined(SentenceTree tree, int a, int b) {
        for (Dependency d : tree.children(a)) {
            if (d.dependent() == b && d.base().equals("conj")) {
                return true;
            }
        }
        return false;
    }

    /** Sectors whose members in a state are mostly its own: not armed forces, which are often abroad. */
    private static final Set<String> FOREIGN_PRONE = Set.of("MIL", "IGO", "UAF", "SPY");

    /**
     * A role with no owner, in a state, is that state's: "lawmakers in Germany", "police in Kenya", "activists in
     * Egypt". Not "troops in Syria", which are often another state's, nor "the embassy in Addis Ababa", a mission
     * that is always another state's.
     */
    private Candidate roleInState(SentenceTree tree, Candidate c, Map<Integer, Candidate> candidates) {
        Coding coding = c.coding();
        if (coding == null || coding.sector() == null || coding.hasOwner() || coding.person() != null
                || FOREIGN_PRONE.contains(coding.sector())
                || words.missions().contains(tree.lemma(c.np().head()))) {
            return c;
        }
        for (Dependency d : tree.children(c.np().head())) {
            Candidate place = candidates.get(d.dependent());
            if (d.relation().equals("nmod:in") && place != null && place.coding() != null
                    && place.coding().country() != null && place.coding().organization() == null
                    && place.coding().sector() == null) {
                return c.with(new Coding(place.coding().country(), null, coding.sector(), null,
                        coding.reason() + " + in '" + FoundMention.span(doc, place.np().range()).of(text) + "' "
                                + place.coding().country() + " → " + place.coding().country() + " "
                                + coding.sector()));
            }
        }
        return c;
    }

    /** A one-word name the files read as someone's surname, alone in its phrase ("Vucic", or "Meta"). */
    private static boolean isSurname(Candidate c) {
        return isPerson(c) && c.pieces().size() == 1 && c.pieces().get(0).kind() == Reading.Kind.PERSON
                && c.pieces().get(0).first() == c.pieces().get(0).last() && c.np().linked().isEmpty();
    }

    private static boolean isPerson(Candidate c) {
        return c.entity() != null && c.entity().type().equals("PERSON");
    }

    /**
     * Whether a phrase is a mention of its own. A name always is, so that an uncoded one shows that nothing was
     * guessed, unless it only modifies another noun or lies inside a coded mention ("State" in "US Secretary of State
     * Antony Blinken"); a role phrase is unless it modifies another noun, but for an owner that no coded mention
     * holds: "the rebels" of "the rebels' demands" are an actor, those of "the rebels' leader" part of one.
     */
    private static boolean shown(Candidate c, Iterable<Candidate> all) {
        if (c.entity() == null || c.coding().isCoded()) {
            if (c.entity() != null || !c.np().modifier()) {
                return true;
            }
            if (c.entity() == null && !c.np().owner()) {
                return false;
            }
        } else if (c.np().modifier()) {
            return false;
        }
        // An owner is part of any mention that holds it, a name only of a coded one.
        boolean owner = c.entity() == null;
        for (Candidate other : all) {
            TokenRange r = other.np().range();
            if (other != c && other.coding() != null && (other.coding().isCoded()
                    || owner && other.coding().sector() != null) && r.start() <= c.np().range().start()
                    && c.np().range().end() <= r.end()) {
                return false;
            }
        }
        return true;
    }

    /**
     * In a phrase that names no actor, a role word before the head names one when an owner stands right before it:
     * "Serbian military" in "the Serbian military deployment".
     */
    private void nested(SentenceTree tree, Candidate c, List<FoundMention> out) {
        List<Piece> pieces = c.pieces();
        int covered = -1;
        for (int i = 1; i < pieces.size(); i++) {
            Piece role = pieces.get(i);
            if (role.kind() != Reading.Kind.ROLE || role.last() >= c.np().head()) {
                continue;
            }
            int first = i;
            while (first > 0 && isOwner(pieces.get(first - 1)) && pieces.get(first - 1).last() + 1 == pieces.get(first).first()) {
                first--;
            }
            if (first < i) {
                List<Piece> run = pieces.subList(first, i + 1);
                TokenRange range = new TokenRange(tree.sentence().index(), run.get(0).first(), role.last() + 1, role.last());
                out.add(new FoundMention(range, composer.nested(run), false));
                covered = role.last();
            }
        }
        // A state or organisation alone before a thing is its owner, and a mention of its own: "the American
        // proposal", "the Serbian border". So is a body named by a noun right before what it holds or does (see
        // resolver-words' holding): "a police station", "rebel bases", "an army post" are where police, rebels and
        // the army are attacked, and "a rebel attack" is one by rebels; but "a press conference", "the party line"
        // and "refugee status" are kinds of things, and "government supporters" are not the government.
        for (Piece p : pieces) {
            boolean owner = isOwner(p) && p.kind() != Reading.Kind.CODED;
            boolean holder = p == pieces.get(0) && p.kind() == Reading.Kind.ROLE && p.last() == c.np().head() - 1
                    && (tree.isNoun(p.last())
                        || words.doers().contains(tree.lemma(p.last())))
                    && holds(tree, c.np().head());
            if (p.first() > covered && p.last() < c.np().head() && (owner || holder)) {
                TokenRange range = new TokenRange(tree.sentence().index(), p.first(), p.last() + 1, p.last());
                out.add(new FoundMention(range, composer.nested(List.of(p)), false));
            }
        }
    }

    /** Whether a noun names what a body holds or does; the lemmatiser reads "bases" as "basis", so both count. */
    private boolean holds(SentenceTree tree, int noun) {
        return words.holdings().contains(tree.lemma(noun))
                || words.holdings().contains(tree.token(noun).text().toLowerCase(Locale.ROOT));
    }

    private static boolean isOwner(Piece p) {
        return p.kind() != Reading.Kind.ROLE && p.kind() != Reading.Kind.PERSON && p.reading().hasOwner();
    }
}
