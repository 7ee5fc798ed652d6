package org.vigil.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;
import org.vigil.model.Actor;
import org.vigil.model.Place;
import org.vigil.model.Plover;

/**
 * Events shaped like a news-derived event stream, for the benchmark: 200 countries drawn by Zipf's law with the
 * usual newsmakers first, a third of events within one country, the 20 CAMEO roots in roughly GDELT's
 * proportions, ten years of dates in arrival order, stories of four events. The same seed gives the same events.
 */
final class SyntheticEvents implements Iterator<StoredEvent> {
    static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2024, 12, 31);
    static final int COUNTRIES = 200;

    private static final String[] NEWSMAKERS = {"USA", "RUS", "CHN", "GBR", "ISR", "UKR", "IRN", "IND", "FRA", "DEU",
        "TUR", "SYR", "PAK", "AFG", "IRQ", "PSE", "JPN", "KOR", "PRK", "SAU", "EGY", "NGA", "AUS", "CAN", "BRA", "MEX",
        "ITA", "ESP", "YEM", "LBY", "LBN", "SDN", "SOM", "ETH", "KEN", "ZAF", "VEN", "COL", "PHL", "IDN"};
    // Share of events per root 01..20, after GDELT's mix: statements, consultations and appeals dominate.
    private static final double[] ROOT_WEIGHTS = {11, 6, 7, 21, 6, 3, 4, 3, 1, 1, 5, 2, 2, 3, 1, 1, 6, 6, 9, 0.3};
    private static final double[] ROOT_GOLDSTEIN = {0.0, 3.0, 4.0, 1.0, 3.5, 6.0, 7.0, 5.0, -2.0, -5.0, -2.0, -4.0,
        -6.0, -6.5, -7.2, -4.0, -7.0, -9.0, -10.0, -10.0};
    private static final String[] ROOT_PLOVER = {"AGREE", "REQUEST", "AGREE", "CONSULT", "SUPPORT", "COOPERATE",
        "AID", "RETREAT", "REQUEST", "DEMAND", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION",
        "COERCE", "ASSAULT", "FIGHT", "ASSAULT"};
    private static final String[] SECTORS = {"GOV", "GOV", "GOV", "MIL", "COP", "JUD", "REB", "OPP", "MED", "BUS",
        "CVL", "LEG"};
    private static final String[] ROOT_CODES = {"01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11",
        "12", "13", "14", "15", "16", "17", "18", "19", "20"};
    private static final int STORY_SIZE = 4;

    private final long total;
    private final SplittableRandom random;
    private final List<String> countries;
    private final String[] names;
    private final double[] countryCumulative;
    private final double[] rootCumulative;
    private final double[][] centres;
    private final long days;
    private final Set<Long> storyKeys = new HashSet<>();
    private long index;
    private String storyId;
    private String storyUrl;

    SyntheticEvents(long total, long seed) {
        this.total = total;
        this.random = new SplittableRandom(seed);
        this.countries = countries();
        this.names = countries.stream().map(CountryCodes::name).toArray(String[]::new);
        this.countryCumulative = cumulative(zipf(COUNTRIES));
        this.rootCumulative = cumulative(ROOT_WEIGHTS);
        this.centres = new double[COUNTRIES][];
        for (int i = 0; i < COUNTRIES; i++) {
            centres[i] = new double[] {random.nextDouble(-50, 60), random.nextDouble(-120, 150)};
        }
        this.days = ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY) + 1;
    }

    /** The countries in Zipf rank order: the newsmakers, then the rest of the world alphabetically. */
    static List<String> countries() {
        Set<String> ordered = new LinkedHashSet<>(List.of(NEWSMAKERS));
        Resources.text("countries.tsv").lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t")[0])
                .forEach(ordered::add);
        return new ArrayList<>(ordered).subList(0, COUNTRIES);
    }

    @Override
    public boolean hasNext() {
        return index < total;
    }

    @Override
    public StoredEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        if (index % STORY_SIZE == 0) {
            long story = index / STORY_SIZE;
            storyId = "story-" + story;
            storyUrl = "https://news.example/" + story;
            storyKeys.clear();
        }
        LocalDate date = FIRST_DAY.plusDays(index * days / total);
        StoredEvent event;
        do {
            event = event(date, storyId, storyUrl);
        } while (!storyKeys.add(event.eventKey()));
        index++;
        return event;
    }

    private StoredEvent event(LocalDate date, String storyId, String url) {
        int sourceRank = pick(countryCumulative);
        int targetRank = random.nextInt(3) == 0 ? sourceRank : pick(countryCumulative);
        Actor source = actor(sourceRank);
        Actor target = actor(targetRank);
        int root = pick(rootCumulative) + 1;
        String rootCode = ROOT_CODES[root - 1];
        String cameo = rootCode + random.nextInt(6);
        int mentions = 1 + random.nextInt(5);
        int articles = 1 + random.nextInt(mentions);
        int sources = 1 + random.nextInt(articles);
        Instant added = date.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(random.nextInt(86_400));
        return new StoredEvent(EventKey.of(date, source.code(), target.code(), cameo, storyId), cameo,
                rootCode, quadClass(root), ROOT_GOLDSTEIN[root - 1],
                new Plover(ROOT_PLOVER[root - 1], null), source, target, date,
                random.nextInt(4) == 0 ? "report" : "explicit", random.nextInt(50) == 0, random.nextInt(33) == 0,
                random.nextInt(20) == 0, null, random.nextInt(5) < 3 ? place(targetRank) : null,
                Math.round(random.nextDouble(0.5, 1.0) * 100) / 100.0, "synthetic", mentions, articles, sources,
                random.nextInt(3) == 0, storyId, url, added);
    }

    private Actor actor(int rank) {
        String country = countries.get(rank);
        String sector = SECTORS[random.nextInt(SECTORS.length)];
        return new Actor(names[rank], null, country, null, sector, null, country + sector);
    }

    private Place place(int rank) {
        String country = countries.get(rank);
        double lat = Math.round((centres[rank][0] + random.nextDouble(-2, 2)) * 1e5) / 1e5;
        double lon = Math.round((centres[rank][1] + random.nextDouble(-2, 2)) * 1e5) / 1e5;
        return new Place(null, names[rank], country, null, lat, lon, "city",
                Integer.toString(100_000 + random.nextInt(9_000_000)), null);
    }

    private static int quadClass(int root) {
        return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    }

    private int pick(double[] cumulative) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] < x) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static double[] zipf(int n) {
        double[] weights = new double[n];
        for (int rank = 1; rank <= n; rank++) {
            weights[rank - 1] = 1.0 / rank;
        }
        return weights;
    }

    private static double[] cumulative(double[] weights) {
        double[] cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
        return cumulative;
    }
}
