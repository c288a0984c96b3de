package cn.scast.tianfu.matching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The most informative analysed terms of a source text, weighted by where they occur in the source and
 * by how rare they are in the index. Capping the number of terms keeps long descriptions from turning
 * into slow, unfocused queries.
 */
final class QueryTerms {
    static final int MAX_TERMS = 24;

    /** A selected term, its weight in the source (field weight × frequency) and its informativeness. */
    record Weighted(String term, float sourceWeight, float informativeness) {}

    private final List<Weighted> terms;

    private QueryTerms(List<Weighted> terms) {
        this.terms = List.copyOf(terms);
    }

    List<Weighted> terms() {
        return terms;
    }

    boolean isEmpty() {
        return terms.isEmpty();
    }

    Weighted get(String term) {
        for (Weighted w : terms) {
            if (w.term().equals(term)) {
                return w;
            }
        }
        return null;
    }

    /** Terms of a listing: its keywords count more than its title, its title more than its description. */
    static QueryTerms of(MatchableListing source, Analyzer analyzer, IndexReader reader) throws IOException {
        Map<String, Float> weights = new LinkedHashMap<>();
        for (String field : ListingDocument.TEXT_FIELDS) {
            float weight = ListingDocument.fieldWeight(field);
            for (ChineseText.Token token : ChineseText.tokens(analyzer, field, ListingDocument.text(source, field))) {
                weights.merge(token.term(), weight, Float::sum);
            }
        }
        return select(weights, reader);
    }

    /** Terms of a free-text query: every occurrence counts the same. */
    static QueryTerms of(String text, Analyzer analyzer, IndexReader reader) throws IOException {
        Map<String, Float> weights = new LinkedHashMap<>();
        for (ChineseText.Token token : ChineseText.tokens(analyzer, ListingDocument.TITLE, text)) {
            weights.merge(token.term(), 1f, Float::sum);
        }
        return select(weights, reader);
    }

    private static QueryTerms select(Map<String, Float> weights, IndexReader reader) throws IOException {
        int docCount = Math.max(1, reader.numDocs());
        List<Weighted> candidates = new ArrayList<>();
        for (Map.Entry<String, Float> e : weights.entrySet()) {
            int df = 0;
            for (String field : ListingDocument.TEXT_FIELDS) {
                df = Math.max(df, reader.docFreq(new Term(field, e.getKey())));
            }
            if (df == 0) {
                continue; // cannot match anything, only costs a clause
            }
            float idf = (float) Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
            candidates.add(new Weighted(e.getKey(), e.getValue(), e.getValue() * idf));
        }
        candidates.sort(Comparator.comparing(Weighted::informativeness).reversed().thenComparing(Weighted::term));
        return new QueryTerms(candidates.subList(0, Math.min(MAX_TERMS, candidates.size())));
    }

    /**
     * One SHOULD clause per term and target field. The boost multiplies the target field's weight by the
     * square root of the source weight, so repeated source terms help without drowning the rest; BM25
     * contributes rarity and length normalisation on the candidate side.
     */
    Query toQuery(IndexReader reader) throws IOException {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (Weighted w : terms) {
            float sourceBoost = (float) Math.sqrt(w.sourceWeight());
            for (String field : ListingDocument.TEXT_FIELDS) {
                Term term = new Term(field, w.term());
                if (reader.docFreq(term) > 0) {
                    builder.add(new BoostQuery(new TermQuery(term), ListingDocument.fieldWeight(field) * sourceBoost),
                            BooleanClause.Occur.SHOULD);
                }
            }
        }
        return builder.build();
    }
}
