package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.model.Json;

class CommandLineTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private int run(String... args) {
        return Main.commandLine().execute(args);
    }

    @Test
    void helpListsEveryCommandAndEachCommandHasAnExample() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("annotate", "actors", "code", "ingest", "export", "eval",
                "bench");
        for (String[] command : new String[][] {{"annotate", "--help"}, {"actors", "--help"}, {"code", "--help"}, {"ingest", "--help"},
                {"export", "--help"}, {"eval", "--help"}, {"eval", "plover", "--help"}, {"eval", "case", "--help"},
                {"eval", "geo", "--help"}, {"eval", "petrarch", "--help"}, {"bench", "--help"}, {"bench", "annotate", "--help"},
                {"bench", "code", "--help"}, {"bench", "store", "--help"}}) {
            out.reset();
            assertThat(run(command)).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("Example:");
        }
    }

    @Test
    void aBatchGoesOnPastBadInputsAndReportsThem(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a-good.txt"), "Talks resume in Geneva\n\nMar 4, 2024\n\nDiplomats from "
                + "both countries met in Geneva on Monday to resume talks.\n");
        Files.write(dir.resolve("b-binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 1, 2});
        Files.writeString(dir.resolve("c-empty.txt"), "");

        int code = run("annotate", dir.toString());

        String errors = err.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(1);
        assertThat(errors).contains("b-binary.txt: binary", "c-empty.txt: empty", "read 1, failed 2");
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines).hasSize(1);
        JsonNode doc = Json.MAPPER.readTree(lines[0]);
        assertThat(doc.at("/article/published").asText()).isEqualTo("2024-03-04");
        assertThat(doc.at("/times/0/value").asText()).isEqualTo("2024-03-04");
    }

    @Test
    void nothingToReadIsAnError(@TempDir Path dir) {
        assertThat(run("annotate", dir.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("read 0, failed 0", "no articles found");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThat(run("annotate", "no/such/report.txt")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no/such/report.txt: no such file");
    }
}
