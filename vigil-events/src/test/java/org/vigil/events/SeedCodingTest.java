package org.vigil.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.model.Actor;
import org.vigil.model.Event;
import org.vigil.model.Json;

/**
 * Codes the founding report with the fixture actors and matches the events against its gold file the way
 * {@code tools/score_article.py} does: same source and target, an allowed root, historical only where the gold
 * says so, required events matched one to one.
 */
class SeedCodingTest {
    private static final String SEED = "seed/000_6f4a12cc5c38a6ff";

    private static List<Event> events;
    private static JsonNode gold;

    @BeforeAll
    static void code() throws IOException {
        Path text = Coding.shared(SEED + ".txt");
        Path goldFile = Coding.shared(SEED + ".gold.json");
        assumeTrue(text != null && goldFile != null, "the shared seed report is not beside this checkout");
        events = Coding.code(Coding.analyzer().apply(Coding.read(text))).stream().filter(e -> !e.negated()).toList();
        gold = Json.MAPPER.readTree(Files.readString(goldFile));
    }

    @Test
    void everyRequiredEventIsMatched() {
        List<JsonNode> required = new ArrayList<>();
        gold.get("required_events").forEach(required::add);
        Set<String> matched = new TreeSet<>();
        Map<Integer, Integer> owner = new HashMap<>();
        for (int r = 0; r < required.size(); r++) {
            if (place(required, r, owner, new boolean[events.size()])) {
                matched.add(required.get(r).get("id").asText());
            }
        }
        System.out.println("seed: required events matched with fixture actors: " + matched + " of "
                + required.size());
        assertThat(matched).containsExactly("R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8");
    }

    @Test
    void mostEmittedEventsAreOnesTheAnalystAccepts() {
        List<JsonNode> allowed = new ArrayList<>();
        gold.get("required_events").forEach(allowed::add);
        gold.get("acceptable_events").forEach(allowed::add);
        long good = events.stream().filter(e -> allowed.stream().anyMatch(g -> eventOk(g, e))).count();
        double precision = (double) good / events.size();
        System.out.printf("seed: %d events emitted (not negated), %d accepted, precision %.2f%n", events.size(), good,
                precision);
        events.stream().filter(e -> allowed.stream().noneMatch(g -> eventOk(g, e)))
                .forEach(e -> System.out.println("  unexpected: " + CodeFiles.line(e)));
        assertThat(precision).isGreaterThanOrEqualTo(0.8);
    }

    /** Kuhn's augmenting path, as the scorer matches required events to emitted ones. */
    private static boolean place(List<JsonNode> required, int r, Map<Integer, Integer> owner, boolean[] seen) {
        for (int e = 0; e < events.size(); e++) {
            if (seen[e] || !eventOk(required.get(r), events.get(e))) {
                continue;
            }
            seen[e] = true;
            if (!owner.containsKey(e) || place(required, owner.get(e), owner, seen)) {
                owner.put(e, r);
                return true;
            }
        }
        return false;
    }

    private static boolean eventOk(JsonNode g, Event e) {
        boolean rootOk = false;
        for (JsonNode root : g.get("roots")) {
            rootOk |= root.asText().equals(e.root());
        }
        if (!rootOk) {
            return false;
        }
        if (g.path("historical").asBoolean(false)) {
            String year = g.path("year").asText("");
            if (!e.historical() && (year.isEmpty() || e.date() == null || !e.date().toString().startsWith(year))) {
                return false;
            }
        } else if (e.historical()) {
            return false;
        }
        return actorOk(g.get("source"), e.source()) && actorOk(g.get("target"), e.target());
    }

    private static boolean actorOk(JsonNode want, Actor actor) {
        for (String key : List.of("country", "organization")) {
            JsonNode w = want.get(key);
            if (w == null) {
                continue;
            }
            List<JsonNode> options = new ArrayList<>();
            if (w.isArray()) {
                w.forEach(options::add);
            } else {
                options.add(w);
            }
            String have = actor == null ? null : key.equals("country") ? actor.country() : actor.organization();
            boolean empty = actor == null || actor.isUncoded();
            if (options.stream().noneMatch(o -> o.isNull() ? empty : o.asText().equalsIgnoreCase(have))) {
                return false;
            }
        }
        return true;
    }
}
