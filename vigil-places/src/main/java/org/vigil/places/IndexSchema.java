package org.vigil.places;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/**
 * How a place is laid out in the Lucene index, and read back. Names are indexed as whole keys (see
 * {@link NameKey}) in four fields, one per kind of name match, so a single query finds every candidate and its
 * score tells which kind of match it was; alternate names written as codes ("UK", "THE") go to a fifth field
 * that only mentions written as codes search.
 */
final class IndexSchema {
    /** Bump when fields or the way sources are read change: an index with another version is rebuilt. */
    static final String VERSION = "vigil-gazetteer 9";
    /** The module's own tables the index is built from; an edit to any of them also rebuilds it. */
    static final List<String> TABLES = List.of("geonames-countries.tsv", "country-aliases.tsv",
            "admin1-abbreviations.tsv", "division-words.tsv", "regions.tsv", "landmarks.tsv",
            "country-points.tsv", "division-adjectives.tsv", "division-points.tsv");

    private static final String ID = "id";
    private static final String NAME = "name";
    private static final String EXACT = "exact";
    private static final String FOLDED = "folded";
    private static final String ALTERNATE = "alternate";
    private static final String ALTERNATE_FOLDED = "alternatefolded";
    private static final String CODE = "code";
    private static final String DEMONYM = "demonym";
    private static final String COUNTRY2 = "country2";
    private static final String COUNTRY3 = "country3";
    private static final String ADMIN1 = "admin1";
    private static final String ADMIN1_NAME = "admin1name";
    /** A capital's country (ISO3), so that a body seated there is found from its country. */
    private static final String CAPITAL_OF = "capitalof";
    private static final String FEATURE_CLASS = "fclass";
    private static final String FEATURE_CODE = "fcode";
    private static final String POPULATION = "population";
    private static final String LAT = "lat";
    private static final String LON = "lon";

    // Scores of the name query's clauses, powers of two so that the sum tells the best clause that matched.
    private static final float EXACT_SCORE = 8;
    private static final float FOLDED_SCORE = 4;
    private static final float ALTERNATE_SCORE = 2;
    private static final float ALTERNATE_FOLDED_SCORE = 1;

    private IndexSchema() {
    }

    static Document toDocument(GazetteerEntry entry) {
        Document doc = new Document();
        doc.add(new StringField(ID, entry.id(), Field.Store.YES));
        doc.add(new StoredField(NAME, entry.name()));
        addKeys(doc, EXACT, Set.of(NameKey.plain(entry.name())));
        addKeys(doc, FOLDED, Set.of(NameKey.folded(entry.name())));
        Set<String> alternates = new LinkedHashSet<>();
        Set<String> alternatesFolded = new LinkedHashSet<>();
        Set<String> codes = new LinkedHashSet<>();
        for (String alternate : entry.alternateNames()) {
            if (NameKey.isCode(alternate)) {
                codes.add(NameKey.folded(alternate));
            } else {
                alternates.add(NameKey.plain(alternate));
                alternatesFolded.add(NameKey.folded(alternate));
            }
        }
        addKeys(doc, ALTERNATE, alternates);
        addKeys(doc, ALTERNATE_FOLDED, alternatesFolded);
        addKeys(doc, CODE, codes);
        Set<String> demonyms = new LinkedHashSet<>();
        entry.demonyms().forEach(d -> demonyms.add(NameKey.folded(d)));
        addKeys(doc, DEMONYM, demonyms);
        store(doc, COUNTRY2, entry.countryIso2());
        store(doc, COUNTRY3, entry.countryIso3());
        store(doc, ADMIN1, entry.admin1Code());
        store(doc, ADMIN1_NAME, entry.admin1Name());
        store(doc, FEATURE_CLASS, entry.featureClass());
        store(doc, FEATURE_CODE, entry.featureCode());
        if ("PPLC".equals(entry.featureCode()) && entry.countryIso3() != null) {
            doc.add(new StringField(CAPITAL_OF, entry.countryIso3(), Field.Store.NO));
        }
        doc.add(new StoredField(POPULATION, entry.population()));
        doc.add(new NumericDocValuesField(POPULATION, entry.population()));
        doc.add(new StoredField(LAT, entry.lat()));
        doc.add(new StoredField(LON, entry.lon()));
        return doc;
    }

    /** Every place the name may be, scored so that {@link #matchOf} can tell how each one matched. */
    static Query nameQuery(String name) {
        String plain = NameKey.plain(name);
        String folded = NameKey.folded(name);
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(clause(EXACT, plain, EXACT_SCORE), BooleanClause.Occur.SHOULD)
                .add(clause(FOLDED, folded, FOLDED_SCORE), BooleanClause.Occur.SHOULD)
                .add(clause(ALTERNATE, plain, ALTERNATE_SCORE), BooleanClause.Occur.SHOULD)
                .add(clause(ALTERNATE_FOLDED, folded, ALTERNATE_FOLDED_SCORE), BooleanClause.Occur.SHOULD);
        if (NameKey.isCode(name)) {
            query.add(clause(CODE, folded, ALTERNATE_SCORE), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    /** Best match first (the query's score says which), then most populous, so the top hits are the ones kept. */
    static Sort lookupOrder() {
        return new Sort(SortField.FIELD_SCORE, new SortField(POPULATION, SortField.Type.LONG, true));
    }

    static Query demonymQuery(String adjective) {
        return new TermQuery(new Term(DEMONYM, NameKey.folded(adjective)));
    }

    static Query capitalQuery(String iso3) {
        return new TermQuery(new Term(CAPITAL_OF, iso3));
    }

    static MatchKind matchOf(float score) {
        if (score >= EXACT_SCORE) {
            return MatchKind.EXACT;
        }
        if (score >= FOLDED_SCORE) {
            return MatchKind.FOLDED;
        }
        return score >= ALTERNATE_SCORE ? MatchKind.ALTERNATE : MatchKind.ALTERNATE_FOLDED;
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
