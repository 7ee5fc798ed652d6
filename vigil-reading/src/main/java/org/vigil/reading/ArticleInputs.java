package org.vigil.reading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.vigil.model.Article;

/**
 * Files and folders in, articles and failures out: the one entry point of the reading module.
 * <p>
 * Inputs are read in the order given; a folder is walked recursively, its entries in order of name, hidden ones
 * (name starting with a dot) skipped. Symbolic links are followed, but a folder is entered once only, so a link
 * loop ends with a failure rather than running forever. Each file gives one outcome, a JSON Lines file one per
 * non-blank line. Reading is lazy: a file is opened only when its outcome is asked for, and only a JSON Lines file
 * stays open, while its lines are read. A missing or unreadable input is a failure, and reading goes on.
 * <p>
 * An instance holds no state of a run and may be shared; each stream it returns is for one thread.
 */
public final class ArticleInputs {
    /** Largest single-article file, and largest JSON Lines line, in bytes: 16 MiB, far above any news report. */
    public static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

    private static final Comparator<Path> BY_NAME = Comparator.comparing(p -> p.getFileName().toString());

    private final FileInput files;

    public ArticleInputs() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes largest single-article file and largest JSON Lines line, in bytes */
    public ArticleInputs(int maxBytes) {
        if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxBytes out of range: " + maxBytes);
        }
        this.files = new FileInput(maxBytes);
    }

    /**
     * The outcomes of reading the inputs, lazily and in a deterministic order. Close the stream (try-with-resources)
     * when stopping early, to release a JSON Lines file being read.
     */
    public Stream<Outcome> read(List<Path> inputs) {
        Walk walk = new Walk(inputs);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(walk, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(walk::close);
    }

    /** Reads every input, hands each article to {@code sink} as it is read, and tallies the run. */
    public ReadSummary readAll(List<Path> inputs, Consumer<Article> sink) {
        int read = 0;
        List<Outcome.Failure> failures = new ArrayList<>();
        try (Stream<Outcome> outcomes = read(inputs)) {
            for (Iterator<Outcome> it = outcomes.iterator(); it.hasNext(); ) {
                Outcome outcome = it.next();
                if (outcome instanceof Outcome.Success success) {
                    sink.accept(success.article());
                    read++;
                } else {
                    failures.add((Outcome.Failure) outcome);
                }
            }
        }
        return new ReadSummary(read, failures);
    }

    /** Depth-first walk over the inputs, opening one file at a time. */
    private final class Walk implements Iterator<Outcome> {
        private final Deque<Path> pending;
        private final Set<Path> foldersEntered = new HashSet<>();
        private OutcomeSource current;

        Walk(List<Path> inputs) {
            pending = new ArrayDeque<>(inputs);
        }

        @Override
        public boolean hasNext() {
            while (current == null || !current.hasNext()) {
                close();
                if (pending.isEmpty()) {
                    return false;
                }
                current = open(pending.removeFirst());
            }
            return true;
        }

        @Override
        public Outcome next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }

        void close() {
            if (current != null) {
                current.close();
                current = null;
            }
        }

        /** The outcomes of a file; for a folder, none: its entries join the front of the queue instead. */
        private OutcomeSource open(Path path) {
            String name = path.toString();
            if (Files.isRegularFile(path)) {
                return files.open(path);
            }
            if (!Files.isDirectory(path)) {
                return OutcomeSource.of(new Outcome.Failure(name,
                        Files.exists(path) ? "not a regular file or folder" : "no such file or folder"));
            }
            try {
                if (!foldersEntered.add(path.toRealPath())) {
                    return OutcomeSource.of(new Outcome.Failure(name, "folder already read (a link loop or a repeat)"));
                }
                List<Path> entries;
                try (Stream<Path> listing = Files.list(path)) {
                    entries = listing.filter(p -> !p.getFileName().toString().startsWith(".")).sorted(BY_NAME).toList();
                }
                for (int i = entries.size() - 1; i >= 0; i--) {
                    pending.addFirst(entries.get(i));
                }
                return null;
            } catch (IOException e) {
                return OutcomeSource.of(Outcome.Failure.unreadable(name, e));
            }
        }
    }
}
