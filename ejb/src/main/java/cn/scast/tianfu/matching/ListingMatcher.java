package cn.scast.tianfu.matching;

import cn.scast.tianfu.listing.MarketSide;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Fields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.BytesRef;

/**
 * Finds listings on the opposite side that fit a listing or a free-text query, and says why.
 * (Named ListingMatcher rather than Matcher to avoid clashing with java.util.regex.Matcher.)
 *
 * <p>Excluded ids (declined pairs) refer to listings of the side being searched.
 *
 * <p>Score = BM25 text relevance over keywords/title/description words and character bigrams × taxonomy
 * factors (discipline, industry, city, and penalties from declines). Candidates must share at least one
 * word worth showing ({@link SharedTerms}): a shared code or a stray bigram alone is not a reason to
 * propose a listing. Equal scores are ordered by listing id ascending. Thread-safe.
 */
public final class ListingMatcher {
    /** Extra hits fetched beyond the limit to make up for unexplainable ones. */
    private static final int SPARE_HITS = 10;
    /** Hits considered at least, whatever the limit: the implicit discipline is judged on them. */
    private static final int POOL = 20;

    private final ListingIndex index;
    private final MatchingWeights weights;

    public ListingMatcher(ListingIndex index) {
        this(index, MatchingWeights.TUNED);
    }

    ListingMatcher(ListingIndex index, MatchingWeights weights) {
        this.index = index;
        this.weights = weights;
    }

    /** Listings of the opposite side that fit the source listing (which need not be indexed itself). */
    public List<Match> matchesFor(MatchableListing source, MatchQuery query) throws IOException {
        return index.withSearcher(searcher -> {
            QueryTerms terms = QueryTerms.of(source, source.side().opposite(), index.analyzer(), searcher.getIndexReader(), weights);
            // The source itself needs no exclusion: it is on the other side, and ids may repeat across sides.
            return run(searcher, terms, source.side().opposite(), TaxonomyBoost.of(source, query),
                    query.excludedIds(), query.limit());
        });
    }

    /** Listings of the given side that fit a free-text query such as 「石墨烯 储能」. */
    public List<Match> search(String text, MarketSide side, MatchQuery query) throws IOException {
        return index.withSearcher(searcher -> {
            QueryTerms terms = QueryTerms.of(text, side, index.analyzer(), searcher.getIndexReader(), weights);
            return run(searcher, terms, side, TaxonomyBoost.none(),
                    query.excludedIds(), query.limit());
        });
    }

    private List<Match> run(IndexSearcher current, QueryTerms terms, MarketSide side,
                            TaxonomyBoost boost, Set<Long> excluded, int limit) throws IOException {
        if (terms.isEmpty()) {
            return List.of();
        }
        // A searcher of its own (cheap: it wraps the same reader) so the tuned BM25 parameters apply.
        IndexSearcher searcher = new IndexSearcher(current.getIndexReader());
        searcher.setSimilarity(weights.similarity());
        List<Term> excludedKeys = new ArrayList<>(excluded.size());
        for (Long id : excluded) {
            excludedKeys.add(ListingDocument.key(side, id));
        }
        // Hits that share no word worth showing (only a stray bigram) are dropped, so fetch some spare ones;
        // the pool does not depend on the limit below POOL, so a shorter page is a prefix of a longer one.
        int pool = Math.max(limit, POOL) + SPARE_HITS;
        // Text fields are per side, so matching them already restricts hits to the wanted side.
        List<TermAtATimeSearch.Hit> top = TermAtATimeSearch.best(searcher, terms.clauses(side), boost, excludedKeys, pool);

        StoredFields stored = searcher.storedFields();
        TermVectors vectors = searcher.getIndexReader().termVectors();
        List<Candidate> candidates = new ArrayList<>(top.size());
        for (TermAtATimeSearch.Hit hit : top) {
            ListingDocument.Stored candidate = ListingDocument.Stored.of(stored.document(hit.doc()));
            StringBuilder candidateText = new StringBuilder();
            for (String field : ListingDocument.TEXT_FIELDS) {
                candidateText.append(candidate.text(field)).append('\n');
            }
            List<String> shared = SharedTerms.between(terms, candidateTerms(vectors.get(hit.doc()), side), candidateText.toString());
            if (shared.isEmpty()) {
                continue; // a proposal must be explainable in words; a shared code alone is no reason either
            }
            List<MatchReason> reasons = new ArrayList<>();
            reasons.add(new MatchReason(MatchReasonType.SHARED_TERMS, String.join(SharedTerms.SEPARATOR, shared)));
            reasons.addAll(boost.reasons(candidate));
            candidates.add(new Candidate(new Match(candidate.id(), hit.score(), reasons), candidate.disciplineCode()));
        }
        if (!boost.hasDiscipline() && weights.implicitDiscipline() > 0) {
            candidates = favourImplicitDiscipline(candidates);
        }
        return candidates.stream().limit(limit).map(Candidate::match).toList();
    }

    private record Candidate(Match match, String discipline) {}

    /**
     * A source without a discipline code (a bare demand, a free-text search) still has one implicitly: that
     * of its best text matches. Each candidate gains in proportion to the score share of its discipline
     * among the best {@link #POOL} candidates, so proposals of a scattered list lean to the field the text
     * points at. No reason is added: the words already explain the match.
     */
    private List<Candidate> favourImplicitDiscipline(List<Candidate> candidates) {
        java.util.Map<String, Float> shares = new java.util.HashMap<>();
        float total = 0;
        for (Candidate c : candidates.subList(0, Math.min(POOL, candidates.size()))) {
            total += c.match().score();
            if (c.discipline() != null) {
                shares.merge(c.discipline(), c.match().score(), Float::sum);
            }
        }
        if (total <= 0 || shares.isEmpty()) {
            return candidates;
        }
        List<Candidate> rescored = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            float share = c.discipline() == null ? 0 : shares.getOrDefault(c.discipline(), 0f) / total;
            Match m = c.match();
            rescored.add(new Candidate(new Match(m.listingId(), m.score() * (1 + weights.implicitDiscipline() * share),
                    m.reasons()), c.discipline()));
        }
        rescored.sort(java.util.Comparator.comparing((Candidate c) -> c.match().score()).reversed()
                .thenComparing(c -> c.match().listingId()));
        return rescored;
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
