package org.vigil.store;

import java.util.HashMap;
import java.util.Map;

/**
 * Vigil codes countries in ISO alpha-3; GDELT codes actors in CAMEO's three-letter codes (ISO alpha-3 but for a
 * few older codes) and geography in FIPS 10-4 two-letter codes. This translates, from countries.tsv.
 */
final class CountryCodes {
    private record Country(String fips, String cameo, String name) {
    }

    private static final Map<String, Country> BY_ISO3 = load();

    private CountryCodes() {
    }

    private static Map<String, Country> load() {
        Map<String, Country> countries = new HashMap<>();
        Resources.text("countries.tsv").lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .forEach(f -> countries.put(f[0], new Country(f[1], f[2], f[3])));
        return Map.copyOf(countries);
    }

    /** The FIPS 10-4 code, or "" when the country has none or is unknown. */
    static String fips(String iso3) {
        Country country = iso3 == null ? null : BY_ISO3.get(iso3);
        return country == null ? "" : country.fips();
    }

    /** The CAMEO country code; an unknown code passes through unchanged. */
    static String cameo(String iso3) {
        Country country = iso3 == null ? null : BY_ISO3.get(iso3);
        return country == null ? iso3 : country.cameo();
    }

    /** An actor code with its leading country translated to CAMEO's, e.g. ROUGOV to ROMGOV. */
    static String cameoActorCode(String code) {
        if (code == null || code.length() < 3) {
            return code;
        }
        return cameo(code.substring(0, 3)) + code.substring(3);
    }

    /** The English name, or the code itself when it is unknown. */
    static String name(String iso3) {
        Country country = iso3 == null ? null : BY_ISO3.get(iso3);
        return country == null ? iso3 : country.name();
    }
}
