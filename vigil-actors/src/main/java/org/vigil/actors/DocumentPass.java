package org.vigil.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.model.ActorMention;
import org.vigil.model.AnnotatedDocument;
import org.vigil.model.CorefChain;
import org.vigil.model.Dependency;
import org.vigil.model.EntityMention;
import org.vigil.model.Mention;
import org.vigil.model.Sentence;
import org.vigil.model.Span;
import org.vigil.model.TokenRange;

/**
 * Resolves the actor mentions of one document, in two passes. The first reads every noun phrase in text order, so
 * that the countries named so far can settle a shared name; the second lets a mention that says too little on its
 * own ("Vucic" when the files lack him, "he") take the actor of the mention it refers to, through the coreference
 * chains and, for a surname, through an earlier full name.
 */
final class DocumentPass {

    private static final Set<String> NAMED = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

    /**
     * A mention found, with its coding; replaced whole when the second pass learns more.
     *
     * @param person  it is a person's name
     * @param surname it is a name that the files know only as a surname, with nothing beside it
     */
    private record Found(TokenRange range, Coding coding, boolean person, boolean surname) {
        Found(TokenRange range, Coding coding, boolean person) {
            this(range, coding, person, false);
        }

        Found with(Coding c) {
            return new Found(range, c, person, false);
        }
    }

    /** A phrase read in the first pass. */
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
    private final Set<String> seen = new HashSet<>();
    private final List<Found> found = new ArrayList<>();

    DocumentPass(AnnotatedDocument doc, LocalDate date, NounPhraseFinder finder, NameMatcher matcher,
                 ActorComposer composer, ResolverWords words) {
        this.doc = doc;
        this.text = doc.article().text();
        this.date = date;
        this.finder = finder;
        this.matcher = matcher;
        this.composer = composer;
        this.words = words;
    }

    List<ActorMention> run() {
        Map<Integer, List<EntityMention>> entities = new HashMap<>();
        for (EntityMention e : doc.entities()) {
            if (NAMED.contains(e.type())) {
                entities.computeIfAbsent(e.tokens().sentence(), k -> new ArrayList<>()).add(e);
            }
        }
        for (Sentence s : doc.sentences()) {
            sentence(new SentenceTree(s), entities.getOrDefault(s.index(), List.of()));
        }
        dropUnsupportedSurnames();
        fillFromChains();
        fillBySurname();
        found.sort(Comparator.comparingInt((Found f) -> f.range().sentence()).thenComparingInt(f -> f.range().start())
                .thenComparingInt(f -> f.range().head()).thenComparingInt(f -> -f.range().end()));
        List<ActorMention> out = new ArrayList<>(found.size());
        Set<TokenRange> emitted = new HashSet<>();
        for (Found f : found) {
            if (emitted.add(f.range())) {
                Span span = span(f.range());
                out.add(new ActorMention(f.coding().actor(span.of(text), span, words), f.range(), f.coding().reason()));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- first pass: phrases

    private void sentence(SentenceTree tree, List<EntityMention> entities) {
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
            if (e != null || (tree.isNoun(h) && !insideEntity.contains(h))) {
                Candidate c = candidate(tree, h, e);
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
        for (Candidate c : candidates.values()) {
            if (c.coding() == null) {
                nested(tree, c);
            } else if (shown(c, candidates.values())) {
                add(new Found(c.np().range(), c.coding(), isPerson(c), isSurname(c)));
            }
        }
    }

    /** The phrase a token heads, read and coded. */
    private Candidate candidate(SentenceTree tree, int head, EntityMention e) {
        NounPhrase np = finder.phrase(tree, head, e == null ? null : e.tokens());
        if (opensWithDateline(np)) {
            np = np.asPlace();
        }
        return coded(tree, np, matcher.pieces(tree, text, np, date, seen), e);
    }

    private Candidate coded(SentenceTree tree, NounPhrase np, List<Piece> pieces, EntityMention e) {
        String person = e != null && e.type().equals("PERSON") ? e.text() : null;
        Coding coding = composer.compose(tree, np, pieces, person);
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

    /** The place a report was filed from, opening its text, is where, not who ("BEIRUT (AP) —"). */
    private boolean opensWithDateline(NounPhrase np) {
        String dateline = doc.article().datelinePlace();
        if (dateline == null || np.range().sentence() != 0 || np.range().start() != 0) {
            return false;
        }
        String words = Names.key(span(np.range()).of(text));
        String place = Names.key(dateline);
        return !words.isEmpty() && (place.equals(words) || place.startsWith(words + ","));
    }

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
                "named '" + span(name.np().range()).of(text) + "': " + n.reason()));
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
                        "apposition '" + span(other.np().range()).of(text) + "': " + o.reason()));
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
     * Antony Blinken"); a role phrase is unless it modifies another noun.
     */
    private static boolean shown(Candidate c, Iterable<Candidate> all) {
        if (c.entity() == null || c.coding().isCoded()) {
            return c.entity() != null || !c.np().modifier();
        }
        if (c.np().modifier()) {
            return false;
        }
        for (Candidate other : all) {
            TokenRange r = other.np().range();
            if (other != c && other.coding() != null && other.coding().isCoded() && r.start() <= c.np().range().start()
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
    private void nested(SentenceTree tree, Candidate c) {
        List<Piece> pieces = c.pieces();
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
                add(new Found(range, composer.nested(run), false));
            }
        }
    }

    private static boolean isOwner(Piece p) {
        return p.kind() != Reading.Kind.ROLE && p.kind() != Reading.Kind.PERSON && p.reading().hasOwner();
    }

    private void add(Found f) {
        found.add(f);
        if (f.coding().country() != null) {
            seen.add(f.coding().country());
        }
    }

    // ---------------------------------------------------------------- second pass: references

    /**
     * A surname alone names the office holder only when the article speaks of that person's state or organisation
     * somewhere else: "Vucic" in a report on Serbia is Aleksandar Vučić, but "Meta" in a report on videos is not the
     * Albanian president, whatever the recogniser thought.
     */
    private void dropUnsupportedSurnames() {
        Set<String> owners = new HashSet<>();
        for (Found f : found) {
            if (!f.surname()) {
                owners.add(f.coding().country());
                owners.add(f.coding().organization());
            }
        }
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            Coding c = f.coding();
            boolean supported = (c.country() != null && owners.contains(c.country()))
                    || (c.organization() != null && owners.contains(c.organization()));
            if (f.surname() && !supported) {
                found.set(i, f.with(Coding.uncoded("'" + headText(f.range()) + "' is the surname of " + c.person()
                        + " in the files, but the article names nothing else of "
                        + (c.country() != null ? c.country() : c.organization()))));
            }
        }
    }

    /** Names and pronouns in a coreference chain take the chain's actor when they cannot code themselves. */
    private void fillFromChains() {
        Map<Long, Integer> byHead = indexByHead();
        for (CorefChain chain : doc.chains()) {
            Coding source = null;
            String sourceText = null;
            List<Mention> order = new ArrayList<>(chain.mentions().size() + 1);
            order.add(chain.representative());
            order.addAll(chain.mentions());
            for (Mention m : order) {
                Integer i = byHead.get(key(m.tokens()));
                if (i != null && found.get(i).coding().hasOwner()) {
                    source = found.get(i).coding();
                    sourceText = m.text();
                    break;
                }
            }
            if (source == null) {
                continue;
            }
            for (Mention m : chain.mentions()) {
                Integer i = byHead.get(key(m.tokens()));
                String reason = (m.isPronoun() ? "pronoun '" : "coreference: '") + m.text() + "' refers to '"
                        + sourceText + "': " + source.reason();
                if (i == null && m.isPronoun()) {
                    found.add(new Found(m.tokens(), source.withReason(reason), true));
                } else if (i != null && saysNothing(found.get(i))) {
                    found.set(i, found.get(i).with(source.withReason(reason)));
                }
            }
        }
    }

    /** A surname alone takes the actor of the last person named in full with that surname. */
    private void fillBySurname() {
        found.sort(Comparator.comparingInt((Found f) -> f.range().sentence()).thenComparingInt(f -> f.range().start()));
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (!saysNothing(f)) {
                continue;
            }
            String surname = Names.key(headText(f.range()));
            for (int j = i - 1; j >= 0; j--) {
                Found g = found.get(j);
                if (g.person() && g.coding().person() != null && g.coding().hasOwner()
                        && Names.key(headText(g.range())).equals(surname)) {
                    found.set(i, f.with(g.coding().withReason("surname '" + headText(f.range())
                            + "' of '" + span(g.range()).of(text) + "': " + g.coding().reason())));
                    break;
                }
            }
        }
    }

    private static boolean saysNothing(Found f) {
        return f.person() && !f.coding().hasOwner() && f.coding().sector() == null;
    }

    private Map<Long, Integer> indexByHead() {
        Map<Long, Integer> out = new HashMap<>();
        for (int i = 0; i < found.size(); i++) {
            out.putIfAbsent(key(found.get(i).range()), i);
        }
        return out;
    }

    private static long key(TokenRange r) {
        return ((long) r.sentence() << 32) | r.head();
    }

    private String headText(TokenRange r) {
        return doc.sentences().get(r.sentence()).tokens().get(r.head()).text();
    }

    private Span span(TokenRange r) {
        List<org.vigil.model.Token> tokens = doc.sentences().get(r.sentence()).tokens();
        return new Span(tokens.get(r.start()).span().start(), tokens.get(r.end() - 1).span().end());
    }
}
