package org.vigil.places;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * GeoNames places (cities of 500 people or more, countries, first- and second-level divisions, continents and a
 * few regions) looked up by name. Thread-safe; lookups are cached, since a news stream names the same places
 * over and over.
 */
public final class Gazetteer implements AutoCloseable {
    private static final int CACHE_SIZE = 50_000;
    /** How many places a name is looked up with: stages that ask with this share one cached answer. */
    public static final int CANDIDATES = 200;

    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final LruCache<String, List<Candidate>> cache = new LruCache<>(CACHE_SIZE);

    private Gazetteer(Path indexDir) throws IOException {
        directory = FSDirectory.open(indexDir);
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    /**
     * The gazetteer in the default index folder ({@code vigil.gazetteer.index}, else
     * {@code vigil-data/gazetteer-index}), built there on first use from the npm data.
     */
    public static Gazetteer open() {
        return open(GazetteerIndex.defaultDirectory());
    }

    /** The gazetteer in {@code indexDir}, built there first unless a complete index is present. */
    public static Gazetteer open(Path indexDir) {
        try {
            return new Gazetteer(GazetteerIndex.ensure(indexDir, GazetteerData::locate));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the gazetteer index in " + indexDir, e);
        }
    }

    /**
     * Places the name may refer to: by preferred name, by alternate name (translations, other scripts such as
     * "Москва" or "北京", official and short forms) or once accents and punctuation are folded away. Best match
     * first, then most populous; at most {@code max}. Empty for a blank, overlong or unknown name.
     */
    public List<Candidate> candidates(String name, int max) {
        return lookup("n:", name, IndexSchema::nameQuery, IndexSchema::matchOf, max);
    }

    /** Countries and regions whose people or things the adjective describes ("Serbian" gives Serbia). */
    public List<Candidate> demonymCandidates(String adjective, int max) {
        return lookup("d:", adjective, IndexSchema::demonymQuery, score -> MatchKind.DEMONYM, max);
    }

    /** The country's capital (ISO3 code), the most populous where it has several; null when none is known. */
    public Candidate capitalOf(String iso3) {
        List<Candidate> capitals = lookup("c:", iso3, IndexSchema::capitalQuery, score -> MatchKind.EXACT, 1);
        return capitals.isEmpty() ? null : capitals.get(0);
    }

    private List<Candidate> lookup(String kind, String name, Function<String, Query> query,
                                   Function<Float, MatchKind> matchOf, int max) {
        if (NameKey.folded(name).isEmpty() || max <= 0) {
            return List.of();
        }
        // A name written as a code also searches codes, so "THE" and "the" are different lookups.
        String key = kind + max + ":" + (NameKey.isCode(name) ? "code:" : "") + NameKey.plain(name);
        return cache.get(key, k -> search(query.apply(name), matchOf, max));
    }

    private List<Candidate> search(Query query, Function<Float, MatchKind> matchOf, int max) {
        try {
            // Only the hits kept are read: a name like "San José" matches hundreds of places.
            TopFieldDocs hits = searcher.search(query, max, IndexSchema.lookupOrder(), true);
            StoredFields fields = searcher.storedFields();
            List<Candidate> found = new ArrayList<>(hits.scoreDocs.length);
            for (ScoreDoc hit : hits.scoreDocs) {
                found.add(IndexSchema.toCandidate(fields.document(hit.doc), matchOf.apply(hit.score)));
            }
            return List.copyOf(found);
        } catch (IOException e) {
            throw new UncheckedIOException("gazetteer lookup failed", e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
