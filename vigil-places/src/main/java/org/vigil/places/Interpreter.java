package org.vigil.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a mention's words into an {@link Interpretation}: picks the first reading the gazetteer knows, gathers its
 * candidates (by name, and by demonym), keeps those inside a named container ("Paris, Texas") and scores them on
 * name match, feature type and population. Results are cached: they depend on the words alone.
 */
final class Interpreter {
    private static final int DEMONYM_LIMIT = 20;
    /** Past this many, candidates are towns too small to win on context alone, and cost time in every round. */
    private static final int KEPT = 40;
    /** How far a city-sized container ("Brooklyn, New York") may lie from the place it holds. */
    private static final double CONTAINER_RADIUS_KM = 100;
    private static final int CACHE_SIZE = 50_000;
    /** cities500 holds populated places of this many people or more. */
    private static final long SMALLEST_TOWN = 500;

    private final Gazetteer gazetteer;
    private final RankingWeights weights;
    private final MentionReader reader = new MentionReader();
    private final LruCache<String, Interpretation> cache = new LruCache<>(CACHE_SIZE);

    Interpreter(Gazetteer gazetteer, RankingWeights weights) {
        this.gazetteer = gazetteer;
        this.weights = weights;
    }

    Interpretation interpret(PlaceMention mention) {
        String key = mention.demonym() + "\u0000" + mention.qualifier() + "\u0000" + mention.text();
        return cache.get(key, k -> read(mention));
    }

    private Interpretation read(PlaceMention mention) {
        List<MentionReader.Reading> readings = reader.readings(mention);
        for (MentionReader.Reading reading : readings) {
            double penalty = weights.reading(reading.kind())
                    + (reader.isQualifier(reading.name()) ? weights.nameIsADirection() : 0);
            List<Interpretation.Scored> scored = score(lookup(reading.name(), mention.demonym()), mention.demonym(),
                    penalty);
            if (reading.container() != null) {
                scored = inside(scored, reading.container());
            }
            if (!scored.isEmpty()) {
                return new Interpretation(reading, scored.subList(0, Math.min(KEPT, scored.size())));
            }
        }
        return Interpretation.none(readings.get(0));
    }

    /** Name matches and demonym matches, each place once, under its best kind of match. */
    private List<Candidate> lookup(String name, boolean demonym) {
        Map<String, Candidate> byId = new LinkedHashMap<>();
        for (Candidate c : gazetteer.candidates(name, Gazetteer.CANDIDATES)) {
            byId.putIfAbsent(c.id(), c);
        }
        for (Candidate c : gazetteer.demonymCandidates(name, DEMONYM_LIMIT)) {
            Candidate known = byId.get(c.id());
            if (known == null || weights.match(c.match(), demonym) > weights.match(known.match(), demonym)) {
                byId.put(c.id(), c);
            }
        }
        return List.copyOf(byId.values());
    }

    private List<Interpretation.Scored> score(List<Candidate> candidates, boolean demonym, double penalty) {
        List<Interpretation.Scored> scored = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            double prior = penalty + weights.match(c.match(), demonym) + rank(c)
                    + weights.population() * Math.log10(1 + knownPopulation(c));
            if (namedLikeAPlaceInIt(c, candidates)) {
                prior += weights.areaNamedLikeAPlaceInIt();
            }
            scored.add(new Interpretation.Scored(c, prior));
        }
        scored.sort(Comparator.comparingDouble(Interpretation.Scored::prior).reversed());
        return scored;
    }

    /**
     * The candidate's people, or for a town whose count the data lacks, the least any town of the gazetteer has:
     * cities500 lists none smaller, and an unknown count is no sign of a hamlet (Qamishli, a city of 200,000,
     * has none).
     */
    private static long knownPopulation(Candidate c) {
        return c.population() == 0 && "P".equals(c.featureClass()) ? SMALLEST_TOWN : c.population();
    }

    /**
     * The feature prior of the candidate. A capital or seat named by another of its names than its own gets
     * none: "Salisbury" for Harare is a name the town left behind, and the rank that makes a bare "Harare" the
     * capital says nothing of who else is called Salisbury.
     */
    private double rank(Candidate c) {
        return c.match().isOtherName() && "PPLC".equals(c.featureCode()) ? 0 : weights.featurePrior(c.featureCode());
    }

    /** The candidates that lie in the best place the container names; all of them if none do or it is unknown. */
    private List<Interpretation.Scored> inside(List<Interpretation.Scored> scored, String containerName) {
        List<Interpretation.Scored> container = score(lookup(containerName, false), false, 0);
        if (container.isEmpty()) {
            return scored;
        }
        Candidate where = container.get(0).candidate();
        List<Interpretation.Scored> inside = scored.stream().filter(s -> contains(where, s.candidate())).toList();
        return inside.isEmpty() ? scored : inside;
    }

    private static boolean contains(Candidate container, Candidate place) {
        if (container.countryIso2() == null || !container.countryIso2().equals(place.countryIso2())) {
            return false;
        }
        return switch (container.featureCode()) {
            case "PCLI" -> true;
            case "ADM1" -> container.admin1Code().equals(place.admin1Code());
            default -> GeoDistance.km(container.lat(), container.lon(), place.lat(), place.lon())
                    < CONTAINER_RADIUS_KM;
        };
    }

    /** See {@code area.named.like.a.place.in.it} in ranking.properties. */
    private static boolean namedLikeAPlaceInIt(Candidate area, List<Candidate> candidates) {
        return switch (area.featureCode()) {
            case "ADM1", "ADM2" -> candidates.stream().anyMatch(c -> "P".equals(c.featureClass())
                    && area.countryIso2().equals(c.countryIso2()) && area.admin1Code().equals(c.admin1Code()));
            case "PCLI" -> !area.match().isPreferredName() && candidates.stream().anyMatch(c ->
                    "P".equals(c.featureClass()) && area.countryIso2().equals(c.countryIso2())
                    && c.match().isPreferredName());
            default -> false;
        };
    }
}
