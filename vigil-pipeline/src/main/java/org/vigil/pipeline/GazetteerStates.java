package org.vigil.pipeline;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.vigil.actors.PlaceStates;
import org.vigil.model.DataLines;
import org.vigil.places.Candidate;
import org.vigil.places.Gazetteer;
import org.vigil.places.MatchKind;

/**
 * The actor resolver's places, from the gazetteer: a name codes a state only when the places it may name are
 * sizeable (towns of {@value #MIN_POPULATION} people or more, first-level divisions) and lie, but for ones a tenth the
 * size, in one state. "Aleppo" is Syria; "Paris" is France, not Texas; "Hyderabad", a city of India and one of
 * Pakistan, is nobody's; nor is a continent or region, whatever else bears its name only as another one.
 */
public final class GazetteerStates implements PlaceStates {
    static final long MIN_POPULATION = 20_000;
    private static final int DOMINANCE = 10;

    /** Answers by the name as written: the actor resolver asks about the same few names again and again. */
    private static final int CACHE_SIZE = 100_000;

    private static final Set<String> GENERIC_WORDS =
            Set.copyOf(DataLines.words(GazetteerStates.class, "generic-place-words.txt"));

    private final Gazetteer gazetteer;
    private final Map<String, Optional<String>> answers = new ConcurrentHashMap<>();

    public GazetteerStates(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public Optional<String> stateOf(String name) {
        Optional<String> known = answers.get(name);
        if (known != null) {
            return known;
        }
        if (answers.size() >= CACHE_SIZE) {
            answers.clear();
        }
        Optional<String> found = lookUp(name);
        answers.put(name, found);
        return found;
    }

    private Optional<String> lookUp(String name) {
        if (generic(name)) {
            return Optional.empty();
        }
        List<Candidate> candidates = gazetteer.candidates(name, Gazetteer.CANDIDATES);
        // "Africa" is the continent, not a town in Tunisia that bears the name too; "Georgia" may still be the state
        boolean stateless = candidates.stream().anyMatch(c -> c.countryIso3() == null && c.match().isPreferredName());
        Candidate best = null;
        List<Candidate> sizeable = candidates.stream()
                .filter(c -> c.match() != MatchKind.DEMONYM && c.countryIso3() != null && sizeable(c))
                .filter(c -> !stateless || country(c) && c.match().isPreferredName())
                .toList();
        for (Candidate c : sizeable) {
            if (best == null || weight(c) > weight(best)) {
                best = c;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        for (Candidate c : sizeable) {
            if (!c.countryIso3().equals(best.countryIso3()) && weight(c) * DOMINANCE > weight(best)) {
                return Optional.empty();
            }
        }
        return Optional.of(best.countryIso3());
    }

    /** Whether every word of the name only says what kind of place it is: "Gulf", "Central", "West Coast". */
    static boolean generic(String name) {
        for (String word : name.toLowerCase(Locale.ROOT).split("[\\s]+")) {
            if (!word.isEmpty() && !GENERIC_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sizeable(Candidate c) {
        return "ADM1".equals(c.featureCode()) || country(c)
                || "P".equals(c.featureClass()) && c.population() >= MIN_POPULATION;
    }

    private static boolean country(Candidate c) {
        return c.featureCode() != null && c.featureCode().startsWith("PCL");
    }

    /** A division counts as a large town: GeoNames gives most no population. */
    private static long weight(Candidate c) {
        return Math.max(c.population(), "ADM1".equals(c.featureCode()) ? 1_000_000 : 0);
    }
}
