package org.vigil.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies a function to a stream of items on several threads and hands the results on in input order, so output
 * is the same whatever the thread count. At most a few items per thread are in flight, so memory stays bounded on
 * inputs of any length.
 */
final class OrderedParallel<T, R> implements AutoCloseable {
    private final ExecutorService pool;
    private final Function<T, R> work;
    private final Consumer<Result<T, R>> sink;
    private final Deque<Future<Result<T, R>>> inFlight = new ArrayDeque<>();
    private final int window;

    /** The outcome for one item: its result, or the error that stopped it. */
    record Result<T, R>(T item, R value, Throwable error) {
    }

    OrderedParallel(int threads, Function<T, R> work, Consumer<Result<T, R>> sink) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "vigil-worker");
            t.setDaemon(true);
            return t;
        });
        this.work = work;
        this.sink = sink;
        this.window = threads * 4;
    }

    void submit(T item) {
        inFlight.add(pool.submit(() -> {
            try {
                return new Result<>(item, work.apply(item), null);
            } catch (RuntimeException | StackOverflowError e) {
                // One pathological document (a parse deep enough to exhaust the stack) must not end the batch.
                return new Result<T, R>(item, null, e);
            }
        }));
        while (inFlight.size() >= window || (!inFlight.isEmpty() && inFlight.peek().isDone())) {
            drainOne();
        }
    }

    private void drainOne() {
        try {
            sink.accept(inFlight.poll().get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Waits for every item still in flight and hands its result on. */
    @Override
    public void close() {
        while (!inFlight.isEmpty()) {
            drainOne();
        }
        pool.shutdown();
    }
}
