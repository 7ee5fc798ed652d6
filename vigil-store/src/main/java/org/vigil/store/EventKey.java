package org.vigil.store;

import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import org.vigil.model.Actor;
import org.vigil.model.Event;

/**
 * The identity of an event: the same day, source code, target code and CAMEO code within one story is the same
 * event, whichever article reports it. The key is the first 63 bits of a SHA-256 over those fields, so it is
 * stable across runs and machines and fits GDELT's integer GLOBALEVENTID; at ten million events the chance of
 * any collision is about one in 200,000.
 */
final class EventKey {
    // A separator no code or date can contain, so ("AB", "C") and ("A", "BC") hash differently.
    private static final String SEPARATOR = "\u001f";

    private EventKey() {
    }

    static long of(Event event, String storyId) {
        return of(event.date(), codeOf(event.source()), codeOf(event.target()), event.cameo(), storyId);
    }

    static long of(LocalDate date, String sourceCode, String targetCode, String cameo, String storyId) {
        String canonical = String.join(SEPARATOR, date == null ? "" : date.toString(), nullToEmpty(sourceCode),
                nullToEmpty(targetCode), nullToEmpty(cameo), nullToEmpty(storyId));
        byte[] digest = sha256().digest(canonical.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(digest).getLong() & Long.MAX_VALUE;
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
