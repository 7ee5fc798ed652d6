package org.vigil.events.casualty;

import java.util.Locale;

/** What befell the people a toll counts, as the coded-article contract names it. */
public enum CasualtyKind {
    KILLED, INJURED, ARRESTED, MISSING, DISPLACED;

    /** The contract's name: "killed", "injured", ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind a contract name stands for.
     *
     * @throws IllegalArgumentException for any other name
     */
    public static CasualtyKind of(String label) {
        for (CasualtyKind k : values()) {
            if (k.label().equals(label)) {
                return k;
            }
        }
        throw new IllegalArgumentException("not a casualty kind: " + label);
    }
}
