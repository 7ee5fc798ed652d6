package org.vigil.actors;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What Vigil knows about actors: countries, organisations, role words and office holders, read from the TSV files
 * bundled in this package or supplied by the user, with every lookup precomputed into hash maps at load, because the
 * resolver asks on every mention.
 *
 * <p>Names are matched by {@link Names#key}: accents, curly apostrophes, spacing, case (short acronyms aside) and a
 * leading "the" do not matter. A name that two countries (or two organisations) share answers to neither unless
 * ambiguous-names.tsv says which one it means; {@link KnowledgeCheck} reports such collisions.
 */
public final class ActorKnowledge {

    public static final String AGENTS = "agents.tsv";
    public static final String COUNTRIES = "countries.tsv";
    public static final String ORGANIZATIONS = "organizations.tsv";
    public static final String SECTORS = "sectors.tsv";
    public static final String PEOPLE = "people.tsv";
    public static final String AMBIGUOUS_NAMES = "ambiguous-names.tsv";

    /** The header line each file must start with. */
    public static final Map<String, List<String>> HEADERS = Map.of(
            AGENTS, List.of("code", "description"),
            COUNTRIES, List.of("iso3", "iso2", "name", "other_names", "adjectives", "demonyms", "capital", "seats_of_power"),
            ORGANIZATIONS, List.of("key", "canonical", "names", "parent", "sector", "country"),
            SECTORS, List.of("term", "sector", "kind"),
            PEOPLE, List.of("person", "aliases", "country", "organization", "sector", "office", "start", "end", "note"),
            AMBIGUOUS_NAMES, List.of("name", "countries", "preferred", "reason"));

    private static final String RESOURCE_DIR = "/org/vigil/actors/";

    private final List<Agent> agents;
    private final List<Country> countries;
    private final List<Organization> organizations;
    private final List<SectorTerm> sectorTerms;
    private final List<Office> offices;
    private final List<AmbiguousName> ambiguousNames;

    private final Map<String, Agent> agentByCode = new HashMap<>();
    private final Map<String, Country> countryByIso3 = new HashMap<>();
    private final Map<String, Country> countryByIso2 = new HashMap<>();
    private final Map<String, Country.Match> countryByName = new HashMap<>();
    private final Map<String, Set<String>> countryNameOwners = new HashMap<>();
    private final Map<String, Organization> organizationByKey = new HashMap<>();
    private final Map<String, Organization> organizationByName = new HashMap<>();
    private final Map<String, Set<String>> organizationNameOwners = new HashMap<>();
    private final Map<String, SectorTerm> nouns = new HashMap<>();
    private final Map<String, SectorTerm> titles = new HashMap<>();
    private final Map<String, List<Office>> officesByName = new HashMap<>();
    private final Map<String, Set<String>> personNameOwners = new HashMap<>();

    private ActorKnowledge(List<Agent> agents, List<Country> countries, List<Organization> organizations,
                           List<SectorTerm> sectorTerms, List<Office> offices, List<AmbiguousName> ambiguousNames) {
        this.agents = List.copyOf(agents);
        this.countries = List.copyOf(countries);
        this.organizations = List.copyOf(organizations);
        this.sectorTerms = List.copyOf(sectorTerms);
        this.offices = List.copyOf(offices);
        this.ambiguousNames = List.copyOf(ambiguousNames);
        index();
    }

    // ---------------------------------------------------------------- loading

    /** The knowledge bundled with Vigil. */
    public static ActorKnowledge load() {
        Map<String, Reader> readers = new LinkedHashMap<>();
        for (String file : HEADERS.keySet()) {
            readers.put(file, bundled(file));
        }
        return read(readers);
    }

    /**
     * Knowledge from a directory of user-supplied files with the bundled names; a file the directory lacks is taken
     * from the bundle, so a user can replace only people.tsv, say.
     */
    public static ActorKnowledge load(Path directory) {
        Map<String, Reader> readers = new LinkedHashMap<>();
        try {
            for (String file : HEADERS.keySet()) {
                Path p = directory.resolve(file);
                readers.put(file, Files.isRegularFile(p) ? Files.newBufferedReader(p, StandardCharsets.UTF_8) : bundled(file));
            }
        } catch (IOException e) {
            readers.values().forEach(ActorKnowledge::closeQuietly);
            throw new UncheckedIOException("cannot open actor files in " + directory, e);
        }
        return read(readers);
    }

    /** Knowledge from six readers, one per file, in the order of the parameters. They are closed when read. */
    public static ActorKnowledge load(Reader agents, Reader countries, Reader organizations, Reader sectors,
                                      Reader people, Reader ambiguousNames) {
        Map<String, Reader> readers = new LinkedHashMap<>();
        readers.put(AGENTS, agents);
        readers.put(COUNTRIES, countries);
        readers.put(ORGANIZATIONS, organizations);
        readers.put(SECTORS, sectors);
        readers.put(PEOPLE, people);
        readers.put(AMBIGUOUS_NAMES, ambiguousNames);
        return read(readers);
    }

    private static Reader bundled(String file) {
        InputStream in = ActorKnowledge.class.getResourceAsStream(RESOURCE_DIR + file);
        if (in == null) {
            throw new IllegalStateException("bundled actor file missing from the classpath: " + RESOURCE_DIR + file);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static void closeQuietly(Reader r) {
        try {
            r.close();
        } catch (IOException ignored) {
            // already failing; the first error is the one to report
        }
    }

    private static ActorKnowledge read(Map<String, Reader> readers) {
        try {
            List<Agent> agents = new ArrayList<>();
            for (Tsv.Row r : rows(readers, AGENTS)) {
                agents.add(new Agent(r.get(0).strip(), r.get(1).strip()));
            }
            List<Country> countries = new ArrayList<>();
            for (Tsv.Row r : rows(readers, COUNTRIES)) {
                countries.add(new Country(required(r, 0), required(r, 1), required(r, 2), Tsv.list(r.get(3)),
                        Tsv.list(r.get(4)), Tsv.list(r.get(5)), Tsv.list(r.get(6)), Tsv.list(r.get(7))));
            }
            List<Organization> organizations = new ArrayList<>();
            for (Tsv.Row r : rows(readers, ORGANIZATIONS)) {
                organizations.add(new Organization(required(r, 0), Tsv.value(r.get(1)), Tsv.list(r.get(2)),
                        Tsv.value(r.get(3)), required(r, 4), Tsv.value(r.get(5))));
            }
            List<SectorTerm> sectors = new ArrayList<>();
            for (Tsv.Row r : rows(readers, SECTORS)) {
                SectorTerm.Kind kind;
                try {
                    kind = SectorTerm.Kind.parse(r.get(2));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(r.where() + ": kind must be noun or title, not '" + r.get(2) + "'");
                }
                sectors.add(new SectorTerm(required(r, 0), required(r, 1), kind));
            }
            List<Office> offices = new ArrayList<>();
            for (Tsv.Row r : rows(readers, PEOPLE)) {
                offices.add(new Office(required(r, 0), Tsv.list(r.get(1)), Tsv.value(r.get(2)), Tsv.value(r.get(3)),
                        required(r, 4), required(r, 5), date(r, 6, true), date(r, 7, false), Tsv.value(r.get(8))));
            }
            List<AmbiguousName> ambiguous = new ArrayList<>();
            for (Tsv.Row r : rows(readers, AMBIGUOUS_NAMES)) {
                ambiguous.add(new AmbiguousName(required(r, 0), Tsv.list(r.get(1)), Tsv.value(r.get(2)), r.get(3).strip()));
            }
            return new ActorKnowledge(agents, countries, organizations, sectors, offices, ambiguous);
        } finally {
            readers.values().forEach(ActorKnowledge::closeQuietly);
        }
    }

    private static List<Tsv.Row> rows(Map<String, Reader> readers, String file) {
        return Tsv.read(file, readers.get(file), HEADERS.get(file));
    }

    private static String required(Tsv.Row r, int column) {
        String v = Tsv.value(r.get(column));
        if (v == null) {
            throw new IllegalArgumentException(r.where() + ": column " + (column + 1) + " must not be empty");
        }
        return v;
    }

    private static LocalDate date(Tsv.Row r, int column, boolean required) {
        String v = Tsv.value(r.get(column));
        if (v == null) {
            if (required) {
                throw new IllegalArgumentException(r.where() + ": column " + (column + 1) + " needs a date");
            }
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(r.where() + ": '" + v + "' is not a yyyy-mm-dd date");
        }
    }

    // ---------------------------------------------------------------- indexing

    private void index() {
        for (Agent a : agents) {
            agentByCode.putIfAbsent(a.code(), a);
        }
        indexCountries();
        for (Organization o : organizations) {
            organizationByKey.putIfAbsent(o.key(), o);
            for (String n : o.names()) {
                owners(organizationNameOwners, n).add(o.key());
            }
        }
        organizationNameOwners.forEach((key, keys) -> {
            if (keys.size() == 1) {
                organizationByName.put(key, organizationByKey.get(keys.iterator().next()));
            }
        });
        for (SectorTerm t : sectorTerms) {
            (t.kind() == SectorTerm.Kind.NOUN ? nouns : titles).putIfAbsent(Names.key(t.term()), t);
        }
        Map<String, List<Office>> byPerson = new LinkedHashMap<>();
        for (Office o : offices) {
            byPerson.computeIfAbsent(o.person(), p -> new ArrayList<>()).add(o);
            owners(personNameOwners, o.person()).add(o.person());
            for (String a : o.aliases()) {
                owners(personNameOwners, a).add(o.person());
            }
        }
        personNameOwners.forEach((key, persons) -> {
            List<Office> all = new ArrayList<>();
            persons.forEach(p -> all.addAll(byPerson.get(p)));
            officesByName.put(key, List.copyOf(all));
        });
    }

    private void indexCountries() {
        Map<String, Map<String, Country.NameKind>> kinds = new HashMap<>();
        for (Country c : countries) {
            countryByIso3.putIfAbsent(c.iso3(), c);
            countryByIso2.putIfAbsent(c.iso2(), c);
            for (Country.Named n : c.lookupNames()) {
                String key = Names.key(n.name());
                if (key.isEmpty()) {
                    continue;
                }
                owners(countryNameOwners, n.name()).add(c.iso3());
                kinds.computeIfAbsent(key, k -> new HashMap<>()).putIfAbsent(c.iso3(), n.kind());
            }
        }
        Map<String, AmbiguousName> resolutions = new HashMap<>();
        for (AmbiguousName a : ambiguousNames) {
            resolutions.putIfAbsent(Names.key(a.name()), a);
        }
        countryNameOwners.forEach((key, isos) -> {
            String iso = null;
            if (isos.size() == 1) {
                iso = isos.iterator().next();
            } else {
                AmbiguousName a = resolutions.get(key);
                if (a != null && a.preferred() != null && isos.contains(a.preferred())) {
                    iso = a.preferred();
                }
            }
            if (iso != null) {
                countryByName.put(key, new Country.Match(countryByIso3.get(iso), kinds.get(key).get(iso)));
            }
        });
    }

    private static Set<String> owners(Map<String, Set<String>> map, String name) {
        String key = Names.key(name);
        return key.isEmpty() ? new LinkedHashSet<>() : map.computeIfAbsent(key, k -> new LinkedHashSet<>());
    }

    // ---------------------------------------------------------------- lookups

    /** The country with this ISO 3166-1 alpha-3 code (any case). */
    public Optional<Country> countryByIso3(String iso3) {
        return iso3 == null ? Optional.empty() : Optional.ofNullable(countryByIso3.get(iso3.strip().toUpperCase(java.util.Locale.ROOT)));
    }

    /** The country with this ISO 3166-1 alpha-2 code (any case). */
    public Optional<Country> countryByIso2(String iso2) {
        return iso2 == null ? Optional.empty() : Optional.ofNullable(countryByIso2.get(iso2.strip().toUpperCase(java.util.Locale.ROOT)));
    }

    /** The country a name, other name, adjective, demonym or seat of power stands for. */
    public Optional<Country> countryByName(String text) {
        return countryMatch(text).map(Country.Match::country);
    }

    /**
     * The country a name stands for and which kind of name it is ("the Kremlin" is a seat of power, so the
     * government is meant). A trailing possessive ("Serbia's", "Serbs'") is tried without it.
     */
    public Optional<Country.Match> countryMatch(String text) {
        return Optional.ofNullable(lookup(countryByName, text));
    }

    /** The organisation with this key from organizations.tsv. */
    public Optional<Organization> organization(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(organizationByKey.get(key.strip()));
    }

    /** The organisation, body, mission or group a name stands for. */
    public Optional<Organization> organizationByName(String text) {
        return Optional.ofNullable(lookup(organizationByName, text));
    }

    /** The role a word signals, reading it first as the head of a mention, then as a title. */
    public Optional<SectorTerm> sectorTerm(String term) {
        String key = Names.key(term);
        SectorTerm t = nouns.get(key);
        return Optional.ofNullable(t != null ? t : titles.get(key));
    }

    /** The role a word signals when used as the given kind. */
    public Optional<SectorTerm> sectorTerm(String term, SectorTerm.Kind kind) {
        return Optional.ofNullable((kind == SectorTerm.Kind.NOUN ? nouns : titles).get(Names.key(term)));
    }

    /** Every office of every person with this name or alias, in file order. */
    public List<Office> offices(String nameOrAlias) {
        List<Office> found = lookup(officesByName, nameOrAlias);
        return found == null ? List.of() : found;
    }

    /** The offices of every person with this name or alias that were held on that day. */
    public List<Office> offices(String nameOrAlias, LocalDate date) {
        List<Office> out = new ArrayList<>(2);
        for (Office o : offices(nameOrAlias)) {
            if (o.validOn(date)) {
                out.add(o);
            }
        }
        return out;
    }

    /** The agent with this code. */
    public Optional<Agent> agent(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(agentByCode.get(code.strip()));
    }

    private static <T> T lookup(Map<String, T> map, String text) {
        String key = Names.key(text);
        if (key.isEmpty()) {
            return null;
        }
        T hit = map.get(key);
        if (hit == null && key.endsWith("'s")) {
            hit = map.get(key.substring(0, key.length() - 2).stripTrailing());
        } else if (hit == null && key.endsWith("'")) {
            hit = map.get(key.substring(0, key.length() - 1).stripTrailing());
        }
        return hit;
    }

    // ---------------------------------------------------------------- contents

    public List<Agent> agents() {
        return agents;
    }

    public List<Country> countries() {
        return countries;
    }

    public List<Organization> organizations() {
        return organizations;
    }

    public List<SectorTerm> sectorTerms() {
        return sectorTerms;
    }

    public List<Office> offices() {
        return offices;
    }

    public List<AmbiguousName> ambiguousNames() {
        return ambiguousNames;
    }

    /** Name key to ISO3 codes of every country that has it, for {@link KnowledgeCheck}. */
    Map<String, Set<String>> countryNameOwners() {
        return Collections.unmodifiableMap(countryNameOwners);
    }

    /** Name key to keys of every organisation that has it. */
    Map<String, Set<String>> organizationNameOwners() {
        return Collections.unmodifiableMap(organizationNameOwners);
    }

    /** Name key to every person who has it as name or alias. */
    Map<String, Set<String>> personNameOwners() {
        return Collections.unmodifiableMap(personNameOwners);
    }
}
