package org.vigil.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.Actor;
import org.vigil.model.CodedArticle;
import org.vigil.model.Event;

/**
 * Which story an article tells, among recently stored ones. Texts are compared by MinHash over 5-word shingles (128
 * hashes, 64 LSH bands of 2 rows, so pairs down to about 0.15 similarity become candidates). An article joins a
 * candidate's story when the texts are near duplicates (estimated Jaccard at least {@value #SAME_TEXT}), or when they
 * overlap somewhat (at least {@value #SAME_EVENTS_TEXT}) and report the same event on the same day. Not thread
 * safe: the ingester calls it under its save lock.
 */
final class StoryIndex {
    static final int SHINGLE = 5;
    static final int HASHES = 128;
    static final int BANDS = 64;
    static final int ROWS = HASHES / BANDS;
    static final double SAME_TEXT = 0.5;
    static final double SAME_EVENTS_TEXT = 0.15;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final long[] SEEDS = new long[HASHES];

    static {
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            s = mix(s + i * 0xBF58476D1CE4E5B9L);
            SEEDS[i] = s;
        }
    }

    private record Entry(String articleId, String storyId, long[] signature, Set<String> events) {
    }

    private final int capacity;
    private final LinkedHashMap<String, Entry> recent = new LinkedHashMap<>();
    private final List<Map<Long, List<String>>> bands = new ArrayList<>();

    StoryIndex(int capacity) {
        this.capacity = capacity;
        for (int b = 0; b < BANDS; b++) {
            bands.add(new HashMap<>());
        }
    }

    /** The story the article belongs to: a matching recent article's story, or null for a new one. */
    String storyOf(CodedArticle coded) {
        long[] signature = signature(coded.article().text());
        Set<String> events = eventKeys(coded);
        Set<String> candidates = new HashSet<>();
        for (int b = 0; b < BANDS; b++) {
            List<String> ids = bands.get(b).get(bandKey(signature, b));
            if (ids != null) {
                candidates.addAll(ids);
            }
        }
        String best = null;
        double bestScore = -1;
        for (String id : candidates) {
            Entry other = recent.get(id);
            if (other == null) {
                continue;
            }
            double similarity = similarity(signature, other.signature);
            boolean sameEvents = !events.isEmpty() && other.events.stream().anyMatch(events::contains);
            if (similarity >= SAME_TEXT || (similarity >= SAME_EVENTS_TEXT && sameEvents)) {
                double score = similarity + (sameEvents ? 1 : 0);
                if (score > bestScore) {
                    bestScore = score;
                    best = other.storyId;
                }
            }
        }
        return best;
    }

    /** Remembers a stored article and its story. */
    void add(CodedArticle coded, String storyId) {
        String id = coded.article().id();
        if (recent.containsKey(id)) {
            return;
        }
        long[] signature = signature(coded.article().text());
        recent.put(id, new Entry(id, storyId, signature, eventKeys(coded)));
        for (int b = 0; b < BANDS; b++) {
            bands.get(b).computeIfAbsent(bandKey(signature, b), k -> new ArrayList<>()).add(id);
        }
        if (recent.size() > capacity) {
            Entry oldest = recent.values().iterator().next();
            recent.remove(oldest.articleId);
            for (int b = 0; b < BANDS; b++) {
                long key = bandKey(oldest.signature, b);
                List<String> ids = bands.get(b).get(key);
                if (ids != null) {
                    ids.remove(oldest.articleId);
                    if (ids.isEmpty()) {
                        bands.get(b).remove(key);
                    }
                }
            }
        }
    }

    int size() {
        return recent.size();
    }

    /** Estimated Jaccard similarity of two texts' shingle sets. */
    static double similarity(String a, String b) {
        return similarity(signature(a), signature(b));
    }

    static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    static long[] signature(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        long[] signature = new long[HASHES];
        java.util.Arrays.fill(signature, Long.MAX_VALUE);
        int shingles = Math.max(1, words.size() - SHINGLE + 1);
        for (int start = 0; start < shingles; start++) {
            String shingle = String.join(" ", words.subList(start, Math.min(words.size(), start + SHINGLE)));
            long base = fnv(shingle);
            for (int i = 0; i < HASHES; i++) {
                long h = mix(base ^ SEEDS[i]);
                if (h < signature[i]) {
                    signature[i] = h;
                }
            }
        }
        return signature;
    }

    /** Same day, same dyad, same CAMEO code. */
    private static Set<String> eventKeys(CodedArticle coded) {
        Set<String> keys = new HashSet<>();
        for (Event e : coded.events()) {
            keys.add(e.date() + "|" + code(e.source()) + "|" + code(e.target()) + "|" + e.cameo());
        }
        return keys;
    }

    private static String code(Actor actor) {
        return actor == null ? "" : actor.code() == null ? String.valueOf(actor.text()) : actor.code();
    }

    private static long bandKey(long[] signature, int band) {
        long h = band;
        for (int r = 0; r < ROWS; r++) {
            h = mix(h * 31 + signature[band * ROWS + r]);
        }
        return h;
    }

    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
