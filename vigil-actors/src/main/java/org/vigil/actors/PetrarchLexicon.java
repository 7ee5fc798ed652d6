package org.vigil.actors;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * PETRARCH/TABARI actor and agent dictionaries read as a lexicon. An actor entry is coded with the code its date
 * restrictions give on the article's date, read into Vigil's fields by {@link CameoCodes}; an entry that codes a state
 * alone reads as that state (its adjectives and capitals are synonyms of it in these files), any other as a name coded
 * whole, which the resolver takes for a person when the recogniser tagged it so. An agent reads as a role word.
 *
 * <p>Phrases match word for word, as in PETRARCH2, with Vigil's name normalisation (accents, case, a leading "the",
 * a trailing possessive); where two entries share a phrase, the one read first answers, as in PETRARCH.
 */
public final class PetrarchLexicon implements ActorLexicon {

    private final Map<String, List<PetrarchActor>> actors = new HashMap<>();
    private final Map<String, List<PetrarchAgent>> agents = new HashMap<>();
    private final CameoCodes codes;
    private final Set<String> states = new HashSet<>();
    private final Set<String> organizationKinds = ResolverWords.bundled().organizationSectors();
    private final int longest;

    public PetrarchLexicon(List<PetrarchActor> actorEntries, List<PetrarchAgent> agentEntries, CameoCodes codes) {
        this.codes = codes;
        int most = 1;
        for (PetrarchActor a : actorEntries) {
            // A three-letter code standing alone on an entry, of which Vigil's tables know nothing, is a state the
            // dictionary defines itself (PETRARCH's validation set codes Arnor ARN); else its actors stay uncoded.
            for (DatedCode c : a.codes()) {
                if (c.code().matches("[A-Z]{3}") && codes.decode(c.code()).isEmpty()) {
                    states.add(c.code());
                }
            }
            for (String phrase : a.phrases()) {
                String key = key(phrase);
                if (!key.isEmpty()) {
                    actors.computeIfAbsent(key, k -> new ArrayList<>(1)).add(a);
                    most = Math.max(most, KnowledgeLexicon.tokens(key));
                }
            }
        }
        for (PetrarchAgent a : agentEntries) {
            String key = key(a.phrase());
            if (!key.isEmpty()) {
                agents.computeIfAbsent(key, k -> new ArrayList<>(1)).add(a);
                most = Math.max(most, KnowledgeLexicon.tokens(key));
            }
        }
        this.longest = most;
    }

    /**
     * The dictionaries in these files, read against Vigil's bundled code tables.
     *
     * @throws java.io.UncheckedIOException when a file cannot be read
     */
    public static PetrarchLexicon load(List<Path> actorFiles, List<Path> agentFiles) {
        List<PetrarchActor> actorEntries = new ArrayList<>();
        List<PetrarchAgent> agentEntries = new ArrayList<>();
        actorFiles.forEach(f -> actorEntries.addAll(PetrarchActorReader.read(f).entries()));
        agentFiles.forEach(f -> agentEntries.addAll(PetrarchAgentReader.read(f).entries()));
        return new PetrarchLexicon(actorEntries, agentEntries, CameoCodes.bundled(ActorKnowledge.load()));
    }

    @Override
    public List<Reading> readings(String phrase, LocalDate date) {
        String key = key(phrase);
        List<Reading> out = new ArrayList<>(1);
        for (PetrarchActor a : actors.getOrDefault(key, List.of())) {
            String code = a.codeOn(date);
            CameoCodes.Decoded d = code == null ? null : codes.decode(code, states);
            if (d != null && !d.isEmpty()) {
                String source = "PETRARCH " + a.where() + " " + a.phrases().get(0) + " [" + code + "]";
                boolean stateAlone = d.country() != null && d.organization() == null && d.sector() == null;
                // an organisation only a kind-of-organisation code describes (NGO, MNC ...) is named by its phrase
                String organization = d.organization() != null || d.country() != null
                        || !organizationKinds.contains(String.valueOf(d.sector()))
                        ? d.organization() : title(a.phrases().get(0));
                out.add(new Reading(stateAlone ? Reading.Kind.COUNTRY : Reading.Kind.CODED, d.country(), organization,
                        d.sector(), null, source));
            }
        }
        if (out.isEmpty()) {
            for (PetrarchAgent a : agents.getOrDefault(key, List.of())) {
                String sector = codes.decode(a.code()).sector();
                if (sector != null) {
                    out.add(new Reading(Reading.Kind.ROLE, null, null, sector, null,
                            "PETRARCH agent " + a.where() + " " + a.phrase() + " [" + a.code() + "]"));
                }
            }
        }
        return out;
    }

    @Override
    public int longestName() {
        return longest;
    }

    /** "AMNESTY_INTERNATIONAL_" as "Amnesty International". */
    private static String title(String phrase) {
        StringJoiner out = new StringJoiner(" ");
        for (String w : phrase.split("[_\\s]+")) {
            if (!w.isEmpty()) {
                out.add(w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return out.toString();
    }

    /**
     * The words of a phrase from the text or the dictionary, normalised alike: underscores as spaces, Vigil's name
     * key in capitals, without punctuation standing alone or a trailing possessive.
     */
    static String key(String phrase) {
        String k = Names.key(phrase.replace('_', ' ')).toUpperCase(Locale.ROOT);
        StringJoiner out = new StringJoiner(" ");
        for (String w : k.split(" ")) {
            if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
                out.add(w);
            }
        }
        String s = out.toString();
        if (s.endsWith("'S")) {
            s = s.substring(0, s.length() - 2).stripTrailing();
        } else if (s.endsWith("'")) {
            s = s.substring(0, s.length() - 1).stripTrailing();
        }
        return s.startsWith("THE ") ? s.substring(4) : s;
    }
}
