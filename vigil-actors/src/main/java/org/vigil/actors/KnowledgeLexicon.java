package org.vigil.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Vigil's own knowledge (countries, organisations, role words, office holders) read as a lexicon.
 *
 * <p>A person is read with the office held on the article's date; when several are held at once, the one taken up
 * last comes first, because a new post is what news names a person by. A person known only from offices that had
 * ended by that date reads as an elite (CAMEO's ELI) of the state they last served, as CAMEO codes former office
 * holders; one whose offices all lie after that date reads as an elite of the state they would serve. A name that
 * ambiguous-names.tsv shares between countries reads as each of them, the preferred one first,
 * so that the article's context can choose.
 */
public final class KnowledgeLexicon implements ActorLexicon {

    /** Words as the tokenizer will split them: runs of letters, digits and dots, and any other single mark. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}.]+|[^\\s\\p{L}\\p{N}.]");

    private final ActorKnowledge knowledge;
    private final Map<String, List<Reading>> sharedNames = new HashMap<>();
    private final int longest;

    public KnowledgeLexicon(ActorKnowledge knowledge) {
        this.knowledge = knowledge;
        for (AmbiguousName a : knowledge.ambiguousNames()) {
            if (a.preferred() != null) {
                sharedNames.put(Names.key(a.name()), alternatives(a));
            }
        }
        this.longest = Stream.of(
                        knowledge.countries().stream().flatMap(c -> c.lookupNames().stream().map(Country.Named::name)),
                        knowledge.organizations().stream().flatMap(o -> o.names().stream()),
                        knowledge.sectorTerms().stream().map(SectorTerm::term),
                        knowledge.offices().stream().flatMap(o -> Stream.concat(Stream.of(o.person()), o.aliases().stream())))
                .flatMap(s -> s).mapToInt(KnowledgeLexicon::tokens).max().orElse(1);
    }

    /** The bundled knowledge as a lexicon. */
    public static KnowledgeLexicon bundled() {
        return new KnowledgeLexicon(ActorKnowledge.load());
    }

    @Override
    public List<Reading> readings(String phrase, LocalDate date) {
        List<Reading> out = new ArrayList<>(2);
        people(phrase, date, out);
        knowledge.organizationByName(phrase).filter(o -> casesAgree(phrase, o))
                .ifPresent(o -> out.add(organization(phrase, o)));
        countries(phrase, out);
        // a capitalised word before a name is a title ("President Vucic"), or a noun opening a sentence; a word in
        // lower case heads a phrase and is only a noun: a "fire marshal" or "team captain" holds no rank
        boolean capitalised = Character.isUpperCase(phrase.codePointAt(0));
        Optional<SectorTerm> term = capitalised
                ? knowledge.sectorTerm(phrase, SectorTerm.Kind.TITLE)
                        .or(() -> knowledge.sectorTerm(phrase, SectorTerm.Kind.NOUN))
                : knowledge.sectorTerm(phrase, SectorTerm.Kind.NOUN);
        term.ifPresent(t -> out.add(
                new Reading(Reading.Kind.ROLE, null, null, t.sector(), null,
                        (t.kind() == SectorTerm.Kind.TITLE ? "title '" : "role '") + phrase + "' " + t.sector())));
        return out;
    }

    @Override
    public int longestName() {
        return longest;
    }

    /**
     * A capitalised name matches only capitalised words: "Group of 20" is not "a group of 20-somethings", while "the
     * alliance", written in lower case, matches as written.
     */
    private static boolean casesAgree(String phrase, Organization o) {
        if (Character.isUpperCase(phrase.codePointAt(0))) {
            return true;
        }
        String key = Names.key(phrase);
        for (String name : o.names()) {
            String written = name.regionMatches(true, 0, "the ", 0, 4) ? name.substring(4) : name;
            if (Names.key(name).equals(key) && !Character.isUpperCase(written.codePointAt(0))) {
                return true;
            }
        }
        return false;
    }

    private void people(String phrase, LocalDate date, List<Reading> out) {
        List<Office> offices = knowledge.offices(phrase);
        if (offices.isEmpty()) {
            return;
        }
        List<Office> held = new ArrayList<>(offices.stream().filter(o -> o.validOn(date)).toList());
        if (!held.isEmpty()) {
            held.sort(Comparator.comparing(Office::start).reversed());
            for (Office o : held) {
                out.add(new Reading(Reading.Kind.PERSON, o.country(), canonical(o.organization()), o.sector(), o.person(),
                        "people.tsv: " + o.person() + ", " + o.office() + whose(o) + ", in office on " + day(date)));
            }
            return;
        }
        Optional<Office> former = formerOffice(offices, date);
        former.ifPresent(o -> out.add(new Reading(Reading.Kind.PERSON,
                o.country(), o.country() == null ? canonical(o.organization()) : null, ActorComposer.ELITE, o.person(),
                "people.tsv: " + o.person() + ", former " + o.office() + whose(o) + " (until " + o.end() + "), ELI on "
                        + day(date))));
        if (former.isEmpty()) {
            // Before their first office people are already who they are: a future president is one of the
            // state's elite, not an unknown.
            futureOffice(offices).ifPresent(o -> out.add(new Reading(Reading.Kind.PERSON, o.country(),
                    o.country() == null ? canonical(o.organization()) : null, ActorComposer.ELITE, o.person(),
                    "people.tsv: " + o.person() + ", later " + o.office() + whose(o) + " (from " + o.start()
                            + "), ELI on " + day(date))));
        }
    }

    /** The office taken up first, preferring one that belonged to a state. */
    private static Optional<Office> futureOffice(List<Office> offices) {
        Comparator<Office> byStart = Comparator.comparing(Office::start);
        Optional<Office> national = offices.stream().filter(o -> o.country() != null).min(byStart);
        return national.isPresent() ? national : offices.stream().min(byStart);
    }

    /** The office that ended last before the date, preferring one that belonged to a state. */
    private static Optional<Office> formerOffice(List<Office> offices, LocalDate date) {
        Comparator<Office> byEnd = Comparator.comparing(Office::end);
        List<Office> ended = offices.stream().filter(o -> o.end() != null && !o.end().isAfter(date)).toList();
        Optional<Office> national = ended.stream().filter(o -> o.country() != null).max(byEnd);
        return national.isPresent() ? national : ended.stream().max(byEnd);
    }

    private String whose(Office o) {
        return " of " + (o.country() != null ? o.country() : canonical(o.organization()));
    }

    private String canonical(String organizationKey) {
        return knowledge.organization(organizationKey).map(Organization::canonical).orElse(null);
    }

    private static String day(LocalDate date) {
        return date.equals(LocalDate.MAX) ? "an undated report (offices still held)" : date.toString();
    }

    private static Reading organization(String phrase, Organization o) {
        String what = o.canonical() != null ? o.canonical() : "state body of " + o.country();
        return new Reading(Reading.Kind.ORGANIZATION, o.country(), o.canonical(), o.sector(), null,
                "organisation '" + phrase + "' = " + what + " (" + o.sector() + ")");
    }

    private void countries(String phrase, List<Reading> out) {
        List<Reading> shared = sharedNames.get(withoutPossessive(Names.key(phrase)));
        if (shared != null) {
            out.addAll(shared);
            return;
        }
        knowledge.countryMatch(phrase).ifPresent(m -> out.add(country(phrase, m.country(), m.kind(), "")));
    }

    private List<Reading> alternatives(AmbiguousName a) {
        List<String> order = new ArrayList<>();
        order.add(a.preferred());
        a.countries().stream().filter(c -> !c.equals(a.preferred())).forEach(order::add);
        List<Reading> out = new ArrayList<>();
        String key = Names.key(a.name());
        for (String iso : order) {
            knowledge.countryByIso3(iso).ifPresent(c -> c.lookupNames().stream()
                    .filter(n -> Names.key(n.name()).equals(key)).findFirst()
                    .ifPresent(n -> out.add(country(a.name(), c, n.kind(),
                            iso.equals(a.preferred()) ? ", preferred of " + a.countries() : ", one of " + a.countries()))));
        }
        return List.copyOf(out);
    }

    private static Reading country(String phrase, Country c, Country.NameKind kind, String note) {
        return switch (kind) {
            case NAME, OTHER_NAME -> new Reading(Reading.Kind.COUNTRY, c.iso3(), null, null, null,
                    "country '" + phrase + "' " + c.iso3() + note);
            case ADJECTIVE, DEMONYM -> new Reading(Reading.Kind.NATIONALITY, c.iso3(), null, null, null,
                    kind.name().toLowerCase(java.util.Locale.ROOT) + " '" + phrase + "' " + c.iso3() + note);
            case SEAT_OF_POWER -> new Reading(Reading.Kind.SEAT_OF_POWER, c.iso3(), null, "GOV", null,
                    "seat of power '" + phrase + "' " + c.iso3() + " GOV" + note);
        };
    }

    private static String withoutPossessive(String key) {
        if (key.endsWith("'s")) {
            return key.substring(0, key.length() - 2).stripTrailing();
        }
        return key.endsWith("'") ? key.substring(0, key.length() - 1).stripTrailing() : key;
    }

    static int tokens(String name) {
        Matcher m = TOKEN.matcher(name);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
