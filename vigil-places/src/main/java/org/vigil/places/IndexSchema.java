package org.vigil.places;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * How a place is laid out in the Lucene index, and read back. Names are indexed as whole keys (see
 * {@link NameKey}) in three fields, one per match kind, so a single query finds every candidate and its score
 * tells which kind of match it was.
 */
final class IndexSchema {
    /** Bump when fields or sources change: an index with another version is rebuilt. */
    static final String VERSION = "vigil-gazetteer 2";

    private static final String ID = "id";
    private static final String NAME = "name";
    private static final String EXACT = "exact";
    private static final String ALTERNATE = "alternate";
    private static final String FOLDED = "folded";
    private static final String DEMONYM = "demonym";
    private static final String COUNTRY2 = "country2";
    private static final String COUNTRY3 = "country3";
    private static final String ADMIN1 = "admin1";
    private static final String ADMIN1_NAME = "admin1name";
    private static final String FEATURE_CLASS = "fclass";
    private static final String FEATURE_CODE = "fcode";
    private static final String POPULATION = "population";
    private static final String LAT = "lat";
    private static final String LON = "lon";

    // Scores of the name query's clauses: an exact match also matches folded, so it scores 4 + 1.
    private static final float EXACT_SCORE = 4;
    private static final float ALTERNATE_SCORE = 2;
    private static final float FOLDED_SCORE = 1;

    private IndexSchema() {
    }

    static Document toDocument(GazetteerEntry entry) {
        Document doc = new Document();
        doc.add(new StringField(ID, entry.id(), Field.Store.YES));
        doc.add(new StoredField(NAME, entry.name()));
        addKeys(doc, EXACT, Set.of(NameKey.plain(entry.name())));
        Set<String> alternates = new LinkedHashSet<>();
        Set<String> folded = new LinkedHashSet<>();
        folded.add(NameKey.folded(entry.name()));
        for (String alternate : entry.alternateNames()) {
            alternates.add(NameKey.plain(alternate));
            folded.add(NameKey.folded(alternate));
        }
        addKeys(doc, ALTERNATE, alternates);
        addKeys(doc, FOLDED, folded);
        Set<String> demonyms = new LinkedHashSet<>();
        entry.demonyms().forEach(d -> demonyms.add(NameKey.folded(d)));
        addKeys(doc, DEMONYM, demonyms);
        store(doc, COUNTRY2, entry.countryIso2());
        store(doc, COUNTRY3, entry.countryIso3());
        store(doc, ADMIN1, entry.admin1Code());
        store(doc, ADMIN1_NAME, entry.admin1Name());
        store(doc, FEATURE_CLASS, entry.featureClass());
        store(doc, FEATURE_CODE, entry.featureCode());
        doc.add(new StoredField(POPULATION, entry.population()));
        doc.add(new StoredField(LAT, entry.lat()));
        doc.add(new StoredField(LON, entry.lon()));
        return doc;
    }

    /** Every place the name may be, scored so that {@link #matchOf} can tell how each one matched. */
    static Query nameQuery(String name) {
        return new BooleanQuery.Builder()
                .add(clause(EXACT, NameKey.plain(name), EXACT_SCORE), BooleanClause.Occur.SHOULD)
                .add(clause(ALTERNATE, NameKey.plain(name), ALTERNATE_SCORE), BooleanClause.Occur.SHOULD)
                .add(clause(FOLDED, NameKey.folded(name), FOLDED_SCORE), BooleanClause.Occur.SHOULD)
                .build();
    }

    static Query demonymQuery(String adjective) {
        return new TermQuery(new Term(DEMONYM, NameKey.folded(adjective)));
    }

    static MatchKind matchOf(float score) {
        if (score >= EXACT_SCORE) {
            return MatchKind.EXACT;
        }
        return score >= ALTERNATE_SCORE ? MatchKind.ALTERNATE : MatchKind.FOLDED;
    }

    static Candidate toCandidate(Document doc, MatchKind match) {
        return new Candidate(doc.get(ID), doc.get(NAME), match, doc.get(FEATURE_CLASS), doc.get(FEATURE_CODE),
                doc.get(COUNTRY2), doc.get(COUNTRY3), doc.get(ADMIN1), doc.get(ADMIN1_NAME),
                doc.getField(POPULATION).numericValue().longValue(), doc.getField(LAT).numericValue().doubleValue(),
                doc.getField(LON).numericValue().doubleValue());
    }

    private static Query clause(String field, String key, float score) {
        return new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(field, key))), score);
    }

    private static void addKeys(Document doc, String field, Set<String> keys) {
        for (String key : keys) {
            if (!key.isEmpty()) {
                doc.add(new StringField(field, key, Field.Store.NO));
            }
        }
    }

    private static void store(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }
}
