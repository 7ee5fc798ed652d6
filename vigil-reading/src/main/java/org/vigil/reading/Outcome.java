package org.vigil.reading;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Objects;
import org.vigil.model.Article;

/** What reading one input gave: an article, or the reason there is none. */
public sealed interface Outcome permits Outcome.Success, Outcome.Failure {

    /** An article read from its input. */
    record Success(Article article) implements Outcome {
        public Success {
            Objects.requireNonNull(article, "article");
        }
    }

    /**
     * An input that gave no article.
     *
     * @param input  the file as the user named it, with {@code :line} for a JSON Lines record
     * @param reason what is wrong with it
     */
    record Failure(String input, String reason) implements Outcome {
        /** {@code input: reason}, one line. */
        public String message() {
            return input + ": " + reason;
        }

        static Failure unreadable(String input, IOException e) {
            if (e instanceof NoSuchFileException) {
                return new Failure(input, "no such file or folder");
            }
            if (e instanceof AccessDeniedException) {
                return new Failure(input, "permission denied");
            }
            String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Failure(input, "cannot read (" + detail.replace('\n', ' ') + ")");
        }
    }
}
