package org.vigil.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Stream;
import org.vigil.model.Article;
import org.vigil.model.CodedArticle;
import org.vigil.reading.ArticleInputs;
import org.vigil.reading.Outcome;
import org.vigil.store.ContentHash;
import org.vigil.store.EventStore;
import org.vigil.store.IngestOutcome;

/**
 * The engine behind {@code vigil ingest}: reads files, folders, JSON Lines, WARC files and RSS/Atom feeds, codes
 * each article on a pool of threads, assigns it to a story and saves it, logging every input's outcome.
 * <p>
 * Running again over the same inputs changes no article or event: an article whose text (by {@link ContentHash})
 * or id is already stored is a duplicate. Each article is saved in one transaction, so a run killed at any point
 * and started again finishes the job with nothing lost and nothing doubled. One ingester per store; its methods
 * are not to be called concurrently.
 */
public final class Ingester {
    private static final int RECENT_ARTICLES = 20_000;

    private final EventStore store;
    private final Function<Article, CodedArticle> coder;
    private final int threads;
    private final IngestOptions options;
    private final ArticleInputs reading = new ArticleInputs();
    private final WarcSource warc = new WarcSource();
    private final FeedSource feeds;
    private final StoryIndex stories = new StoryIndex(RECENT_ARTICLES);
    private final Object saving = new Object();

    public Ingester(EventStore store, Function<Article, CodedArticle> coder, int threads, IngestOptions options) {
        this.store = Objects.requireNonNull(store, "store");
        this.coder = Objects.requireNonNull(coder, "coder");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
        this.options = Objects.requireNonNull(options, "options");
        this.feeds = new FeedSource(options);
        // Reports of a story stored by an earlier run (or one killed and restarted) still join that story.
        List<EventStore.StoredStory> recent = new ArrayList<>(store.recentArticles(RECENT_ARTICLES));
        Collections.reverse(recent);
        for (EventStore.StoredStory s : recent) {
            store.article(s.articleId()).ifPresent(coded -> stories.add(coded, s.storyId()));
        }
    }

    /** Ingests every input: a file, a folder, a JSON Lines, WARC or feed file, or an http(s) feed URL. */
    public IngestReport ingest(List<String> inputs) {
        Run run = new Run();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "vigil-ingest");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(threads * 2);
        try {
            for (String input : inputs) {
                forEachOutcome(input, outcome -> {
                    if (outcome instanceof Outcome.Failure failure) {
                        run.skip(failure.input(), failure.reason(), null);
                        return;
                    }
                    Article article = ((Outcome.Success) outcome).article();
                    inFlight.acquireUninterruptibly();
                    pool.execute(() -> {
                        try {
                            run.process(article);
                        } finally {
                            inFlight.release();
                        }
                    });
                });
            }
        } finally {
            pool.shutdown();
            try {
                while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    // coding is slow; keep waiting
                }
            } catch (InterruptedException e) {
                pool.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
        run.finishProgress();
        return run.report();
    }

    /**
     * Polls feeds: ingests them, waits {@code interval}, and again, for as long as {@code keepGoing} says so (it is
     * asked after each round). Entries seen before are duplicates and change nothing.
     *
     * @return the sum of all rounds
     */
    public IngestReport follow(List<String> feeds, Duration interval, BooleanSupplier keepGoing) {
        IngestReport total = IngestReport.empty();
        while (true) {
            total = total.plus(ingest(feeds));
            if (!keepGoing.getAsBoolean()) {
                return total;
            }
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return total;
            }
        }
    }

    private void forEachOutcome(String input, java.util.function.Consumer<Outcome> sink) {
        if (FeedSource.isUrl(input)) {
            feeds.fromUrl(input).forEach(sink);
            return;
        }
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
            List<Path> files = new ArrayList<>();
            String problem = walk(path, files, new HashSet<>());
            if (problem != null) {
                sink.accept(new Outcome.Failure(input, problem));
            }
            if (files.isEmpty()) {
                if (problem == null) {
                    sink.accept(new Outcome.Failure(input, "empty folder (no files to read)"));
                }
                return;
            }
            List<Path> plain = new ArrayList<>();
            for (Path file : files) {
                if (WarcSource.isWarc(file) || FeedSource.isFeedFile(file)) {
                    readPlain(plain, sink);
                    readSpecial(file, sink);
                } else {
                    plain.add(file);
                }
            }
            readPlain(plain, sink);
            return;
        }
        if (Files.isRegularFile(path) && (WarcSource.isWarc(path) || FeedSource.isFeedFile(path))) {
            readSpecial(path, sink);
            return;
        }
        readPlain(new ArrayList<>(List.of(path)), sink);
    }

    private void readSpecial(Path file, java.util.function.Consumer<Outcome> sink) {
        (WarcSource.isWarc(file) ? warc.read(file) : feeds.fromFile(file)).forEach(sink);
    }

    /** Hands the plain files collected so far to the reading module, and empties the list. */
    private void readPlain(List<Path> plain, java.util.function.Consumer<Outcome> sink) {
        if (plain.isEmpty()) {
            return;
        }
        try (Stream<Outcome> outcomes = reading.read(List.copyOf(plain))) {
            for (Iterator<Outcome> it = outcomes.iterator(); it.hasNext(); ) {
                sink.accept(it.next());
            }
        }
        plain.clear();
    }

    /** Regular files under a folder, in order of name, hidden ones skipped, each folder entered once. */
    private static String walk(Path folder, List<Path> files, Set<Path> entered) {
        try {
            if (!entered.add(folder.toRealPath())) {
                return null;
            }
            List<Path> entries;
            try (Stream<Path> listing = Files.list(folder)) {
                entries = listing.filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
            }
            for (Path entry : entries) {
                if (Files.isDirectory(entry)) {
                    String problem = walk(entry, files, entered);
                    if (problem != null) {
                        return problem;
                    }
                } else {
                    files.add(entry);
                }
            }
            return null;
        } catch (IOException e) {
            return "cannot list folder (" + e.getMessage() + ")";
        }
    }

    /** One call of {@link #ingest}: its tallies, problems and progress. */
    private final class Run {
        private final AtomicInteger coded = new AtomicInteger();
        private final AtomicInteger duplicates = new AtomicInteger();
        private final AtomicInteger skipped = new AtomicInteger();
        private final List<String> problems = new ArrayList<>();
        private final Set<String> claimed = ConcurrentHashMap.newKeySet();
        private final long started = System.nanoTime();
        private long lastProgress;

        void process(Article article) {
            String input = article.origin() == null ? article.id() : article.origin();
            String hash = ContentHash.of(article.text());
            if (!claimed.add(hash) || storeHas(hash)) {
                duplicate(input, "same text as an article already stored", article.id());
                return;
            }
            CodedArticle coded;
            try {
                coded = coder.apply(article);
            } catch (RuntimeException e) {
                skip(input, "coding failed (" + e + ")", article.id());
                return;
            }
            try {
                save(input, article, coded);
            } catch (RuntimeException e) {
                skip(input, "saving failed (" + e.getMessage() + ")", article.id());
            }
        }

        private void save(String input, Article article, CodedArticle coded) {
            synchronized (saving) {
                String story = stories.storyOf(coded);
                String storyId = story == null ? article.id() : story;
                if (store.save(coded, storyId)) {
                    stories.add(coded, storyId);
                    store.logIngest(input, IngestOutcome.CODED, null, article.id());
                    coded();
                } else {
                    store.logIngest(input, IngestOutcome.DUPLICATE, "article id already stored", article.id());
                    duplicates.incrementAndGet();
                    progress();
                }
            }
        }

        private boolean storeHas(String hash) {
            synchronized (saving) {
                return store.hasArticle(hash);
            }
        }

        private void coded() {
            coded.incrementAndGet();
            progress();
        }

        private void duplicate(String input, String reason, String articleId) {
            synchronized (saving) {
                store.logIngest(input, IngestOutcome.DUPLICATE, reason, articleId);
                duplicates.incrementAndGet();
                progress();
            }
        }

        void skip(String input, String reason, String articleId) {
            synchronized (saving) {
                store.logIngest(input, IngestOutcome.SKIPPED, reason, articleId);
                skipped.incrementAndGet();
                problems.add(input + ": " + reason);
                progress();
            }
        }

        /** Called under the save lock. */
        private void progress() {
            if (!options.progress()) {
                return;
            }
            long now = System.nanoTime();
            if (now - lastProgress < 500_000_000L) {
                return;
            }
            lastProgress = now;
            System.err.print("\r" + line(now));
        }

        void finishProgress() {
            if (options.progress()) {
                synchronized (saving) {
                    System.err.println("\r" + line(System.nanoTime()));
                }
            }
        }

        private String line(long now) {
            int done = coded.get() + duplicates.get() + skipped.get();
            double seconds = Math.max(1e-3, (now - started) / 1e9);
            return String.format(java.util.Locale.ROOT, "ingest: %d done (%d coded, %d duplicate, %d skipped), %.1f/s",
                    done, coded.get(), duplicates.get(), skipped.get(), done / seconds);
        }

        IngestReport report() {
            synchronized (saving) {
                return new IngestReport(coded.get(), duplicates.get(), skipped.get(), problems);
            }
        }
    }
}
