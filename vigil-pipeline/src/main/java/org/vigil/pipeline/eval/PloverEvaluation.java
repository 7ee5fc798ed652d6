package org.vigil.pipeline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.vigil.events.EventCoder;
import org.vigil.model.Actor;
import org.vigil.model.Article;
import org.vigil.model.CodedArticle;
import org.vigil.model.DataLines;
import org.vigil.model.Event;
import org.vigil.model.Json;
import org.vigil.pipeline.CodingPipeline;

/**
 * Scores the coder on PLOVER's gold records from the CAMEO manual: one sentence each, with the PLOVER event type
 * and the source and target actors' country codes a human gave it. The coder's most confident asserted event with a
 * PLOVER type is its answer for the sentence; a sentence with no such event counts as wrong.
 */
public final class PloverEvaluation {
    private static final String NONE = "(none)";

    private record Draft(String type, String prefix, String label) {
    }

    /** One scored sentence. */
    public record Outcome(String id, String goldType, String type, String goldSource, String source,
                          String goldTarget, String target, Untyped untyped, EventCoder.Progress progress,
                          int words, Set<String> actorCountries, Set<String> codedTypes) {
    }

    /** Why a sentence has no event with a PLOVER type: what was coded instead, if anything. */
    public enum Untyped {
        /** It has a typed event. */
        NO,
        /** Only negated events ("did not release"). */
        NEGATED,
        /** Only events of codes PLOVER has no type for (CAMEO 01, 02 statements and appeals). */
        STATEMENT,
        /** No event at all. */
        NOTHING
    }

    /** The figures over all sentences. */
    public record Report(List<Outcome> outcomes) {
        public double typeAccuracy() {
            return share(outcomes, o -> o.goldType().equals(o.type()));
        }

        public double sourceAccuracy() {
            List<Outcome> scored = outcomes.stream().filter(o -> o.goldSource() != null).toList();
            return share(scored, o -> o.goldSource().equals(o.source()));
        }

        public double targetAccuracy() {
            List<Outcome> scored = outcomes.stream().filter(o -> o.goldTarget() != null).toList();
            return share(scored, o -> o.goldTarget().equals(o.target()));
        }

        public Map<String, Map<String, Integer>> confusion() {
            Map<String, Map<String, Integer>> m = new TreeMap<>();
            for (Outcome o : outcomes) {
                m.computeIfAbsent(o.goldType(), k -> new TreeMap<>()).merge(o.type(), 1, Integer::sum);
            }
            return m;
        }

        /**
         * Of the sentences with an event and a gold argument: how many code it right, none, or another; returns
         * those that code none.
         */
        private List<Outcome> breakdown(PrintStream out, String argument, Function<Outcome, String> gold,
                                        Function<Outcome, String> coded) {
            List<Outcome> with = outcomes.stream().filter(o -> gold.apply(o) != null && !o.type().equals(NONE))
                    .toList();
            List<Outcome> none = with.stream().filter(o -> coded.apply(o) == null).toList();
            List<Outcome> other = with.stream().filter(o -> coded.apply(o) != null
                    && !gold.apply(o).equals(coded.apply(o))).toList();
            out.printf("sentences with an event and a gold %s: %d; %s right %d, none coded %d, other %d%n",
                    argument, with.size(), argument,
                    with.stream().filter(o -> gold.apply(o).equals(coded.apply(o))).count(), none.size(),
                    other.size());
            // whether the wrong answers lie in finding the actor or in choosing among those found
            out.printf("  the gold %s's country is among the sentence's coded actors: for %d of none, %d of other;"
                    + " the type is right for %d of none, %d of other%n", argument,
                    none.stream().filter(o -> o.actorCountries().contains(gold.apply(o))).count(),
                    other.stream().filter(o -> o.actorCountries().contains(gold.apply(o))).count(),
                    none.stream().filter(o -> o.goldType().equals(o.type())).count(),
                    other.stream().filter(o -> o.goldType().equals(o.type())).count());
            return none;
        }

        /** How far the coder got with sentences that gave nothing, stage by stage. */
        private static void reach(PrintStream out, String label, List<Outcome> list,
                                  Function<EventCoder.Progress, EventCoder.Reach> which) {
            StringBuilder b = new StringBuilder("  of those coding nothing, " + label + ":");
            for (EventCoder.Reach r : EventCoder.Reach.values()) {
                b.append(' ').append(r.name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(' ')
                        .append(list.stream().filter(o -> which.apply(o.progress()) == r).count()).append(',');
            }
            out.println(b.substring(0, b.length() - 1));
        }

        private static long count(List<Outcome> list, Untyped why) {
            return list.stream().filter(o -> o.untyped() == why).count();
        }

        private static double share(List<Outcome> list, java.util.function.Predicate<Outcome> hit) {
            return list.isEmpty() ? 0 : (double) list.stream().filter(hit).count() / list.size();
        }

        public void print(PrintStream out) {
            out.printf("PLOVER gold records: %d%n", outcomes.size());
            out.printf("event type accuracy:      %.3f%n", typeAccuracy());
            out.printf("source country accuracy:  %.3f (%d with a gold source)%n", sourceAccuracy(),
                    outcomes.stream().filter(o -> o.goldSource() != null).count());
            out.printf("target country accuracy:  %.3f (%d with a gold target)%n", targetAccuracy(),
                    outcomes.stream().filter(o -> o.goldTarget() != null).count());
            List<Outcome> none = outcomes.stream().filter(o -> o.type().equals(NONE)).toList();
            out.printf("no event: %d sentences; with 0 / 1 / 2+ distinct coded actors: %d / %d / %d%n", none.size(),
                    none.stream().filter(o -> o.actorCountries().isEmpty()).count(),
                    none.stream().filter(o -> o.actorCountries().size() == 1).count(),
                    none.stream().filter(o -> o.actorCountries().size() > 1).count());
            out.printf("  of which coded only negated events / only untyped statements or appeals / nothing: "
                    + "%d / %d / %d%n", count(none, Untyped.NEGATED), count(none, Untyped.STATEMENT),
                    count(none, Untyped.NOTHING));
            List<Outcome> nothing = none.stream().filter(o -> o.untyped() == Untyped.NOTHING).toList();
            reach(out, "furthest over all words", nothing, EventCoder.Progress::best);
            reach(out, "furthest with the main predicate", nothing, EventCoder.Progress::mainPredicate);
            out.printf("  mean words a sentence: %.1f with no event, %.1f with one%n",
                    none.stream().mapToInt(Outcome::words).average().orElse(0),
                    outcomes.stream().filter(o -> !o.type().equals(NONE)).mapToInt(Outcome::words).average()
                            .orElse(0));
            // whether a wrong type lies in reading the sentence or in choosing among its events
            List<Outcome> wrong = outcomes.stream()
                    .filter(o -> !o.type().equals(NONE) && !o.type().equals(o.goldType())).toList();
            out.printf("wrong type with an event: %d; the gold type is among the sentence's other events for %d%n",
                    wrong.size(), wrong.stream().filter(o -> o.codedTypes().contains(o.goldType())).count());
            breakdown(out, "source", Outcome::goldSource, Outcome::source);
            // a domestic act names its target's country once, as the source: no other actor to choose
            List<Outcome> noTarget = breakdown(out, "target", Outcome::goldTarget, Outcome::target);
            out.printf("  of none, the gold target's country is the gold source's for %d; it is among the coded"
                    + " actors besides the coded source's country for %d%n",
                    noTarget.stream().filter(o -> o.goldTarget().equals(o.goldSource())).count(),
                    noTarget.stream().filter(o -> !o.goldTarget().equals(o.source())
                            && o.actorCountries().contains(o.goldTarget())).count());
            out.printf("sentences whose source and target are the gold's swapped: %d%n", outcomes.stream()
                    .filter(o -> o.goldSource() != null && o.goldTarget() != null && !o.goldSource().equals(
                            o.goldTarget()) && o.goldSource().equals(o.target()) && o.goldTarget().equals(o.source()))
                    .count());
            out.println();
            out.println("confusion (gold type: coded type count, ...):");
            confusion().forEach((gold, row) -> {
                StringBuilder b = new StringBuilder(String.format("  %-12s", gold));
                row.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .forEach(e -> b.append(' ').append(e.getKey()).append(' ').append(e.getValue()).append(','));
                out.println(b.substring(0, b.length() - 1));
            });
        }
    }

    private final List<Draft> drafts = drafts();

    /** Codes every gold sentence with {@code coder} and scores the answers. */
    public Report evaluate(Path goldFile, Function<Article, CodingPipeline.Diagnosed> coder) {
        JsonNode records;
        try {
            records = Json.MAPPER.readTree(goldFile.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(goldFile + ": cannot read PLOVER gold records", e);
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (JsonNode r : records) {
            if (!r.has("text") || "DOCUMENT".equals(r.path("event").asText())) {
                continue;
            }
            String id = r.path("id").asText();
            LocalDate date = LocalDate.parse(r.path("date").asText("2000-01-01"));
            CodingPipeline.Diagnosed diagnosed = coder.apply(new Article(id, null, null, null, date, null, "en",
                    r.path("text").asText(), goldFile + "#" + id));
            CodedArticle coded = diagnosed.coded();
            // PLOVER has no type for CAMEO's statements and appeals (01, 02): the answer is the best event it types.
            List<Event> typed = coded.events().stream()
                    .filter(e -> !e.negated() && e.plover() != null && e.plover().type() != null).toList();
            Event best = typed.stream().max(Comparator.comparingDouble(Event::confidence)).orElse(null);
            Set<String> countries = coded.actors().stream().map(PloverEvaluation::country)
                    .filter(c -> c != null).collect(Collectors.toSet());
            outcomes.add(new Outcome(id, r.path("event").asText(), best == null ? NONE : label(best),
                    firstCode(r.get("source")), best == null ? null : country(best.source()),
                    firstCode(r.get("target")), best == null ? null : country(best.target()),
                    untyped(coded.events(), best), diagnosed.progress(),
                    r.path("text").asText().split("\\s+").length, countries,
                    typed.stream().map(this::label).collect(Collectors.toSet())));
        }
        return new Report(outcomes);
    }

    private static Untyped untyped(List<Event> events, Event best) {
        if (best != null) {
            return Untyped.NO;
        }
        if (events.isEmpty()) {
            return Untyped.NOTHING;
        }
        return events.stream().anyMatch(Event::negated) ? Untyped.NEGATED : Untyped.STATEMENT;
    }

    private String label(Event e) {
        return e.plover() == null || e.plover().type() == null ? NONE : label(e.plover().type(), e.cameo());
    }

    /** The gold records' (draft 0.5b1) name for a draft 0.8 type given to a CAMEO code. */
    String label(String type, String cameo) {
        for (Draft d : drafts) {
            if (d.type().equals(type) && (d.prefix().equals("*") || cameo.startsWith(d.prefix()))) {
                return d.label();
            }
        }
        return type;
    }

    /** An actor's code as the PLOVER and PETRARCH gold records give it: its country, else IGO for an organisation. */
    static String country(Actor a) {
        if (a == null) {
            return null;
        }
        return a.country() != null ? a.country() : a.organization() != null ? "IGO" : null;
    }

    private static String firstCode(JsonNode actors) {
        if (actors == null || !actors.isArray() || actors.isEmpty()) {
            return null;
        }
        String code = actors.get(0).path("code").asText(null);
        return code == null || code.isBlank() ? null : code;
    }

    private static List<Draft> drafts() {
        return DataLines.of(PloverEvaluation.class, "plover-drafts.tsv").stream().skip(1)
                .map(line -> line.split("\t")).map(f -> new Draft(f[0], f[1], f[2])).toList();
    }
}
