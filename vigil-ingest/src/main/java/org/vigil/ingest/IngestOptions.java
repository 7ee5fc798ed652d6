package org.vigil.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * How an {@link Ingester} reaches the outside world.
 *
 * @param allowPrivateAddresses fetch feeds from loopback, private, link-local and other non-public addresses; off by
 *                              default so a feed URL cannot be used to probe the local network
 * @param feedTimeout           connect timeout, and the limit on the whole exchange, for one feed request
 * @param maxFeedBytes          largest feed body, in bytes, fetched or read from a file
 * @param progress              print a progress line on stderr
 */
public record IngestOptions(boolean allowPrivateAddresses, Duration feedTimeout, long maxFeedBytes, boolean progress) {
    public static final Duration DEFAULT_FEED_TIMEOUT = Duration.ofSeconds(20);
    public static final long DEFAULT_MAX_FEED_BYTES = 16L * 1024 * 1024;

    public IngestOptions {
        Objects.requireNonNull(feedTimeout, "feedTimeout");
        if (feedTimeout.isNegative() || feedTimeout.isZero()) {
            throw new IllegalArgumentException("feed timeout must be positive: " + feedTimeout);
        }
        if (maxFeedBytes < 1 || maxFeedBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("max feed bytes out of range: " + maxFeedBytes);
        }
    }

    public static IngestOptions defaults() {
        return new IngestOptions(false, DEFAULT_FEED_TIMEOUT, DEFAULT_MAX_FEED_BYTES, true);
    }

    public IngestOptions withAllowPrivateAddresses(boolean allow) {
        return new IngestOptions(allow, feedTimeout, maxFeedBytes, progress);
    }

    public IngestOptions withFeedTimeout(Duration timeout) {
        return new IngestOptions(allowPrivateAddresses, timeout, maxFeedBytes, progress);
    }

    public IngestOptions withMaxFeedBytes(long bytes) {
        return new IngestOptions(allowPrivateAddresses, feedTimeout, bytes, progress);
    }

    public IngestOptions withProgress(boolean show) {
        return new IngestOptions(allowPrivateAddresses, feedTimeout, maxFeedBytes, show);
    }
}
