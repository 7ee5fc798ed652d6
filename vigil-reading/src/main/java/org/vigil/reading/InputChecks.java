package org.vigil.reading;

/** The checks that tell a text from something that only has a text's file name. */
final class InputChecks {
    /**
     * Text, even badly encoded text, has almost no control characters; decoded binary has about one in eight
     * (one in four once C1 controls count). A tenth separates the two with room on both sides.
     */
    private static final double MAX_CONTROL_SHARE = 0.10;

    private InputChecks() {
    }

    /** Rejects NUL bytes, which no text file holds unless it is UTF-16, and UTF-16 here always has its mark. */
    static void rejectNul(String input, byte[] bytes, int length) throws BadInputException {
        if (TextDecoder.hasUtf16Mark(bytes, length)) {
            return;
        }
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                throw new BadInputException(input, "binary content (NUL bytes at offset " + i + ")");
            }
        }
    }

    /** Rejects decoded text that is empty, only whitespace, or mostly control characters. */
    static void requireText(String input, String text) throws BadInputException {
        if (text.isEmpty()) {
            throw new BadInputException(input, "empty file");
        }
        if (text.isBlank()) {
            throw new BadInputException(input, "empty file (only whitespace)");
        }
        long controls = text.chars().filter(InputChecks::isStrayControl).count();
        if (controls > text.length() * MAX_CONTROL_SHARE) {
            throw new BadInputException(input,
                    "binary content (" + Math.round(100.0 * controls / text.length()) + "% control characters)");
        }
    }

    private static boolean isStrayControl(int c) {
        return Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\f';
    }
}
