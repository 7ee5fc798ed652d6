package org.vigil.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.model.Article;

class WireReaderTest {
    private final WireReader reader = new WireReader();

    @Test
    void readsHeadlineDateAndBody() throws BadInputException {
        String text = "Troops move to the border\n\nOct 2, 2023\n\nPRISTINA, Kosovo (Reuters) - Kosovo said.\n"
                + "Serbia denied it.\n";
        Article article = reader.read("a1", "in/a1.txt", text);

        assertThat(article.id()).isEqualTo("a1");
        assertThat(article.origin()).isEqualTo("in/a1.txt");
        assertThat(article.title()).isEqualTo("Troops move to the border");
        assertThat(article.published()).isEqualTo(LocalDate.of(2023, 10, 2));
        assertThat(article.datelinePlace()).isEqualTo("Pristina, Kosovo");
        assertThat(article.text()).isEqualTo("PRISTINA, Kosovo (Reuters) - Kosovo said.\nSerbia denied it.");
        assertThat(article.language()).isEqualTo("en");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sep 30, 2023", "September 30, 2023", "30 September 2023", "2023-09-30",
            "Sat, 30 Sep 2023"})
    void readsEachDateLineForm(String dateLine) throws BadInputException {
        Article article = reader.read("a", "a.txt", "Headline\n" + dateLine + "\nBEIRUT: Body.");
        assertThat(article.published()).isEqualTo(LocalDate.of(2023, 9, 30));
        assertThat(article.text()).isEqualTo("BEIRUT: Body.");
    }

    @Test
    void withoutADateLineTheBodyFollowsTheHeadline() throws BadInputException {
        Article article = reader.read("a", "a.txt", "Headline\n\nKYIV, Ukraine — Drones struck.\n\nMore.");
        assertThat(article.title()).isEqualTo("Headline");
        assertThat(article.published()).isNull();
        assertThat(article.text()).isEqualTo("KYIV, Ukraine — Drones struck.\n\nMore.");
        assertThat(article.datelinePlace()).isEqualTo("Kyiv, Ukraine");
    }

    @Test
    void aFileOpeningWithItsDateHasNoHeadline() throws BadInputException {
        Article article = reader.read("a", "a.txt", "2023-09-30\nThe body.");
        assertThat(article.title()).isNull();
        assertThat(article.published()).isEqualTo(LocalDate.of(2023, 9, 30));
        assertThat(article.text()).isEqualTo("The body.");
    }

    @Test
    void aFirstLineTooLongForAHeadlineIsBody() throws BadInputException {
        String paragraph = "word ".repeat(WireReader.MAX_HEADLINE / 5 + 1).strip();
        Article article = reader.read("a", "a.txt", paragraph + "\nSecond paragraph.");
        assertThat(article.title()).isNull();
        assertThat(article.text()).isEqualTo(paragraph + "\nSecond paragraph.");
    }

    @Test
    void aBodyWithoutDatelineHasNoDatelinePlace() throws BadInputException {
        assertThat(reader.read("a", "a.txt", "Headline\nSep 30, 2023\nThe army moved.").datelinePlace()).isNull();
    }

    @Test
    void aLoneLineIsTheBody() throws BadInputException {
        Article article = reader.read("a", "a.txt", "\nSerbian police detained two journalists.\n");
        assertThat(article.title()).isNull();
        assertThat(article.text()).isEqualTo("Serbian police detained two journalists.");
    }

    @Test
    void aHeadlineWithoutBodyIsBadInput() {
        assertThatThrownBy(() -> reader.read("a", "in/a.txt", "Headline only\n\nSep 30, 2023\n\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("in/a.txt: no body text after the headline");
    }

    @Test
    void readsTheSeedReport() throws Exception {
        String shared = System.getProperty("vigil.shared");
        assumeTrue(shared != null, "vigil.shared is not set");
        Path seed = Path.of(shared, "seed", "000_6f4a12cc5c38a6ff.txt");
        assumeTrue(Files.isRegularFile(seed), "no seed report at " + seed);

        List<Outcome> outcomes;
        try (var stream = new ArticleInputs().read(List.of(seed))) {
            outcomes = stream.toList();
        }

        assertThat(outcomes).singleElement().isInstanceOf(Outcome.Success.class);
        Article article = ((Outcome.Success) outcomes.get(0)).article();
        assertThat(article.id()).isEqualTo("000_6f4a12cc5c38a6ff");
        assertThat(article.title()).isEqualTo("US expresses concern over Serbian military build-up near Kosovo border");
        assertThat(article.published()).isEqualTo(LocalDate.of(2023, 9, 30));
        assertThat(article.datelinePlace()).isEqualTo("Washington, DC");
        assertThat(article.text()).startsWith("Washington, DC [US], October 1 : The United States has expressed")
                .endsWith("Al Jazeera reported.")
                .contains("“It’s worrisome.");
    }
}
