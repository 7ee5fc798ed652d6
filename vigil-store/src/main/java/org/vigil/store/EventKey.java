package org.vigil.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import org.vigil.model.Actor;
import org.vigil.model.Event;

/**
 * The identity of an event: the same day, source code, target code and CAMEO code within one story is the same
 * event, whichever article reports it. The key is the event's day counted from 1900 in the top 16 bits and 47
 * bits of a SHA-256 over the fields below, so it is stable across runs and machines, positive, an integer like
 * GDELT's GLOBALEVENTID, and ordered by day: keys of nearby days sit together in indexes and row groups. With
 * thousands of events a day the chance that two of them share a key is about one in a million per year.
 */
final class EventKey {
    // A separator no code or date can contain, so ("AB", "C") and ("A", "BC") hash differently.
    private static final String SEPARATOR = "\u001f";
    private static final long FIRST_DAY = LocalDate.of(1900, 1, 1).toEpochDay();
    private static final long LAST_DAY_NUMBER = (1 << 16) - 1;
    private static final int HASH_BITS = 47;
    // Looking a digest up costs more than hashing a key; bulk generation makes millions.
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(EventKey::sha256);

    private EventKey() {
    }

    static long of(Event event, String storyId) {
        return of(event.date(), codeOf(event.source()), codeOf(event.target()), event.cameo(), storyId);
    }

    static long of(LocalDate date, String sourceCode, String targetCode, String cameo, String storyId) {
        String canonical = String.join(SEPARATOR, date == null ? "" : date.toString(), nullToEmpty(sourceCode),
                nullToEmpty(targetCode), nullToEmpty(cameo), nullToEmpty(storyId));
        byte[] digest = SHA256.get().digest(canonical.getBytes(StandardCharsets.UTF_8));
        long hash = ByteBuffer.wrap(digest).getLong() >>> (Long.SIZE - HASH_BITS);
        return dayNumber(date) << HASH_BITS | hash;
    }

    // Days from 1900-01-01, held to 16 bits (until 2079); an undated event and dates outside stay valid keys.
    private static long dayNumber(LocalDate date) {
        if (date == null) {
            return 0;
        }
        return Math.max(0, Math.min(LAST_DAY_NUMBER, date.toEpochDay() - FIRST_DAY));
    }

    private static String codeOf(Actor actor) {
        return actor == null ? null : actor.code();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
