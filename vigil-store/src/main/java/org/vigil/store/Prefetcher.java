package org.vigil.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Runs a source iterator on a background thread, a few batches ahead of the consumer, the way coded events reach
 * the store from the threads that code them: the benchmark times the store, not the making of its events, on
 * one core while the store works on another.
 */
final class Prefetcher<T> implements Iterator<T> {
    private static final int BATCH = 10_000;

    // A batch marks the end by being empty; the producer's failure, if any, travels with it.
    private record Batch<T>(List<T> items, RuntimeException failure) {
    }

    private final BlockingQueue<Batch<T>> batches = new ArrayBlockingQueue<>(4);
    private Iterator<T> current = List.<T>of().iterator();
    private boolean ended;

    Prefetcher(Iterator<T> source) {
        Thread producer = new Thread(() -> produce(source), "vigil-prefetch");
        producer.setDaemon(true);
        producer.start();
    }

    private void produce(Iterator<T> source) {
        RuntimeException failure = null;
        try {
            try {
                while (source.hasNext()) {
                    List<T> items = new ArrayList<>(BATCH);
                    while (items.size() < BATCH && source.hasNext()) {
                        items.add(source.next());
                    }
                    batches.put(new Batch<>(items, null));
                }
            } catch (RuntimeException e) {
                failure = e;
            }
            batches.put(new Batch<>(List.of(), failure));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && !ended) {
            Batch<T> batch;
            try {
                batch = batches.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for events", e);
            }
            if (batch.failure() != null) {
                throw batch.failure();
            }
            ended = batch.items().isEmpty();
            current = batch.items().iterator();
        }
        return current.hasNext();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }
}
