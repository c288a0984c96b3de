package cn.scast.tianfu.matching;

import cn.scast.tianfu.listing.MarketSide;

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
import org.apache.lucene.search.TermQuery;

/**
 * The most informative analysed terms of a source text, weighted by where they occur in the source and
 * by how rare they are in the index. Capping the number of terms keeps long descriptions from turning
 * into slow, unfocused queries.
 */
final class QueryTerms {
    static final int MAX_TERMS = 16;

    /** A selected term, its weight in the source (field weight × frequency) and its informativeness. */
    record Weighted(String term, float sourceWeight, float informativeness) {}

    /** A source text and its tokens, kept so explanations need not segment the source again. */
    record SourceText(String text, List<ChineseText.Token> tokens) {}

    private final List<Weighted> terms;
    private final List<SourceText> sources;

    private QueryTerms(List<Weighted> terms, List<SourceText> sources) {
        this.terms = List.copyOf(terms);
        this.sources = List.copyOf(sources);
    }

    /** The analysed source texts in display-priority order. */
    List<SourceText> sources() {
        return sources;
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
    static QueryTerms of(MatchableListing source, MarketSide target, Analyzer analyzer, IndexReader reader) throws IOException {
        Map<String, Float> weights = new LinkedHashMap<>();
        List<SourceText> sources = new ArrayList<>();
        for (String field : ListingDocument.TEXT_FIELDS) {
            float weight = ListingDocument.fieldWeight(field);
            String text = ListingDocument.text(source, field);
            List<ChineseText.Token> tokens = ChineseText.tokens(analyzer, field, text);
            sources.add(new SourceText(text, tokens));
            for (ChineseText.Token token : tokens) {
                weights.merge(token.term(), weight, Float::sum);
            }
        }
        return select(weights, sources, target, reader);
    }

    /** Terms of a free-text query: every occurrence counts the same. */
    static QueryTerms of(String text, MarketSide target, Analyzer analyzer, IndexReader reader) throws IOException {
        Map<String, Float> weights = new LinkedHashMap<>();
        String safe = text == null ? "" : text;
        List<ChineseText.Token> tokens = ChineseText.tokens(analyzer, ListingDocument.TITLE, safe);
        for (ChineseText.Token token : tokens) {
            weights.merge(token.term(), 1f, Float::sum);
        }
        return select(weights, List.of(new SourceText(safe, tokens)), target, reader);
    }

    private static QueryTerms select(Map<String, Float> weights, List<SourceText> sources, MarketSide target,
                                     IndexReader reader) throws IOException {
        int docCount = Math.max(1, reader.getDocCount(ListingDocument.indexed(ListingDocument.TITLE, target)));
        List<Weighted> candidates = new ArrayList<>();
        for (Map.Entry<String, Float> e : weights.entrySet()) {
            int df = 0;
            for (String field : ListingDocument.TEXT_FIELDS) {
                df = Math.max(df, reader.docFreq(new Term(ListingDocument.indexed(field, target), e.getKey())));
            }
            if (df == 0) {
                continue; // cannot match anything, only costs a clause
            }
            float idf = (float) Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
            candidates.add(new Weighted(e.getKey(), e.getValue(), e.getValue() * idf));
        }
        candidates.sort(Comparator.comparing(Weighted::informativeness).reversed().thenComparing(Weighted::term));
        return new QueryTerms(candidates.subList(0, Math.min(MAX_TERMS, candidates.size())), sources);
    }

    /**
     * One SHOULD clause per term and target field. The boost multiplies the target field's weight by the
     * square root of the source weight, so repeated source terms help without drowning the rest; BM25
     * contributes rarity and length normalisation on the candidate side.
     */
    BooleanQuery.Builder toQuery(MarketSide target, IndexReader reader) throws IOException {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (Weighted w : terms) {
            float sourceBoost = (float) Math.sqrt(w.sourceWeight());
            for (String field : ListingDocument.TEXT_FIELDS) {
                Term term = new Term(ListingDocument.indexed(field, target), w.term());
                if (reader.docFreq(term) > 0) {
                    builder.add(new BoostQuery(new TermQuery(term), ListingDocument.fieldWeight(field) * sourceBoost),
                            BooleanClause.Occur.SHOULD);
                }
            }
        }
        return builder;
    }
}
