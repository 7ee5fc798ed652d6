package org.vigil.reading;

/**
 * An input that cannot be read as an article. The message is one line, {@code input: reason}, so a run over
 * thousands of files can be grepped for what went wrong where.
 */
public final class BadInputException extends Exception {
    private final String input;
    private final String reason;

    /**
     * @param input  the file as the user named it, with {@code :line} for a JSON Lines record
     * @param reason what is wrong with it, in a few words, without line breaks
     */
    public BadInputException(String input, String reason) {
        super(input + ": " + reason);
        this.input = input;
        this.reason = reason;
    }

    public String input() {
        return input;
    }

    public String reason() {
        return reason;
    }

    Outcome.Failure toFailure() {
        return new Outcome.Failure(input, reason);
    }
}
