package org.vigil.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * The fingerprint that tells a duplicate article: SHA-256 of its text in NFC with runs of whitespace made one
 * space, because the same report fetched twice or from two feeds often differs only in line breaks and spacing.
 */
public final class ContentHash {
    private ContentHash() {
    }

    public static String of(String text) {
        String normalized = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC)
                .replaceAll("\\s+", " ")
                .strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
