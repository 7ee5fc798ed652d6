package org.vigil.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.model.Actor;
import org.vigil.model.ActorMention;
import org.vigil.model.AnnotatedDocument;
import org.vigil.model.Article;
import org.vigil.model.Json;
import org.vigil.model.Layer;
import org.vigil.model.TokenRange;

/** What the resolver gives besides codes: phrases and heads, reasons, order, the stage contract, the report. */
class ActorResolverTest {

    private static final ActorResolver RESOLVER = new ActorResolver();
    private static final LocalDate DAY = LocalDate.of(2023, 9, 30);

    private static List<ActorMention> resolve(String text, LocalDate date) {
        return RESOLVER.apply(Pipeline.annotate(text, date));
    }

    private static ActorMention mention(List<ActorMention> mentions, String text) {
        return mentions.stream().filter(m -> m.actor().text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in "
                        + mentions.stream().map(m -> m.actor().text()).toList()));
    }

    private static String head(String text, LocalDate date, ActorMention m) {
        AnnotatedDocument doc = Pipeline.annotate(text, date);
        return doc.sentences().get(m.tokens().sentence()).tokens().get(m.tokens().head()).text();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Albania's government accused Athens of delays.;Albania's government;government",
            "US Defense Secretary Lloyd Austin visited the base.;US Defense Secretary Lloyd Austin;Austin",
            "The African Union force in Somalia, known as AMISOM, pulled out of the town.;"
                    + "The African Union force in Somalia, known as AMISOM;force",
            "Heavily armed Bosnian Serb gunmen fired on the convoy.;Heavily armed Bosnian Serb gunmen;gunmen"})
    void aMentionIsTheWholePhraseWithItsHead(String text, String phrase, String head) {
        ActorMention m = mention(resolve(text, DAY), phrase);
        assertThat(head(text, DAY, m)).isEqualTo(head);
        assertThat(m.actor().span().of(text)).isEqualTo(phrase);
    }

    @Test
    void anOwnerIsAnActorOfItsOwnUnlessAMentionHoldsIt() {
        List<String> phrases = resolve("Kenya rejected the rebels' demands after the rebels' leader fled.", DAY)
                .stream().map(m -> m.actor().text()).toList();
        assertThat(phrases).containsExactly("Kenya", "the rebels", "the rebels' leader");
    }

    @Test
    void aBodyBeforeWhatItHoldsIsAMentionButNotBeforeThoseWhoSideWithIt() {
        List<String> phrases = resolve("Government supporters attacked a police station near an army post.", DAY)
                .stream().map(m -> m.actor().text()).toList();
        assertThat(phrases).containsExactly("police", "army");
    }

    @Test
    void aRoleWordBeforeAThingItNeitherHoldsNorDoesIsNoMention() {
        List<String> phrases = resolve("At a press conference, the party line on refugee status was read out in "
                + "the local government area after a rebel attack.", DAY).stream().map(m -> m.actor().text()).toList();
        assertThat(phrases).containsExactly("rebel");
    }

    @Test
    void aPlaceTheFilesLackCodesTheStateThePlacesPutItIn() {
        String text = "Police in Lagos arrested two journalists near Ibadan.";
        ActorResolver withPlaces = RESOLVER.withPlaces(name -> name.equals("Lagos") || name.equals("Ibadan")
                ? Optional.of("NGA") : Optional.empty());
        List<ActorMention> mentions = withPlaces.apply(Pipeline.annotate(text, DAY));
        assertThat(mention(mentions, "Police in Lagos").actor().code()).isEqualTo("NGACOP");
        assertThat(mention(mentions, "Ibadan").actor().code()).isEqualTo("NGA");
        assertThat(mention(mentions, "Ibadan").reason()).contains("a place in NGA (gazetteer)");
        assertThat(mention(resolve(text, DAY), "Ibadan").actor().country()).isNull();
    }

    @Test
    void twoOfficeHoldersSurnamesInOneSentenceVouchForEachOther() {
        LocalDate day = LocalDate.of(2020, 1, 1);
        List<ActorMention> both = resolve("Netanyahu criticized Arafat.", day);
        assertThat(mention(both, "Netanyahu").actor().code()).isEqualTo("ISRGOV");
        assertThat(mention(both, "Arafat").actor().country()).isEqualTo("PSE");
        assertThat(mention(resolve("Netanyahu spoke.", day), "Netanyahu").actor().country()).isNull();
    }

    @Test
    void aNamingClauseGivesItsNamesCode() {
        Actor a = mention(resolve("The African Union force in Somalia, known as AMISOM, pulled out of the town.", DAY),
                "The African Union force in Somalia, known as AMISOM").actor();
        assertThat(a.organization()).isEqualTo("AU");
        assertThat(a.sector()).isEqualTo("MIL");
        assertThat(a.code()).isEqualTo("AUMIL");
    }

    @Test
    void theReasonNamesTheWordsAndEntriesThatCoded() {
        ActorMention m = mention(resolve("Serbian President Aleksandar Vucic spoke.", DAY),
                "Serbian President Aleksandar Vucic");
        assertThat(m.reason()).contains("adjective 'Serbian' SRB", "title 'President' GOV",
                "people.tsv: Aleksandar Vučić, President of SRB, in office on 2023-09-30", "→ SRB GOV");
        ActorMention unknown = mention(resolve("Maria Lopez said the market had reopened.", DAY), "Maria Lopez");
        assertThat(unknown.actor().isUncoded()).isTrue();
        assertThat(unknown.reason()).contains("Maria Lopez");
    }

    @Test
    void anUndatedReportReadsOfficesAsCurrentlyHeld() {
        Article undated = new Article("undated", null, null, null, null, null, "en", "Mark Rutte visited Kyiv.", "test");
        ActorMention m = mention(RESOLVER.apply(Pipeline.annotate(undated)), "Mark Rutte");
        assertThat(m.actor().organization()).isEqualTo("NATO");
        assertThat(m.reason()).contains("undated");
    }

    @Test
    void mentionsComeInTextOrderOncePerPhrase() {
        List<ActorMention> mentions = resolve("Russian troops and Ukrainian soldiers clashed. He said Kyiv would "
                + "respond, and Moscow said the Kremlin would not.", DAY);
        Set<TokenRange> ranges = new HashSet<>();
        for (int i = 0; i < mentions.size(); i++) {
            assertThat(ranges.add(mentions.get(i).tokens())).as("unique range").isTrue();
            if (i > 0) {
                assertThat(mentions.get(i).actor().span().start())
                        .isGreaterThanOrEqualTo(mentions.get(i - 1).actor().span().start());
            }
        }
        assertThat(mentions).extracting(m -> m.actor().text()).doesNotContain("He");
    }

    @Test
    void theStageNeedsTheLanguageLayers() {
        assertThat(RESOLVER.name()).isEqualTo("actors");
        assertThat(RESOLVER.requires()).contains(Layer.ENTITIES, Layer.DEPENDENCIES, Layer.COREFERENCE);
        AnnotatedDocument full = Pipeline.annotate("Serbia protested.", DAY);
        AnnotatedDocument bare = new AnnotatedDocument(full.article(), EnumSet.of(Layer.TEXT, Layer.TOKENS),
                full.sentences(), full.entities(), full.times(), full.chains(), full.quotes());
        assertThatThrownBy(() -> RESOLVER.apply(bare)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs layer");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "", value = {
            "SRB;;GOV;SRBGOV", "SRB;;;SRB", ";NATO;IGO;NATO", ";NATO;MIL;NATOMIL", ";Islamic State;IMG;ISLAMICSTATE",
            "PSE;Hamas;REB;PSEREB", ";;GOV;", ";UN;;UN"})
    void theCodeIsOwnerThenSector(String country, String organization, String sector, String code) {
        Actor a = new Coding(country, organization, sector, null, "test").actor("x", null, ResolverWords.bundled());
        assertThat(a.code()).isEqualTo(code);
    }

    @Test
    void theReportPrintsOneLinePerMention() throws Exception {
        String text = "Kosovo's government accused Belgrade. Maria Lopez disagreed.";
        AnnotatedDocument doc = Pipeline.annotate(text, DAY);
        List<ActorMention> mentions = RESOLVER.apply(doc);
        List<String> lines = ActorReport.lines(doc, mentions);
        assertThat(lines).hasSameSizeAs(mentions);
        assertThat(lines).anySatisfy(l -> assertThat(l.split("\t")).startsWith(doc.article().id(), "[0,19]",
                "Kosovo's government", "XKXGOV", "country=XKX sector=GOV"));
        assertThat(lines).anySatisfy(l -> assertThat(l.split("\t")).contains("Maria Lopez", "-", "uncoded"));
        JsonNode first = Json.MAPPER.readTree(ActorReport.jsonLines(doc, mentions).get(0));
        assertThat(first.get("article").asText()).isEqualTo(doc.article().id());
        assertThat(first.get("head").asText()).isEqualTo("Kosovo");
        assertThat(first.get("actor").get("code").asText()).isEqualTo("XKX");
        assertThat(first.get("actor").get("span").get(1).asInt()).isEqualTo(6);
        assertThat(first.get("reason").asText()).contains("country 'Kosovo'");
    }
}
