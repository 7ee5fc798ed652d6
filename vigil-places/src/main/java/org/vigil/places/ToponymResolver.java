package org.vigil.places;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.model.Place;

/**
 * Resolves a document's toponyms against the gazetteer. Each name's candidates are first ranked on their own
 * (name match, feature type, population; see {@link Interpreter}); then, for a few rounds, on the document as a
 * whole: the share of the other toponyms that lie in the same country and first-level division, the countries
 * of the article's actors, and closeness to the places the other names resolved to. A name whose best candidate
 * still scores too low is put in the town the article names nearest to it, as a {@value #VICINITY}: a name the
 * gazetteer lacks or barely knows is most often a street, building or neighbourhood of the town the story is
 * in. So is a facility's name that only a far town in it resolved ("Collins Avenue" in a Miami story), and a name
 * whose best place is a small town far outside the division the article is about. A facility named after a
 * division ("Colorado State University") is put in the town of that division the article names nearest to it,
 * if it names one. It stays
 * unresolved when the article names no town. A name written before another with a comma between ("Parkland,
 * Florida") is read as inside it; one listed with a state or country is one too, when it can be (see
 * {@link Coordination}); one that can be the division the story was filed from is that division (see
 * {@link DatelineDivision}). Thread-safe.
 */
public final class ToponymResolver {
    private static final int CONTEXT_ROUNDS = 2;
    /** A share of the story's weight so small that no other name lies there. */
    private static final double NO_SHARE = 0.01;
    /** Characters between a place and the container written after it: ", ". */
    private static final int APPOSITION_GAP = 2;
    /** The feature of a place the gazetteer lacks, put at the article's main town. */
    public static final String VICINITY = "vicinity";
    /**
     * How sure a vicinity is: a street or building named in a local story is most often in its main town, but
     * the name itself was never found.
     */
    private static final double VICINITY_CONFIDENCE = 0.3;

    private final RankingWeights weights;
    private final Gazetteer gazetteer;
    private final Interpreter interpreter;
    private final FacilityNames facilities = new FacilityNames();

    public ToponymResolver(Gazetteer gazetteer) {
        this(gazetteer, RankingWeights.load());
    }

    ToponymResolver(Gazetteer gazetteer, RankingWeights weights) {
        this.weights = weights;
        this.gazetteer = gazetteer;
        this.interpreter = new Interpreter(gazetteer, weights);
    }

    /** One outcome per mention, in the mentions' order. */
    public List<ResolvedPlace> resolve(List<PlaceMention> mentions, ResolutionContext context) {
        Map<String, Toponym> toponyms = new LinkedHashMap<>();
        List<Toponym> ofMention = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            PlaceMention contained = withContainer(mentions, i, context.text());
            Interpretation whole = contained == mentions.get(i) ? null : interpreter.interpret(contained);
            // Read whole, the two names may be a longer one the gazetteer lacks: then the first is read alone.
            boolean inContainer = whole != null && whole.reading().kind() == MentionReader.Kind.CONTAINED;
            ofMention.add(add(toponyms, mentions.get(i),
                    inContainer ? whole : interpreter.interpret(mentions.get(i)), 1));
        }
        for (String other : context.otherToponyms()) {
            add(toponyms, PlaceMention.of(other, null), 1);
        }
        if (context.datelinePlace() != null) {
            add(toponyms, PlaceMention.of(context.datelinePlace(), null), weights.datelineWeight());
        }
        for (int round = 0; round < CONTEXT_ROUNDS; round++) {
            rescore(toponyms.values(), context.actorCountries());
        }
        List<Located> winners = localWinners(toponyms.values());
        DocumentFocus focus = new DocumentFocus(toponyms.values());
        boolean[] detached = new boolean[mentions.size()];
        Set<Toponym> streets = new HashSet<>(ofMention);
        for (int i = 0; i < mentions.size(); i++) {
            detached[i] = detached(mentions.get(i), ofMention.get(i), winners);
            if (!detached[i]) {
                streets.remove(ofMention.get(i));
            }
        }
        StoryDivision division = new StoryDivision(
                toponyms.values().stream().filter(t -> !streets.contains(t)).toList(),
                winners.stream().map(Located::place).toList(), weights.strayDivisionShare());
        String home = division.home();
        // A town read from part of a name by another of its names ("River" of "River North" as New Brunswick,
        // once Raritan River) is no evidence that a stray near it is meant.
        List<Located> evidence = winners.stream().filter(w -> w.toponym().interpretation.reading().kind()
                != MentionReader.Kind.PARTIAL || w.place().match().isPreferredName()).toList();
        for (int i = 0; i < mentions.size(); i++) {
            detached[i] = detached[i] || stray(ofMention.get(i), evidence, home, focus);
        }
        String mainCountry = focus.mainCountry();
        Vicinity vicinity = new Vicinity(mentions, ofMention, detached, mainCountry, weights.minScore(),
                weights.anchorScore(), division.townless(weights.minScore()));
        int[] kinds = Coordination.kinds(mentions, ofMention, context.text(), weights.minScore());
        int[] filedFrom = DatelineDivision.choices(ofMention, filedFrom(context.datelinePlace()),
                weights.minScore());
        Candidate[] saidIn = Locative.places(mentions, ofMention, detached, context.text(), weights.minScore());
        List<ResolvedPlace> resolved = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            int kind = kinds[i] >= 0 ? kinds[i] : filedFrom[i];
            resolved.add(outcome(mentions.get(i), ofMention.get(i), vicinity, i, detached[i], kind, saidIn[i]));
        }
        return resolved;
    }

    /**
     * Where the dateline says the story was filed, as a first-level division would hold it: its last part read
     * alone ("Wash." of "Camp Murray, Wash.": a base the gazetteer lacks must not hide its state), or the whole
     * when it has one part. Null without a dateline.
     */
    private Toponym filedFrom(String dateline) {
        if (dateline == null) {
            return null;
        }
        String region = dateline.substring(dateline.lastIndexOf(',') + 1).strip();
        return new Toponym(interpreter.interpret(PlaceMention.of(region, null)));
    }

    /**
     * The mention read with the place named right after it, a comma between, as its container: "Parkland,
     * Florida" and "Brussels, Belgium" are written as two names, and the second says which the first is. A
     * list ("Nitra, Presov") reads the same way and loses nothing: a container that holds none of the first
     * name's places is ignored. With the article's text at hand, the two characters between must be a comma and
     * a space: "from China. U.S. officials" is two sentences.
     */
    private static PlaceMention withContainer(List<PlaceMention> mentions, int i, String text) {
        PlaceMention mention = mentions.get(i);
        if (mention.span() == null || mention.demonym() || mention.text().contains(",")) {
            return mention;
        }
        for (PlaceMention next : mentions) {
            if (next.span() != null && !next.demonym()
                    && next.span().start() == mention.span().end() + APPOSITION_GAP
                    && (text == null || text.length() >= next.span().start()
                    && text.startsWith(", ", mention.span().end()) && !listGoesOn(mentions, next, text))) {
                return new PlaceMention(mention.text() + ", " + next.text(), mention.span(), mention.qualifier(),
                        false);
            }
        }
        return mention;
    }

    /**
     * Whether another place follows {@code next} after "and", "or" or a comma: then the names are a list
     * ("stops in Washington, New York and Boston"), not a place and its container.
     */
    private static boolean listGoesOn(List<PlaceMention> mentions, PlaceMention next, String text) {
        for (PlaceMention after : mentions) {
            if (after.span() != null && Coordination.listed(next, after, text)) {
                return true;
            }
        }
        return false;
    }

    /** The places the mention's words may name, best first before any document context: for error analysis. */
    List<Candidate> candidates(PlaceMention mention) {
        return interpreter.interpret(mention).candidates().stream().map(Interpretation.Scored::candidate).toList();
    }

    private Toponym add(Map<String, Toponym> toponyms, PlaceMention mention, double weight) {
        return add(toponyms, mention, interpreter.interpret(mention), weight);
    }

    private static Toponym add(Map<String, Toponym> toponyms, PlaceMention mention, Interpretation interpretation,
                               double weight) {
        MentionReader.Reading reading = interpretation.reading();
        String key = mention.demonym() + "\u0000" + reading.name() + "\u0000" + reading.container();
        Toponym toponym = toponyms.computeIfAbsent(key, k -> new Toponym(interpretation));
        toponym.weight += weight;
        return toponym;
    }

    private void rescore(Collection<Toponym> toponyms, Set<String> actorCountries) {
        DocumentFocus focus = new DocumentFocus(toponyms);
        List<Located> winners = localWinners(toponyms);
        for (Toponym t : toponyms) {
            int n = t.score.length;
            double[] country = new double[n];
            double[] division = new double[n];
            double[] closeness = new double[n];
            for (int i = 0; i < n; i++) {
                Candidate c = t.candidate(i);
                country[i] = c.countryIso3() == null ? Double.NaN : focus.countryShare(t, c);
                division[i] = c.admin1Code() == null ? Double.NaN : focus.divisionShare(t, c);
                closeness[i] = closeness(t, c, winners);
            }
            neutralise(country);
            neutralise(division);
            neutralise(closeness);
            for (int i = 0; i < n; i++) {
                Candidate c = t.candidate(i);
                double score = t.candidates().get(i).prior() + weights.focusCountry() * country[i]
                        + weights.focusAdmin1() * division[i] + weights.proximity() * closeness[i];
                if (c.countryIso3() != null && actorCountries.contains(c.countryIso3())) {
                    score += weights.actorCountry();
                }
                t.score[i] = score;
            }
        }
        toponyms.forEach(Toponym::normalise);
    }

    /**
     * A candidate that a context term cannot judge (a country has no division; a continent no country; neither
     * has a point that says where its towns are) gets the best value of that term among the name's other
     * candidates: the term then neither helps nor hurts it against them.
     */
    private static void neutralise(double[] term) {
        double best = 0;
        for (double value : term) {
            if (!Double.isNaN(value)) {
                best = Math.max(best, value);
            }
        }
        for (int i = 0; i < term.length; i++) {
            if (Double.isNaN(term[i])) {
                term[i] = best;
            }
        }
    }

    /** A toponym's current best place, where it is a town or small division whose point means something. */
    private record Located(Toponym toponym, Candidate place) {
    }

    private static List<Located> localWinners(Collection<Toponym> toponyms) {
        List<Located> winners = new ArrayList<>();
        for (Toponym t : toponyms) {
            int best = t.best();
            if (best >= 0 && isLocal(t.candidate(best))) {
                winners.add(new Located(t, t.candidate(best)));
            }
        }
        return winners;
    }

    /**
     * For a town: 1 on top of another toponym's best place, falling off with distance. For a first-level
     * division: 1 when it holds one of them. NaN (see {@link #neutralise}) for countries and wider areas.
     */
    private double closeness(Toponym self, Candidate c, List<Located> winners) {
        boolean division = "ADM1".equals(c.featureCode());
        if (!division && !isLocal(c)) {
            return Double.NaN;
        }
        double closest = 0;
        for (Located w : winners) {
            if (w.toponym() == self) {
                continue;
            }
            Candidate other = w.place();
            double close = division
                    ? (c.countryIso2().equals(other.countryIso2()) && c.admin1Code().equals(other.admin1Code()) ? 1 : 0)
                    : Math.exp(-GeoDistance.km(c.lat(), c.lon(), other.lat(), other.lon()) / weights.proximityKm());
            closest = Math.max(closest, close);
        }
        return closest;
    }

    static boolean isLocal(Candidate c) {
        return "P".equals(c.featureClass()) || "ADM2".equals(c.featureCode());
    }

    /**
     * Whether the mention is a facility's name ("Cornell University", "Russian Embassy") that only a part of it
     * resolved, to a town far from the article's other places; or any name whose first words are only a small
     * town's, far from them ("Elysian Fields" read as a Minnesota village of 700 people in a New Orleans story):
     * a street or building named after a place is seldom in it. So is a facility read as the continent, ocean or
     * region in its name ("SM Mall of Asia", "Atlantic Avenue"), or as the country of a people's adjective in it
     * ("French Quarter", "British International School"): it stands in one town, often not even of that
     * country. A state or country named by name ("University of California") is kept: a building is in it more
     * often than not.
     */
    private boolean detached(PlaceMention mention, Toponym t, List<Located> winners) {
        int best = t.best();
        // A mention marked as a people's adjective stands for its people's country, whatever words follow it.
        if (best < 0 || mention.demonym() || t.interpretation.reading().kind() != MentionReader.Kind.PARTIAL) {
            return false;
        }
        Candidate c = t.candidate(best);
        if (c.countryIso2() == null || c.match() == MatchKind.DEMONYM) {
            return facilities.isFacility(mention.text());
        }
        // Read by another of its names, a town of part of a name is weaker evidence still ("River" of "River
        // North" as New Brunswick, once Raritan River): only a large one holds.
        double kept = c.match().isPreferredName() ? weights.strayPopulation() : weights.strayAbroadPopulation();
        if (!isLocal(c) || !facilities.isFacility(mention.text()) && c.population() >= kept) {
            return false;
        }
        return !nearAnother(t, c, winners, weights.facilityAnchorKm());
    }

    /**
     * Whether the toponym's best place is a small town, no capital or seat of a division, that lies outside the
     * division most of the article is in and near none of the article's other places, while a town of that
     * division is named ("Hubbard" read as a village in Ohio in a Chicago story, "Delft" as the Dutch town in a
     * Cape Town one): such a name is more often a street or neighbourhood of the article's own town that the
     * gazetteer lacks than a far village the story visits for one word. {@code mainDivision} is null when the
     * article has no such division or names no town in it.
     */
    private boolean stray(Toponym t, List<Located> winners, String mainDivision, DocumentFocus focus) {
        int best = t.best();
        if (best < 0 || mainDivision == null) {
            return false;
        }
        Candidate c = t.candidate(best);
        // A town abroad in a country no other name of the story lies in is a stray at a larger size ("Delft", the
        // Dutch city of 95,000, in a Cape Town story).
        boolean abroad = !mainDivision.startsWith(c.countryIso2() + ".") && focus.countryShare(t, c) < NO_SHARE;
        return isLocal(c) && !isSeat(c)
                && c.population() < (abroad ? weights.strayAbroadPopulation() : weights.strayPopulation())
                && !mainDivision.equals(DocumentFocus.divisionOf(c))
                && !nearAnother(t, c, winners, weights.strayAnchorKm());
    }

    /** A capital or a first-level division's seat: a story elsewhere names it for itself ("Charleston"). */
    private static boolean isSeat(Candidate c) {
        return "PPLC".equals(c.featureCode()) || "PPLA".equals(c.featureCode());
    }

    /** Whether another toponym's place lies within {@code km} of the candidate. */
    private static boolean nearAnother(Toponym self, Candidate c, List<Located> winners, double km) {
        for (Located w : winners) {
            if (w.toponym() != self && GeoDistance.km(c.lat(), c.lon(), w.place().lat(), w.place().lon()) <= km) {
                return true;
            }
        }
        return false;
    }

    private ResolvedPlace outcome(PlaceMention mention, Toponym toponym, Vicinity vicinity, int index,
                                  boolean detached, int listedKind, Candidate saidIn) {
        int best = listedKind >= 0 ? listedKind : toponym.best();
        Candidate seat = seat(mention, toponym, vicinity, index);
        if (seat != null) {
            return vicinity(mention, seat);
        }
        if (detached) {
            Candidate town = saidIn != null ? saidIn : vicinity.townNear(index);
            if (town != null) {
                return vicinity(mention, town);
            }
        }
        if (best >= 0 && namedAfterItsDivision(mention, toponym)) {
            Candidate town = vicinity.townIn(index, DocumentFocus.divisionOf(toponym.candidate(best)));
            if (town != null) {
                return vicinity(mention, town);
            }
        }
        if (best < 0 || toponym.score[best] < weights.minScore()) {
            // A people's adjective or a bare "West" is not a spot in town; anything else the gazetteer lacks is.
            Candidate town = mention.demonym() || PlaceMention.isQualifier(mention.text()) ? null
                    : saidIn != null ? saidIn : vicinity.townNear(index);
            return town == null ? ResolvedPlace.unresolved(mention) : vicinity(mention, town);
        }
        Candidate c = toponym.candidate(best);
        if (saidIn != null && (isLocal(c) || toponym.interpretation.reading().kind() == MentionReader.Kind.PARTIAL)
                && !Locative.holds(saidIn, c, weights.facilityAnchorKm())) {
            // "August in New Orleans" is no Californian village, and "the Embassy of Armenia in the Holy See" no
            // part of Armenia.
            return vicinity(mention, saidIn);
        }
        // The qualifier is the mention's own: "northern Kosovo" and "Kosovo" share a toponym but not a qualifier.
        String qualifier = interpreter.interpret(mention).reading().qualifier();
        Place place = new Place(mention.text(), c.name(), c.countryIso3(), c.admin1Name(), c.lat(), c.lon(),
                weights.featureLabel(c), c.geonameId(), mention.span(), qualifier);
        return new ResolvedPlace(mention, place, qualifier, toponym.probability[best]);
    }

    /**
     * The capital a country's body named by its country stands in: its own for a ministry or parliament ("Russian
     * Foreign Ministry"), the capital of another country the text names nearest for an embassy ("Russian
     * Embassy" in a story of Washington). Null for other names, or when no such capital is known.
     */
    private Candidate seat(PlaceMention mention, Toponym toponym, Vicinity vicinity, int index) {
        FacilityNames.Seat seat = facilities.seat(mention.text());
        int best = toponym.best();
        if (seat == FacilityNames.Seat.NONE || best < 0 || mention.demonym()) {
            return null;
        }
        Candidate country = toponym.candidate(best);
        if (country.featureCode() == null || !country.featureCode().startsWith("PCL")) {
            return null;
        }
        return seat == FacilityNames.Seat.CAPITAL ? gazetteer.capitalOf(country.countryIso3())
                : vicinity.capitalNear(index, country.countryIso3());
    }

    /**
     * Whether the mention is a facility named after the first-level division it resolved to through part of its
     * name ("Colorado State University", "University of Alberta"): it stands in one of the division's towns.
     */
    private boolean namedAfterItsDivision(PlaceMention mention, Toponym t) {
        return t.interpretation.reading().kind() == MentionReader.Kind.PARTIAL
                && "ADM1".equals(t.candidate(t.best()).featureCode()) && facilities.isFacility(mention.text());
    }

    private ResolvedPlace vicinity(PlaceMention mention, Candidate town) {
        String qualifier = interpreter.interpret(mention).reading().qualifier();
        Place place = new Place(mention.text(), mention.text(), town.countryIso3(),
                town.admin1Name(), town.lat(), town.lon(), VICINITY, null, mention.span(), qualifier);
        return new ResolvedPlace(mention, place, qualifier, VICINITY_CONFIDENCE);
    }
}
