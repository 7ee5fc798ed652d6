package org.vigil.events;

import java.util.Objects;
import java.util.regex.Pattern;

import org.vigil.model.Plover;

/**
 * One row of the CAMEO 1.1b3 event code table.
 *
 * @param code        2 to 4 digits; the first two are the root, each further digit one level down
 * @param name        the CAMEO name, without "not specified below"
 * @param goldstein   Goldstein scale value, -10..10
 * @param quadClass   1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param plover      the PLOVER type and mode the published mapping gives this very code, or null where it gives
 *                    none; {@link CameoCodes#plover(String)} resolves such codes through their parents
 * @param description what an analyst would look for
 */
public record CameoCode(String code, String name, double goldstein, int quadClass, Plover plover,
                        String description) {

    private static final Pattern CODE = Pattern.compile("\\d{2,4}");

    public CameoCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("CAMEO code must be 2 to 4 digits: " + code);
        }
        if (!(goldstein >= -10 && goldstein <= 10)) {
            throw new IllegalArgumentException("Goldstein value outside -10..10 for " + code + ": " + goldstein);
        }
        if (quadClass < 1 || quadClass > 4) {
            throw new IllegalArgumentException("quad class outside 1..4 for " + code + ": " + quadClass);
        }
    }

    /** The two-digit root, "01".."20". */
    public String root() {
        return code.substring(0, 2);
    }
}
