package org.vigil.reading;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One file to its outcomes: a glance at its first bytes chooses the reader ({@link InputKind}), then a
 * single-article file is read whole, up to the size limit, and a JSON Lines file is handed over to be streamed.
 * The file is opened once; the glance is taken from the same buffered stream that is then read.
 */
final class FileInput {
    /** Enough for an XML declaration, a long licence comment and the doctype that follows. */
    private static final int HEAD_BYTES = 8 * 1024;

    private final int maxBytes;
    private final TextReader wire = new WireReader();
    private final TextReader html = new HtmlReader();

    FileInput(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    OutcomeSource open(Path file) {
        String name = file.toString();
        InputStream in;
        try {
            in = new BufferedInputStream(Files.newInputStream(file), HEAD_BYTES);
        } catch (IOException e) {
            return OutcomeSource.of(Outcome.Failure.unreadable(name, e));
        }
        boolean streamed = false;
        try {
            in.mark(HEAD_BYTES);
            byte[] head = in.readNBytes(HEAD_BYTES);
            in.reset();
            InputChecks.rejectNul(name, head, head.length);
            InputKind kind = InputKind.of(file, head);
            if (kind == InputKind.JSON_LINES) {
                if (TextDecoder.hasUtf16Mark(head, head.length)) {
                    throw new BadInputException(name, "JSON Lines must be UTF-8 (found a UTF-16 byte order mark)");
                }
                streamed = true;
                return new JsonLinesReader(name, stem(file), in, maxBytes);
            }
            String text = readText(file, name, in);
            TextReader reader = kind == InputKind.HTML ? html : wire;
            return OutcomeSource.of(new Outcome.Success(reader.read(stem(file), name, text)));
        } catch (BadInputException e) {
            return OutcomeSource.of(e.toFailure());
        } catch (IOException e) {
            return OutcomeSource.of(Outcome.Failure.unreadable(name, e));
        } finally {
            if (!streamed) {
                closeQuietly(in);
            }
        }
    }

    private String readText(Path file, String name, InputStream in) throws IOException, BadInputException {
        byte[] bytes = in.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw new BadInputException(name,
                    "file too large (" + Files.size(file) + " bytes; the limit is " + maxBytes + ")");
        }
        InputChecks.rejectNul(name, bytes, bytes.length);
        String text = TextDecoder.decode(bytes);
        InputChecks.requireText(name, text);
        return text;
    }

    /** The file name without its extension: the id of the article it holds. */
    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // A file only read from loses nothing when its close fails.
        }
    }
}
