package org.vigil.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Consistency checks across the actor files, for the bundled ones (run by the tests) and for user-supplied ones.
 * Loading only rejects rows it cannot read; these checks find rows that read fine but would code actors wrongly:
 * a duplicate key, a reference to nothing, a name two countries answer to, a person whose dates run backwards.
 * Each method returns one readable line per problem, empty when all is well.
 */
public final class KnowledgeCheck {

    private static final Pattern AGENT_CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");

    private KnowledgeCheck() {
    }

    /** Every problem every check finds. */
    public static List<String> problems(ActorKnowledge k) {
        List<String> out = new ArrayList<>();
        out.addAll(duplicateKeys(k));
        out.addAll(malformedCodes(k));
        out.addAll(unknownAgents(k));
        out.addAll(unknownCountries(k));
        out.addAll(unknownOrganizations(k));
        out.addAll(badDates(k));
        out.addAll(countryNameCollisions(k));
        out.addAll(organizationNameCollisions(k));
        out.addAll(inconsistentAliases(k));
        out.addAll(sharedPersonNames(k));
        return out;
    }

    /** Keys that must be unique: agent code, iso3, iso2, organisation key, term+kind, person+office+start, ambiguous name. */
    public static List<String> duplicateKeys(ActorKnowledge k) {
        List<String> out = new ArrayList<>();
        dupes(out, "agent code", k.agents().stream().map(Agent::code).toList());
        dupes(out, "iso3", k.countries().stream().map(Country::iso3).toList());
        dupes(out, "iso2", k.countries().stream().map(Country::iso2).toList());
        dupes(out, "organisation key", k.organizations().stream().map(Organization::key).toList());
        dupes(out, "sector term", k.sectorTerms().stream().map(t -> Names.key(t.term()) + " (" + t.kind() + ")").toList());
        dupes(out, "office", k.offices().stream().map(o -> o.person() + " / " + o.office() + " / " + o.start()).toList());
        dupes(out, "ambiguous name", k.ambiguousNames().stream().map(a -> Names.key(a.name())).toList());
        return out;
    }

    private static void dupes(List<String> out, String what, List<String> keys) {
        Set<String> seen = new HashSet<>();
        Set<String> reported = new TreeSet<>();
        for (String key : keys) {
            if (!seen.add(key)) {
                reported.add(key);
            }
        }
        reported.forEach(key -> out.add("duplicate " + what + ": " + key));
    }

    /** Agent codes are three capitals; ISO codes three and two. */
    public static List<String> malformedCodes(ActorKnowledge k) {
        List<String> out = new ArrayList<>();
        for (Agent a : k.agents()) {
            if (!AGENT_CODE.matcher(a.code()).matches()) {
                out.add("agent code '" + a.code() + "' is not three capitals");
            }
            if (a.description().isBlank()) {
                out.add("agent " + a.code() + " has no description");
            }
        }
        for (Country c : k.countries()) {
            if (!ISO3.matcher(c.iso3()).matches()) {
                out.add("country '" + c.name() + "': iso3 '" + c.iso3() + "' is not three capitals");
            }
            if (!ISO2.matcher(c.iso2()).matches()) {
                out.add("country " + c.iso3() + ": iso2 '" + c.iso2() + "' is not two capitals");
            }
        }
        return out;
    }

    /** Every sector in organisations, role words and offices is a declared agent code. */
    public static List<String> unknownAgents(ActorKnowledge k) {
        Set<String> codes = new HashSet<>();
        k.agents().forEach(a -> codes.add(a.code()));
        List<String> out = new ArrayList<>();
        for (Organization o : k.organizations()) {
            if (!codes.contains(o.sector())) {
                out.add("organisation " + o.key() + ": unknown sector " + o.sector());
            }
        }
        for (SectorTerm t : k.sectorTerms()) {
            if (!codes.contains(t.sector())) {
                out.add("sector term '" + t.term() + "': unknown sector " + t.sector());
            }
        }
        for (Office o : k.offices()) {
            if (!codes.contains(o.sector())) {
                out.add(o.person() + " (" + o.office() + "): unknown sector " + o.sector());
            }
        }
        return out;
    }

    /** Every ISO3 that organisations, office holders and ambiguous names mention is a country. */
    public static List<String> unknownCountries(ActorKnowledge k) {
        List<String> out = new ArrayList<>();
        for (Organization o : k.organizations()) {
            if (o.country() != null && k.countryByIso3(o.country()).isEmpty()) {
                out.add("organisation " + o.key() + ": unknown country " + o.country());
            }
        }
        for (Office o : k.offices()) {
            if (o.country() != null && k.countryByIso3(o.country()).isEmpty()) {
                out.add(o.person() + " (" + o.office() + "): unknown country " + o.country());
            }
        }
        for (AmbiguousName a : k.ambiguousNames()) {
            for (String iso : a.countries()) {
                if (k.countryByIso3(iso).isEmpty()) {
                    out.add("ambiguous name '" + a.name() + "': unknown country " + iso);
                }
            }
        }
        return out;
    }

    /** Every parent and every office's organisation exists, and no organisation is its own ancestor. */
    public static List<String> unknownOrganizations(ActorKnowledge k) {
        List<String> out = new ArrayList<>();
        Map<String, String> parents = new HashMap<>();
        for (Organization o : k.organizations()) {
            if (o.parent() != null) {
                parents.put(o.key(), o.parent());
                if (k.organization(o.parent()).isEmpty()) {
                    out.add("organisation " + o.key() + ": unknown parent " + o.parent());
                }
            }
        }
        for (String key : parents.keySet()) {
            Set<String> path = new HashSet<>();
            String at = key;
            while (at != null && path.add(at)) {
                at = parents.get(at);
            }
            if (at != null) {
                out.add("organisation " + key + ": its parents loop back to " + at);
            }
        }
        for (Office o : k.offices()) {
            if (o.organization() != null && k.organization(o.organization()).isEmpty()) {
                out.add(o.person() + " (" + o.office() + "): unknown organisation " + o.organization());
            }
            if (o.country() == null && o.organization() == null) {
                out.add(o.person() + " (" + o.office() + "): neither country nor organisation");
            }
        }
        return out;
    }

    /** An office ends after it starts. */
    public static List<String> badDates(ActorKnowledge k) {
        List<String> out = new ArrayList<>();
        for (Office o : k.offices()) {
            if (o.end() != null && !o.start().isBefore(o.end())) {
                out.add(o.person() + " (" + o.office() + "): start " + o.start() + " is not before end " + o.end());
            }
        }
        return out;
    }

    /**
     * A name two countries answer to must be listed in ambiguous-names.tsv with exactly those countries and a
     * preferred one among them (or none); a listed name must still be ambiguous, so the list cannot rot.
     */
    public static List<String> countryNameCollisions(ActorKnowledge k) {
        List<String> out = new ArrayList<>();
        Map<String, AmbiguousName> listed = new HashMap<>();
        k.ambiguousNames().forEach(a -> listed.putIfAbsent(Names.key(a.name()), a));
        new TreeSet<>(k.countryNameOwners().keySet()).forEach(key -> {
            Set<String> owners = k.countryNameOwners().get(key);
            if (owners.size() < 2) {
                return;
            }
            AmbiguousName a = listed.get(key);
            if (a == null) {
                out.add("name '" + key + "' belongs to " + String.join(", ", new TreeSet<>(owners))
                        + ": keep it in one country or list it in " + ActorKnowledge.AMBIGUOUS_NAMES);
            } else if (!new TreeSet<>(a.countries()).equals(new TreeSet<>(owners))) {
                out.add(ActorKnowledge.AMBIGUOUS_NAMES + ": '" + a.name() + "' lists " + new TreeSet<>(a.countries())
                        + " but the name belongs to " + new TreeSet<>(owners));
            }
        });
        for (AmbiguousName a : k.ambiguousNames()) {
            Set<String> owners = k.countryNameOwners().getOrDefault(Names.key(a.name()), Set.of());
            if (owners.size() < 2) {
                out.add(ActorKnowledge.AMBIGUOUS_NAMES + ": '" + a.name() + "' is not shared by two countries (owners: "
                        + owners + ")");
            }
            if (a.preferred() != null && !a.countries().contains(a.preferred())) {
                out.add(ActorKnowledge.AMBIGUOUS_NAMES + ": '" + a.name() + "' prefers " + a.preferred()
                        + ", which is not among its countries");
            }
            if (a.reason().isBlank()) {
                out.add(ActorKnowledge.AMBIGUOUS_NAMES + ": '" + a.name() + "' gives no reason");
            }
        }
        return out;
    }

    /** No name belongs to two organisations: the resolver could not tell which one a report means. */
    public static List<String> organizationNameCollisions(ActorKnowledge k) {
        List<String> out = new ArrayList<>();
        new TreeSet<>(k.organizationNameOwners().keySet()).forEach(key -> {
            Set<String> owners = k.organizationNameOwners().get(key);
            if (owners.size() > 1) {
                out.add("organisation name '" + key + "' belongs to " + String.join(", ", owners));
            }
        });
        return out;
    }

    /** All rows of a person list the same aliases, so a lookup does not depend on which row it lands on. */
    public static List<String> inconsistentAliases(ActorKnowledge k) {
        List<String> out = new ArrayList<>();
        Map<String, List<String>> first = new HashMap<>();
        for (Office o : k.offices()) {
            List<String> seen = first.putIfAbsent(o.person(), o.aliases());
            if (seen != null && !seen.equals(o.aliases())) {
                out.add(o.person() + ": aliases differ between rows (" + seen + " vs " + o.aliases() + ")");
            }
        }
        return out;
    }

    /**
     * A name or alias two people share is allowed only when their offices never overlap in time, so that an
     * article's date still tells them apart (Idriss and Mahamat Déby succeed each other).
     */
    public static List<String> sharedPersonNames(ActorKnowledge k) {
        Map<String, List<Office>> byPerson = new HashMap<>();
        k.offices().forEach(o -> byPerson.computeIfAbsent(o.person(), p -> new ArrayList<>()).add(o));
        List<String> out = new ArrayList<>();
        new TreeSet<>(k.personNameOwners().keySet()).forEach(key -> {
            List<String> persons = new ArrayList<>(k.personNameOwners().get(key));
            for (int i = 0; i < persons.size(); i++) {
                for (int j = i + 1; j < persons.size(); j++) {
                    for (Office a : byPerson.get(persons.get(i))) {
                        for (Office b : byPerson.get(persons.get(j))) {
                            if (overlap(a, b)) {
                                out.add("name '" + key + "' is shared by " + persons.get(i) + " (" + a.office() + ") and "
                                        + persons.get(j) + " (" + b.office() + ") at the same time");
                            }
                        }
                    }
                }
            }
        });
        return out.stream().distinct().toList();
    }

    private static boolean overlap(Office a, Office b) {
        boolean aBeforeBEnds = b.end() == null || a.start().isBefore(b.end());
        boolean bBeforeAEnds = a.end() == null || b.start().isBefore(a.end());
        return aBeforeBEnds && bBeforeAEnds && !Objects.equals(a.person(), b.person());
    }
}
