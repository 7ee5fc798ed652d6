package org.vigil.actors;

import java.time.LocalDate;
import java.util.List;

/**
 * One entry of a PETRARCH/TABARI actor dictionary: its primary phrase, its synonyms and its dated codes.
 *
 * @param phrases the primary phrase first, then the synonyms, as written ("ALEKSANDAR_VUCIC_", "VUCIC_")
 * @param codes   the codes in file order, restricted or not
 * @param where   file and line of the primary phrase, for reasons
 */
public record PetrarchActor(List<String> phrases, List<DatedCode> codes, String where) {

    public PetrarchActor {
        phrases = List.copyOf(phrases);
        codes = List.copyOf(codes);
    }

    /**
     * The code on a day, as PETRARCH chooses it: the first restriction in file order that holds on that day, else
     * the first unrestricted code, else none (null).
     */
    public String codeOn(LocalDate date) {
        for (DatedCode c : codes) {
            if (!c.isDefault() && c.appliesOn(date)) {
                return c.code();
            }
        }
        return codes.stream().filter(DatedCode::isDefault).map(DatedCode::code).findFirst().orElse(null);
    }
}
