package cn.scast.tianfu.matching;

import cn.scast.tianfu.listing.MarketSide;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Fields;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Finds listings on the opposite side that fit a listing or a free-text query, and says why.
 * (Named ListingMatcher rather than Matcher to avoid clashing with java.util.regex.Matcher.)
 *
 * <p>Excluded ids (declined pairs) refer to listings of the side being searched.
 *
 * <p>Score = BM25 text relevance over keywords/title/description × taxonomy factors (discipline,
 * industry, city). Candidates must share at least one informative term: a shared code alone is not
 * a reason to propose a listing. Equal scores are ordered by listing id ascending. Thread-safe.
 */
public final class ListingMatcher {
    /** Ties on score are broken by id so repeated calls and pages are stable. */
    private static final Sort BY_SCORE_THEN_ID = new Sort(
            SortField.FIELD_SCORE, new SortField(ListingDocument.ID_SORT, SortField.Type.LONG));

    private final ListingIndex index;

    public ListingMatcher(ListingIndex index) {
        this.index = index;
    }

    /** Listings of the opposite side that fit the source listing (which need not be indexed itself). */
    public List<Match> matchesFor(MatchableListing source, MatchQuery query) throws IOException {
        return index.withSearcher(searcher -> {
            QueryTerms terms = QueryTerms.of(source, source.side().opposite(), index.analyzer(), searcher.getIndexReader());
            // The source itself needs no exclusion: it is on the other side, and ids may repeat across sides.
            return run(searcher, terms, source.side().opposite(), TaxonomyBoost.of(source),
                    query.excludedIds(), query.limit());
        });
    }

    /** Listings of the given side that fit a free-text query such as 「石墨烯 储能」. */
    public List<Match> search(String text, MarketSide side, MatchQuery query) throws IOException {
        return index.withSearcher(searcher -> {
            QueryTerms terms = QueryTerms.of(text, side, index.analyzer(), searcher.getIndexReader());
            return run(searcher, terms, side, TaxonomyBoost.none(),
                    query.excludedIds(), query.limit());
        });
    }

    private List<Match> run(IndexSearcher searcher, QueryTerms terms, MarketSide side,
                            TaxonomyBoost boost, Set<Long> excluded, int limit) throws IOException {
        if (terms.isEmpty()) {
            return List.of();
        }
        // Text fields are per side, so matching them already restricts hits to the wanted side; keeping the
        // query a flat disjunction (plus exclusions) lets Lucene use its fastest top-k strategy.
        BooleanQuery.Builder builder = terms.toQuery(side, searcher.getIndexReader());
        if (!excluded.isEmpty()) {
            List<BytesRef> keys = new ArrayList<>(excluded.size());
            for (Long id : excluded) {
                keys.add(new BytesRef(ListingDocument.keyText(side, id)));
            }
            builder.add(new TermInSetQuery(ListingDocument.KEY, keys), BooleanClause.Occur.MUST_NOT);
        }
        Query query = new TaxonomyBoostQuery(builder.build(), boost);
        TopDocs top = searcher.search(query, limit, BY_SCORE_THEN_ID, true);

        StoredFields stored = searcher.storedFields();
        TermVectors vectors = searcher.getIndexReader().termVectors();
        List<Match> matches = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc hit : top.scoreDocs) {
            ListingDocument.Stored candidate = ListingDocument.Stored.of(stored.document(hit.doc));
            StringBuilder candidateText = new StringBuilder();
            for (String field : ListingDocument.TEXT_FIELDS) {
                candidateText.append(candidate.text(field)).append('\n');
            }
            List<MatchReason> reasons = new ArrayList<>();
            List<String> shared = SharedTerms.between(terms, candidateTerms(vectors.get(hit.doc), side), candidateText.toString());
            if (!shared.isEmpty()) {
                reasons.add(new MatchReason(MatchReasonType.SHARED_TERMS, String.join(SharedTerms.SEPARATOR, shared)));
            }
            reasons.addAll(boost.reasons(candidate));
            matches.add(new Match(candidate.id(), hit.score, reasons));
        }
        return matches;
    }

    private static Set<String> candidateTerms(Fields fields, MarketSide side) throws IOException {
        Set<String> result = new HashSet<>();
        if (fields == null) {
            return result;
        }
        for (String field : ListingDocument.TEXT_FIELDS) {
            Terms terms = fields.terms(ListingDocument.indexed(field, side));
            if (terms != null) {
                TermsEnum it = terms.iterator();
                for (BytesRef term = it.next(); term != null; term = it.next()) {
                    result.add(term.utf8ToString());
                }
            }
        }
        return result;
    }
}
