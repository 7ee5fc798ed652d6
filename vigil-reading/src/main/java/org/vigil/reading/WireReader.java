package org.vigil.reading;

import java.time.LocalDate;
import java.util.Optional;
import org.vigil.model.Article;

/**
 * Plain text in wire layout: a headline line, a date line, then the body, blank lines between them optional.
 * <pre>
 * US expresses concern over Serbian military build-up near Kosovo border
 *
 * Sep 30, 2023
 *
 * Washington, DC [US], October 1 : The United States has expressed ...
 * </pre>
 * Without a date line the report has no publication date and the body follows the headline; a lone line with
 * nothing after it is the body (a sentence or snippet). A file that opens
 * with its date line, or with a line longer than any headline, has no headline. The body is the text from its first
 * non-blank character to its last, dateline included, so offsets into it stay offsets into the report.
 */
final class WireReader implements TextReader {
    /** Longer than the longest headlines wires send (about 200 characters); a longer line is body text. */
    static final int MAX_HEADLINE = 300;

    @Override
    public Article read(String id, String origin, String text) throws BadInputException {
        Lines lines = new Lines(text);
        String first = lines.next();
        String title = null;
        Optional<LocalDate> published = DateText.parse(first);
        if (published.isEmpty()) {
            if (first != null && first.length() <= MAX_HEADLINE) {
                title = first;
                published = DateText.parse(lines.next());
                if (published.isEmpty()) {
                    lines.back();
                }
            } else {
                lines.back();
            }
        }
        String body = lines.rest();
        // A file of one line and no date line is a snippet, not a headline: its line is the body.
        if (body.isEmpty() && title != null && published.isEmpty()) {
            body = title;
            title = null;
        }
        if (body.isEmpty()) {
            throw new BadInputException(origin, "no body text after the headline");
        }
        return new Article(id, title, null, null, published.orElse(null), Dateline.place(body), "en", body, origin);
    }

    /** The text's non-blank lines, one at a time, with one step back. */
    private static final class Lines {
        private final String text;
        private int position;
        private int previous;

        Lines(String text) {
            this.text = text;
        }

        /** The next non-blank line, stripped, or null at the end. */
        String next() {
            previous = position;
            while (position < text.length()) {
                int end = text.indexOf('\n', position);
                end = end < 0 ? text.length() : end;
                String line = text.substring(position, end).strip();
                position = Math.min(end + 1, text.length());
                if (!line.isEmpty()) {
                    return line;
                }
            }
            return null;
        }

        void back() {
            position = previous;
        }

        String rest() {
            return text.substring(position).strip();
        }
    }
}
