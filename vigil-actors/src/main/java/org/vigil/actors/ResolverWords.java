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
 * The function words and agent codes the resolver reads grammar by, from resolver-words.tsv (its header comments
 * explain each use).
 *
 * @param places              prepositions that make a name a place ("in", "near")
 * @param owners              prepositions whose noun owns the phrase ("of", "from")
 * @param backing             lemmas of participles that make a state a backer, not an owner ("Turkish-backed")
 * @param namingVerbs         lemmas of verbs that give a noun its name ("know" as in "known as")
 * @param former              modifiers that make an office holder a former one
 * @param organizationSectors agent codes for kinds of organisation (IGO, NGO ...)
 * @param staffSectors        agent codes of role words for people who work for some body ("spokesman": GOV)
 * @param voices              lemmas of role words whose for-phrase names whom they speak for ("spokesman")
 * @param statePairs          plural names that stand for two states at once ("Koreas"), with the states' codes
 * @param followers           lemmas of nouns for people who side with or against a body, which the body's role word
 *                            before them does not name ("government supporters", "army critics")
 * @param doers               role words that, tagged as adjectives before a noun, still name who does or holds it
 *                            ("a rebel attack", "militant bases")
 * @param missions            lemmas of role words for a state's missions and envoys abroad ("embassy", "ambassador"),
 *                            which a state they are in does not own
 * @param regions             names of regions that span several states ("South America"), which name none of them
 * @param plainSectors        agent codes of role words that say only what kind of people the others are ("civilian":
 *                            CVL), so that another role word in the phrase gives the sector
 * @param holdings            lemmas of nouns for what a body holds or does ("station", "attack"), the only heads a
 *                            role word before them names an actor of
 * @param locators            lemmas of nouns whose "of" or "between" phrase is a place, not an owner ("east of
 *                            Damascus", "flights between London and Amsterdam")
 */
record ResolverWords(Set<String> places, Set<String> owners, Set<String> backing, Set<String> namingVerbs,
                     Set<String> former, Set<String> organizationSectors, Set<String> staffSectors,
                     Set<String> voices, Map<String, List<String>> statePairs, Set<String> followers,
                     Set<String> doers, Set<String> missions, Set<String> regions, Set<String> plainSectors,
                     Set<String> holdings, Set<String> locators) {

    static final String FILE = "resolver-words.tsv";

    ResolverWords {
        places = Set.copyOf(places);
        owners = Set.copyOf(owners);
        backing = Set.copyOf(backing);
        namingVerbs = Set.copyOf(namingVerbs);
        former = Set.copyOf(former);
        organizationSectors = Set.copyOf(organizationSectors);
        staffSectors = Set.copyOf(staffSectors);
        voices = Set.copyOf(voices);
        statePairs = Map.copyOf(statePairs);
        followers = Set.copyOf(followers);
        doers = Set.copyOf(doers);
        missions = Set.copyOf(missions);
        regions = Set.copyOf(regions);
        plainSectors = Set.copyOf(plainSectors);
        holdings = Set.copyOf(holdings);
        locators = Set.copyOf(locators);
    }

    static ResolverWords bundled() {
        Reader in = new InputStreamReader(ResolverWords.class.getResourceAsStream(FILE), StandardCharsets.UTF_8);
        Set<String> places = new HashSet<>();
        Set<String> owners = new HashSet<>();
        Set<String> backing = new HashSet<>();
        Set<String> naming = new HashSet<>();
        Set<String> former = new HashSet<>();
        Set<String> organizations = new HashSet<>();
        Set<String> staff = new HashSet<>();
        Set<String> voices = new HashSet<>();
        Map<String, List<String>> pairs = new HashMap<>();
        Set<String> followers = new HashSet<>();
        Set<String> doers = new HashSet<>();
        Set<String> missions = new HashSet<>();
        Set<String> regions = new HashSet<>();
        Set<String> plain = new HashSet<>();
        Set<String> holdings = new HashSet<>();
        Set<String> locators = new HashSet<>();
        for (Tsv.Row r : Tsv.read(FILE, in, List.of("word", "use"))) {
            String word = r.get(0).strip();
            String use = r.get(1).strip();
            if (use.startsWith("states ")) {
                List<String> states = List.of(use.substring("states ".length()).strip().split("\\s+"));
                if (states.size() != 2) {
                    throw new IllegalArgumentException(r.where() + ": a state pair names two states, not " + states);
                }
                pairs.put(word.toLowerCase(Locale.ROOT), states);
                continue;
            }
            switch (use) {
                case "place" -> places.add(word.toLowerCase(Locale.ROOT));
                case "owner" -> owners.add(word.toLowerCase(Locale.ROOT));
                case "backing" -> backing.add(word.toLowerCase(Locale.ROOT));
                case "naming" -> naming.add(word.toLowerCase(Locale.ROOT));
                case "former" -> former.add(word.toLowerCase(Locale.ROOT));
                case "organization-sector" -> organizations.add(word);
                case "staff-sector" -> staff.add(word);
                case "voice" -> voices.add(word.toLowerCase(Locale.ROOT));
                case "follower" -> followers.add(word.toLowerCase(Locale.ROOT));
                case "doer" -> doers.add(word.toLowerCase(Locale.ROOT));
                case "mission" -> missions.add(word.toLowerCase(Locale.ROOT));
                case "region" -> regions.add(Names.key(word));
                case "plain-sector" -> plain.add(word);
                case "holding" -> holdings.add(word.toLowerCase(Locale.ROOT));
                case "locator" -> locators.add(word.toLowerCase(Locale.ROOT));
                default -> throw new IllegalArgumentException(r.where() + ": unknown use '" + r.get(1) + "'");
            }
        }
        return new ResolverWords(places, owners, backing, naming, former, organizations, staff, voices, pairs,
                followers, doers, missions, regions, plain, holdings, locators);
    }
}
