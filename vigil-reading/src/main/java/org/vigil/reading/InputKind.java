package org.vigil.reading;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which reader an input needs. A known extension decides; anything else (.txt, no extension, .json from a tool
 * that named it so) is decided by how the content opens, because an HTML page or a JSON Lines file announces
 * itself in its first characters and a wire report never opens like either.
 */
enum InputKind {
    WIRE, HTML, JSON_LINES;

    /** An optional XML declaration and comments, then a doctype or {@code <html>}. */
    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html[\\s>])",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /**
     * @param file the input, for its extension
     * @param head its first bytes, enough for an opening comment and doctype
     */
    static InputKind of(Path file, byte[] head) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return switch (dot < 0 ? "" : name.substring(dot + 1)) {
            case "html", "htm", "xhtml" -> HTML;
            case "jsonl", "ndjson" -> JSON_LINES;
            default -> ofContent(TextDecoder.decode(head));
        };
    }

    private static InputKind ofContent(String start) {
        if (HTML_START.matcher(start).lookingAt()) {
            return HTML;
        }
        return start.stripLeading().startsWith("{") ? JSON_LINES : WIRE;
    }
}
