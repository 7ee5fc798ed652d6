package org.vigil.events.caseeval;

/** The three subtasks of CASE 2021 task 2, each adding event types to the one before. */
public enum Subtask {
    /** The 25 ACLED sub-event types. */
    ONE(1, "the 25 ACLED types"),
    /** Adds organised crime, natural and man-made disasters. */
    TWO(2, "ACLED + crime and disasters, 28 types"),
    /** Adds diplomatic events and attribution: every label of the test set. */
    THREE(3, "all 30 types");

    private final int number;
    private final String description;

    Subtask(int number, String description) {
        this.number = number;
        this.description = description;
    }

    public int number() {
        return number;
    }

    public String description() {
        return description;
    }

    static Subtask of(int number) {
        for (Subtask s : values()) {
            if (s.number == number) {
                return s;
            }
        }
        throw new IllegalArgumentException("no subtask " + number);
    }
}
