package org.vigil.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Codes one noun phrase from the known runs of words in it.
 *
 * <ul>
 *   <li>A person is coded with the office people.tsv gives for the article's date; a title and an owner written beside
 *       the name ("Serbian President") code a person the files do not know, and an owner overrules the files where
 *       they disagree, because the report is the better witness of its own day.
 *   <li>A role word takes its owner from the words before it or an owning phrase after it: the leftmost state,
 *       people, seat of power or organisation ("Kosovo's government", "the president of Serbia", "troops from Chad"). The leftmost role gives
 *       the sector, as in PETRARCH, where the first agent is the primary one: "rebel commander" is REB; but a word
 *       that says only what kind of people they are gives way to any other ("civilian authorities" are GOV, "the
 *       national police" COP). After an
 *       organisation, a role word gives the sector only when the organisation's own code says merely what kind of
 *       body it is ("NATO troops" are MIL) and the word is not a staff word ("EU officials" stay IGO).
 *   <li>A state's name alone is the state: CAMEO codes "Serbia" SRB, with no sector, since the text does not say which
 *       part of the state acts. A seat of power is its government ("accused Belgrade" is SRB GOV), except where it is
 *       a place ("protests in Belgrade" is SRB).
 * </ul>
 */
final class ActorComposer {

    /** CAMEO's code for former office holders and other elites. */
    static final String ELITE = "ELI";

    private final ResolverWords words;

    ActorComposer(ResolverWords words) {
        this.words = words;
    }

    /**
     * The coding of a phrase, or null when its head names no actor.
     *
     * @param personName the name the recogniser found at the head when it is a PERSON, else null
     */
    Coding compose(SentenceTree tree, NounPhrase np, List<Piece> pieces, String personName) {
        int head = np.head();
        Piece headPiece = null;
        List<Piece> modifiers = new ArrayList<>(pieces.size());
        for (Piece p : pieces) {
            if (p.covers(head)) {
                headPiece = p;
            } else {
                modifiers.add(p);
            }
        }
        boolean former = formerBefore(tree, np);
        // The recogniser tags an unfamiliar one-word state "Arnor" PERSON, and armed groups and capitals too ("Boko
        // Haram", "Kyiv said"); a name that is a state's, a seat of power's or an organisation's whole name in the
        // files is read as that.
        boolean stateNamed = headPiece != null && headPiece.text().equals(personName)
                && (headPiece.kind() == Reading.Kind.COUNTRY || headPiece.kind() == Reading.Kind.NATIONALITY
                || headPiece.kind() == Reading.Kind.SEAT_OF_POWER || headPiece.kind() == Reading.Kind.ORGANIZATION);
        if ((personName != null && !stateNamed) || (headPiece != null && headPiece.kind() == Reading.Kind.PERSON)) {
            return person(headPiece, modifiers, former, personName != null ? personName : headPiece.text());
        }
        if (headPiece == null) {
            return words.followers().contains(tree.lemma(head))
                    ? followers(modifiers) : null;
        }
        Reading r = headPiece.reading();
        return switch (r.kind()) {
            case ROLE -> role(pieces, former && tree.token(head).pos().equals("NN"), head);
            case ORGANIZATION, CODED -> np.place() && "LOCATION".equals(tree.token(head).ner())
                    ? Coding.uncoded(r.source() + ", but used as a place")
                    : organization(headPiece, modifiers);
            case COUNTRY, NATIONALITY -> language(tree, np, r) ? null
                    : new Coding(r.country(), null, null, null, r.source() + " → " + r.country());
            case SEAT_OF_POWER -> np.place()
                    ? new Coding(r.country(), null, null, null, r.source() + ", used as a place → " + r.country())
                    : new Coding(r.country(), null, r.sector(), null, r.source() + " → " + r.country() + " " + r.sector());
            case PLACE -> r.country() == null ? null
                    : new Coding(r.country(), null, null, null, r.source() + " → " + r.country());
            case PERSON -> throw new IllegalStateException("handled above");
        };
    }

    /**
     * A people's adjective alone, singular and with no article, is its language: "in English", "learning Arabic";
     * the people are "the French" or "Russians". Not as a subject or a conjunct, where it stands for the people's
     * forces or state: "Azerbaijani and Armenian forces agreed a ceasefire".
     */
    private static boolean language(SentenceTree tree, NounPhrase np, Reading r) {
        int head = np.head();
        return r.kind() == Reading.Kind.NATIONALITY && np.naming().size() == 1 && np.range().start() == head
                && (tree.token(head).pos().equals("NNP") || tree.token(head).pos().equals("NN"))
                && !tree.token(head).text().endsWith("s")
                && tree.parents(head).stream().noneMatch(d -> d.base().startsWith("nsubj") || d.base().equals("conj"));
    }

    private Coding person(Piece headPiece, List<Piece> modifiers, boolean former, String name) {
        Coding text = owned(modifiers);
        boolean titled = modifiers.stream().anyMatch(p -> p.kind() == Reading.Kind.ROLE);
        Reading office = headPiece == null ? null : headPiece.reading();
        if (office != null && office.kind() != Reading.Kind.PERSON && office.kind() != Reading.Kind.CODED) {
            office = null;
        }
        String person = office != null && office.person() != null ? office.person() : name;
        if (office != null && (office.hasOwner() || office.sector() != null)) {
            // "Saudi King Abdullah": the files' "King Abdullah" is Jordan's, but the title is in the name
            if (text.hasOwner() && disagree(text, office)) {
                return finish(text.withPerson(person), former, text.reason() + " (over " + office.source() + ")");
            }
            // an office held on the day outweighs "former", which then speaks of an earlier post
            Coding coded = new Coding(office.country(), office.organization(), office.sector(), person,
                    office.source());
            return finish(coded, false, text.reason().isEmpty() ? office.source()
                    : text.reason() + "; " + office.source());
        }
        if (titled || text.hasOwner()) {
            return finish(text.withPerson(person), former, text.reason() + "; name '" + name + "' not in the files");
        }
        return Coding.uncoded("name '" + name + "' with no title or owner beside it and no entry in the files");
    }

    /**
     * "Trump supporters", "critics of the Kenyan government": people who side with or against a body are not the
     * body but people of its state, as far as the phrase tells; null where no word in it names a state.
     */
    private static Coding followers(List<Piece> modifiers) {
        for (Piece p : modifiers) {
            if (p.reading().country() != null) {
                String reason = p.reading().source() + ", whose followers are not it";
                return new Coding(p.reading().country(), null, null, null, reason + " → " + p.reading().country());
            }
        }
        return null;
    }

    /** True when the words before a name give it another state or organisation than the office the files list. */
    private static boolean disagree(Coding text, Reading office) {
        return (text.country() != null && !text.country().equals(office.country()))
                || (text.organization() != null && !text.organization().equals(office.organization()));
    }

    private Coding finish(Coding c, boolean former, String reason) {
        Coding out = former && !ELITE.equals(c.sector())
                ? new Coding(c.country(), c.organization(), ELITE, c.person(), reason + "; 'former' → " + ELITE)
                : c.withReason(reason);
        return out.withReason(out.reason() + " → " + out.summary());
    }

    /** A role word and the owners right before it, read as a phrase of their own. */
    Coding nested(List<Piece> pieces) {
        return role(pieces, false, pieces.get(pieces.size() - 1).last());
    }

    private Coding role(List<Piece> pieces, boolean former, int head) {
        Coding c = owned(pieces, head);
        return finish(c, former, c.reason());
    }

    private Coding organization(Piece headPiece, List<Piece> modifiers) {
        Reading r = headPiece.reading();
        String country = r.country();
        String reason = r.source();
        if (country == null && r.organization() == null) {
            Coding owner = owned(modifiers);
            country = owner.country();
            reason = owner.reason().isEmpty() ? reason : owner.reason() + " + " + reason;
        }
        Coding c = new Coding(country, r.organization(), r.sector(), null, reason);
        return c.withReason(reason + " → " + c.summary());
    }

    /**
     * Owner and sector from the known runs of a phrase: the leftmost state or organisation owns it, the leftmost role
     * gives the sector, unless an organisation in the phrase has a role of its own.
     */
    private Coding owned(List<Piece> pieces) {
        return owned(pieces, Integer.MAX_VALUE);
    }

    /**
     * As above, where a role word after the head, in a phrase that owns it, does not outweigh the head's own:
     * "families of terrorists" are CVL.
     */
    private Coding owned(List<Piece> pieces, int head) {
        Piece country = null;
        Piece organization = null;
        Piece role = null;
        for (Piece p : pieces) {
            Reading r = p.reading();
            if (r.kind() == Reading.Kind.ROLE) {
                // "civilian authorities" are GOV: a word that says only what kind of people they are gives way
                role = role == null || words.plainSectors().contains(role.reading().sector()) && p.last() <= head
                        ? p : role;
            } else if (r.kind() != Reading.Kind.PERSON) {
                if (country == null && r.country() != null) {
                    country = p;
                }
                if (organization == null && (r.kind() == Reading.Kind.ORGANIZATION || r.organization() != null)) {
                    organization = p;
                }
            }
        }
        String sector = null;
        // Before or after the role ("KLA leaders", "leaders of the KLA"), an organisation gives its own sector
        // unless it only says what kind of body it is.
        if (organization != null) {
            String own = organization.reading().sector();
            sector = role != null && words.organizationSectors().contains(own)
                    && !words.staffSectors().contains(role.reading().sector()) ? role.reading().sector() : own;
        } else if (role != null) {
            sector = role.reading().sector();
        } else if (country != null) {
            sector = country.reading().sector();
        }
        List<Piece> used = new ArrayList<>(3);
        for (Piece p : pieces) {
            if (p == country || p == organization || p == role) {
                used.add(p);
            }
        }
        String reason = used.stream().map(p -> p.reading().source()).collect(Collectors.joining(" + "));
        return new Coding(country == null ? null : country.reading().country(),
                organization == null ? null : organization.reading().organization(), sector, null, reason);
    }

    /** True when a word like "former" stands before the head ("former Serbian President Boris Tadic"). */
    private boolean formerBefore(SentenceTree tree, NounPhrase np) {
        for (int t : np.naming()) {
            if (t < np.head() && words.former().contains(tree.token(t).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
