package org.vigil.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.vigil.model.Actor;
import org.vigil.model.Article;
import org.vigil.model.ArticleHeader;
import org.vigil.model.CodedArticle;
import org.vigil.model.Event;
import org.vigil.model.Plover;
import org.vigil.model.Span;

/**
 * Stands in for CoreNLP: one event per article, its dyad the first two countries named (UNK when fewer), its CAMEO
 * code from a keyword, its day the publication date. Counts its calls and may sleep, to be slow.
 */
final class FakeCoder implements Function<Article, CodedArticle> {
    static final LocalDate DEFAULT_DAY = LocalDate.of(2024, 3, 4);
    private static final Map<String, String> COUNTRIES = new LinkedHashMap<>();

    static {
        COUNTRIES.put("serbia", "SRB");
        COUNTRIES.put("kosovo", "XKX");
        COUNTRIES.put("brazil", "BRA");
        COUNTRIES.put("argentina", "ARG");
        COUNTRIES.put("france", "FRA");
        COUNTRIES.put("germany", "DEU");
    }

    final AtomicInteger calls = new AtomicInteger();
    private final long sleepMillis;

    FakeCoder() {
        this(0);
    }

    FakeCoder(long sleepMillis) {
        this.sleepMillis = sleepMillis;
    }

    @Override
    public CodedArticle apply(Article a) {
        calls.incrementAndGet();
        if (sleepMillis > 0) {
            try {
                Thread.sleep(sleepMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String lower = a.text().toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (var c : COUNTRIES.entrySet()) {
            int i = lower.indexOf(c.getKey().substring(0, 5));
            if (i >= 0) {
                int pos = 0;
                while (pos < at.size() && at.get(pos) < i) {
                    pos++;
                }
                found.add(pos, c.getValue());
                at.add(pos, i);
            }
        }
        String src = found.size() > 0 ? found.get(0) : "UNK";
        String tgt = found.size() > 1 ? found.get(1) : "UNK";
        String cameo = lower.contains("attack") ? "190" : lower.contains(" met ") ? "040" : "010";
        Actor source = new Actor(src, null, src, null, "GOV", null, src + "GOV");
        Actor target = new Actor(tgt, null, tgt, null, "GOV", null, tgt + "GOV");
        LocalDate day = a.published() == null ? DEFAULT_DAY : a.published();
        int end = Math.min(a.text().length(), 20);
        Event event = new Event(cameo, cameo.substring(0, 2), cameo.equals("190") ? 4 : 1,
                cameo.equals("190") ? -10.0 : 1.0, new Plover("OTHER", null), source, target, day, "report", false,
                false, false, null, null, 0, new Span(0, end), a.text().substring(0, end), 0.9, "fake");
        return new CodedArticle(ArticleHeader.of(a), List.of(event), List.of(source, target), List.of(), List.of(),
                List.of(), List.of());
    }
}
