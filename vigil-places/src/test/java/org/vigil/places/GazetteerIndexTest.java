package org.vigil.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerIndexTest {

    /** Stands in for the npm data: counts the builds that asked for it, and has none to give. */
    private static final class NoData implements Supplier<GazetteerData> {
        final AtomicInteger asked = new AtomicInteger();

        @Override
        public GazetteerData get() {
            asked.incrementAndGet();
            throw new IllegalStateException("no data here");
        }
    }

    @Test
    void aCompleteIndexIsReusedWithoutTheData() {
        TestGazetteer.gazetteer();
        NoData data = new NoData();
        assertThat(GazetteerIndex.ensure(TestGazetteer.INDEX, data)).isEqualTo(TestGazetteer.INDEX);
        assertThat(data.asked).hasValue(0);
        try (Gazetteer reopened = Gazetteer.open(TestGazetteer.INDEX)) {
            assertThat(reopened.candidates("Tbilisi", 1)).extracting(Candidate::id).containsExactly("611717");
        }
    }

    @Test
    void aFolderWithoutTheMarkerIsRebuilt(@TempDir Path dir) throws IOException {
        Path index = dir.resolve("index");
        Files.createDirectories(index);
        Files.writeString(index.resolve("_0.cfs"), "half-written");
        NoData data = new NoData();
        assertThatThrownBy(() -> GazetteerIndex.ensure(index, data)).hasMessageContaining("no data here");
        assertThat(data.asked).hasValue(1);
        assertThat(GazetteerIndex.isComplete(index)).isFalse();
        assertThat(dir.toFile().list()).containsExactly("index");
    }

    @Test
    void anIndexFromAnotherVersionIsRebuilt(@TempDir Path dir) throws IOException {
        TestGazetteer.gazetteer();
        Files.writeString(dir.resolve(GazetteerIndex.MARKER), "vigil-gazetteer 0 0000\n");
        assertThat(GazetteerIndex.isComplete(dir)).isFalse();
        assertThat(GazetteerIndex.isComplete(TestGazetteer.INDEX)).isTrue();
    }
}
