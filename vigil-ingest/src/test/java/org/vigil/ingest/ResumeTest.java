package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.EventStore;
import org.vigil.store.StoreCounts;

class ResumeTest {
    static final int ARTICLES = 60;
    static final String[] WORDS = ("river mountain council budget harvest railway festival school bridge market"
            + " teacher doctor storm village museum harbour factory library orchard tunnel garden station theatre"
            + " highway forest valley bakery stadium canal castle").split(" ");

    @TempDir
    Path dir;

    @Test
    void killedRunStartedAgainFinishesWithNothingLostOrDoubled() throws Exception {
        Path in = dir.resolve("in");
        Random random = new Random(7);
        for (int i = 0; i < ARTICLES; i++) {
            StringBuilder body = new StringBuilder("Report ").append(i).append(" says");
            for (int w = 0; w < 60; w++) {
                body.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
            }
            Fixtures.write(in.resolve(String.format("a%03d.txt", i)), "Story " + i + "\n\n" + body + ".");
        }
        Path db = dir.resolve("store/vigil.duckdb");

        Process first = start(db, in);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int coded = 0;
            while ((line = out.readLine()) != null && coded < 15) {
                if (line.startsWith("coded ")) {
                    coded = Integer.parseInt(line.substring(6));
                }
            }
            assertThat(coded).as("the first run was under way").isGreaterThanOrEqualTo(15);
            first.destroyForcibly();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        Process second = start(db, in);
        String last = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(second.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("done ")) {
                    last = line;
                }
            }
        }
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).isZero();
        assertThat(last).isNotNull();
        String[] done = last.split(" ");
        int codedAgain = Integer.parseInt(done[1]);
        int duplicates = Integer.parseInt(done[2]);
        assertThat(codedAgain).as("the first run had stored some, and left some").isBetween(1, ARTICLES - 10);
        assertThat(codedAgain + duplicates).isEqualTo(ARTICLES);
        assertThat(Integer.parseInt(done[3])).isZero();

        try (EventStore store = EventStore.open(db.toString())) {
            StoreCounts counts = store.counts();
            assertThat(counts.articles()).isEqualTo(ARTICLES);
            assertThat(counts.events()).isEqualTo(ARTICLES);
            assertThat(counts.evidence()).isEqualTo(ARTICLES);
            assertThat(counts.stories()).isEqualTo(ARTICLES);
            for (int i = 0; i < ARTICLES; i++) {
                assertThat(store.article(String.format("a%03d", i))).as("article %d", i).isPresent();
            }
        }
    }

    private static Process start(Path db, Path in) throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        return new ProcessBuilder(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                ResumeMain.class.getName(), db.toString(), in.toString(), "100"))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }
}
