package org.vigil.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * DuckDB's Appender writes column vectors with no SQL per row, but one Appender runs on one thread and DuckDB's
 * own work per appended value dominates. So the caller's thread reads the events into batches and one Appender
 * per core, each on its own connection and transaction, appends them; the country-month counts go in with the
 * first; the transactions commit together at the end, after every batch is in, or all roll back.
 */
final class AppenderBulkLoader implements BulkLoader {
    private static final int BATCH = 8_192;
    private static final List<StoredEvent> END = List.of();

    private final DuckDBConnection connection;
    private final int workers;

    AppenderBulkLoader(Connection connection, int workers) throws SQLException {
        this.connection = connection.unwrap(DuckDBConnection.class);
        this.workers = workers;
    }

    @Override
    public long load(Iterator<StoredEvent> events) throws SQLException {
        BlockingQueue<List<StoredEvent>> batches = new ArrayBlockingQueue<>(workers * 2);
        List<DuckDBConnection> connections = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "vigil-appender");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Long>> appended = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                DuckDBConnection worker = (DuckDBConnection) connection.duplicate();
                worker.setAutoCommit(false);
                connections.add(worker);
                appended.add(pool.submit(() -> append(worker, batches)));
            }
            CountryMonths countryMonths = new CountryMonths();
            feed(events, countryMonths, batches, appended);
            long count = 0;
            for (Future<Long> future : appended) {
                count += future.get();
            }
            countryMonths.writeTo(connections.get(0));
            for (DuckDBConnection worker : connections) {
                worker.commit();
            }
            return count;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("bulk load interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new SQLException("bulk load failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
            for (DuckDBConnection worker : connections) {
                worker.close();
            }
        }
    }

    /** Hands out batches until the events run out, then tells every worker to stop; a worker's failure ends it. */
    private static void feed(Iterator<StoredEvent> events, CountryMonths countryMonths,
                             BlockingQueue<List<StoredEvent>> batches, List<Future<Long>> appended)
            throws InterruptedException, ExecutionException {
        List<StoredEvent> batch = new ArrayList<>(BATCH);
        while (events.hasNext()) {
            StoredEvent event = events.next();
            countryMonths.add(event);
            batch.add(event);
            if (batch.size() == BATCH) {
                put(batch, batches, appended);
                batch = new ArrayList<>(BATCH);
            }
        }
        if (!batch.isEmpty()) {
            put(batch, batches, appended);
        }
        for (int i = 0; i < appended.size(); i++) {
            put(END, batches, appended);
        }
    }

    // Waiting in slices, so that a failed worker, which takes no more batches, surfaces instead of blocking us.
    private static void put(List<StoredEvent> batch, BlockingQueue<List<StoredEvent>> batches,
                            List<Future<Long>> appended) throws InterruptedException, ExecutionException {
        while (!batches.offer(batch, 100, TimeUnit.MILLISECONDS)) {
            for (Future<Long> worker : appended) {
                if (worker.isDone()) {
                    worker.get();
                }
            }
        }
    }

    private static long append(DuckDBConnection worker, BlockingQueue<List<StoredEvent>> batches)
            throws SQLException, InterruptedException {
        long count = 0;
        try (DuckDBAppender appender = worker.createAppender("events")) {
            AppenderRow row = new AppenderRow(appender);
            for (List<StoredEvent> batch = batches.take(); batch != END; batch = batches.take()) {
                for (StoredEvent event : batch) {
                    appender.beginRow();
                    EventColumns.write(event, row);
                    appender.endRow();
                }
                count += batch.size();
            }
        }
        return count;
    }
}
