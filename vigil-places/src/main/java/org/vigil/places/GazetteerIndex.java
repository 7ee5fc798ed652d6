package org.vigil.places;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The on-disk index and its life: built once from the npm data, reused while its marker file says it is complete
 * and was built by the current {@link IndexSchema#VERSION} from the current tables. It is built in a sibling
 * folder and moved into place at the end, so a crash or a second process building at the same time never leaves
 * a half-written index that looks whole.
 */
final class GazetteerIndex {
    static final String PROPERTY = "vigil.gazetteer.index";
    static final String MARKER = "COMPLETE";

    private static final System.Logger LOG = System.getLogger(GazetteerIndex.class.getName());

    private GazetteerIndex() {
    }

    /** {@value #PROPERTY}, else {@code vigil-data/gazetteer-index} under the working directory. */
    static Path defaultDirectory() {
        return Path.of(System.getProperty(PROPERTY, "vigil-data/gazetteer-index")).toAbsolutePath();
    }

    static boolean isComplete(Path dir) {
        Path marker = dir.resolve(MARKER);
        try {
            return Files.isRegularFile(marker) && Files.readString(marker).strip().equals(stamp());
        } catch (IOException e) {
            return false;
        }
    }

    /** The schema version and a digest of the module's own tables, so editing a table rebuilds the index. */
    private static String stamp() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String table : IndexSchema.TABLES) {
                try (InputStream in = GazetteerIndex.class.getResourceAsStream(table)) {
                    digest.update(in.readAllBytes());
                }
            }
            return IndexSchema.VERSION + " " + HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The index in {@code dir}, built there first unless a complete one is present. */
    static Path ensure(Path dir, Supplier<GazetteerData> data) {
        if (isComplete(dir)) {
            return dir;
        }
        try {
            Files.createDirectories(dir.toAbsolutePath().getParent());
            Path staging = Files.createDirectory(dir.toAbsolutePath().resolveSibling(
                    dir.getFileName() + ".building-" + ProcessHandle.current().pid() + "-" + System.nanoTime()));
            try {
                long start = System.nanoTime();
                int count = write(staging, data.get());
                Files.writeString(staging.resolve(MARKER), stamp() + "\n", StandardCharsets.UTF_8);
                publish(staging, dir);
                LOG.log(System.Logger.Level.INFO, "gazetteer index of {0} places built in {1} s at {2}", count,
                        (System.nanoTime() - start) / 1_000_000_000, dir);
            } finally {
                deleteTree(staging);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the gazetteer index in " + dir, e);
        }
    }

    private static int write(Path staging, GazetteerData data) throws IOException {
        CountrySource countries = new CountrySource();
        DivisionSource divisions = new DivisionSource(data.admin1(), data.admin2());
        Map<String, String> iso3 = countries.iso3ByIso2();
        List<GazetteerEntry> cities = CitySource.read(data.cities500(), iso3, divisions.admin1Names());
        List<GazetteerEntry> all = new ArrayList<>(cities);
        all.addAll(countries.read(data.countries()));
        all.addAll(divisions.read(cities));
        all.addAll(RegionSource.read(iso3));
        IndexWriterConfig config = new IndexWriterConfig().setRAMBufferSizeMB(128)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (FSDirectory directory = FSDirectory.open(staging);
             IndexWriter writer = new IndexWriter(directory, config)) {
            for (GazetteerEntry entry : all) {
                writer.addDocument(IndexSchema.toDocument(entry));
            }
            writer.forceMerge(1);
        }
        return all.size();
    }

    /** Moves the staged index to {@code dir}, replacing an incomplete one; a complete one built meanwhile wins. */
    private static void publish(Path staging, Path dir) throws IOException {
        if (isComplete(dir)) {
            return;
        }
        deleteTree(dir);
        try {
            Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staging, dir);
        } catch (FileAlreadyExistsException e) {
            if (!isComplete(dir)) {
                throw e;
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
