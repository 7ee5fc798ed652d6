package org.vigil.actors;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads CAMEO composite codes as PETRARCH and TABARI dictionaries write them (SRBGOV, KSVMIL, IGOWSTNAT, NGOHRIAMN)
 * into Vigil's fields, in blocks of three letters: the first block is a state or a kind of organisation, the
 * following ones agent codes, of which the first Vigil knows gives the sector (SRBGOVMIL is SRB GOV, the primary role
 * first). Where a code does not say its meaning in Vigil's terms, cameo-codes.tsv does.
 */
public final class CameoCodes {

    static final String FILE = "cameo-codes.tsv";

    /** A code read into Vigil's fields; any of them may be null. */
    public record Decoded(String country, String organization, String sector) {
        public boolean isEmpty() {
            return country == null && organization == null && sector == null;
        }
    }

    private final Set<String> countries = new HashSet<>();
    private final Set<String> agents = new HashSet<>();
    private final Map<String, String> countryAliases = new HashMap<>();
    private final Map<String, String> sectorAliases = new HashMap<>();
    private final Map<String, Organization> organizations = new HashMap<>();

    /**
     * @param knowledge the states, agent codes and organisations codes are read into
     * @param table     a table in the format of cameo-codes.tsv; closed when read
     */
    public CameoCodes(ActorKnowledge knowledge, Reader table) {
        knowledge.countries().forEach(c -> countries.add(c.iso3()));
        knowledge.agents().forEach(a -> agents.add(a.code()));
        for (Tsv.Row r : Tsv.read(FILE, table, List.of("code", "means", "value", "note"))) {
            String code = r.get(0).strip();
            String value = r.get(2).strip();
            switch (r.get(1).strip()) {
                case "country" -> countryAliases.put(code, value);
                case "sector" -> sectorAliases.put(code, value);
                case "organization" -> organizations.put(code, knowledge.organization(value).orElseThrow(
                        () -> new IllegalArgumentException(r.where() + ": no organisation with key " + value)));
                default -> throw new IllegalArgumentException(r.where() + ": unknown meaning '" + r.get(1) + "'");
            }
        }
    }

    /** The bundled table, read against the given knowledge. */
    public static CameoCodes bundled(ActorKnowledge knowledge) {
        return new CameoCodes(knowledge,
                new InputStreamReader(CameoCodes.class.getResourceAsStream(FILE), StandardCharsets.UTF_8));
    }

    /** A code's meaning; empty for the null code ("---") or a code with no block Vigil knows. */
    public Decoded decode(String code) {
        return decode(code, Set.of());
    }

    /**
     * A code's meaning where a dictionary defines states of its own: {@code states} are first blocks to read as a
     * state though Vigil's tables do not know them (a fictional or former state a user's dictionary codes).
     */
    public Decoded decode(String code, Set<String> states) {
        String c = code.replace("~", "").strip().toUpperCase(Locale.ROOT);
        int blocks = c.length() / 3;
        String country = null;
        String organization = null;
        String sector = null;
        int next = 0;
        for (int n = blocks; n > 0 && organization == null; n--) {
            Organization o = organizations.get(c.substring(0, 3 * n));
            if (o != null) {
                organization = o.canonical();
                country = o.country();
                sector = o.sector();
                next = n;
            }
        }
        // an agent block after an organisation says which of its parts acts: IGOWSTNATMIL is NATO's military
        boolean organizationSector = organization != null;
        for (int i = next; i < blocks; i++) {
            String block = c.substring(3 * i, 3 * i + 3);
            String asCountry = countryAliases.getOrDefault(block, block);
            String asSector = sectorAliases.getOrDefault(block, block);
            if (i == 0 && (countries.contains(asCountry) || states.contains(block))) {
                country = asCountry;
            } else if ((sector == null || organizationSector) && agents.contains(asSector)) {
                sector = asSector;
                organizationSector = false;
            }
        }
        return new Decoded(country, organization, sector);
    }
}
