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

/**
 * The most informative analysed terms of a source text, weighted by where they occur in the source and
 * by how rare they are in the index: segmented words (stop words and single characters left out, see
 * {@link StopWords}) and character bigrams. Capping the number of terms keeps long descriptions from
 * turning into slow, unfocused queries.
 */
final class QueryTerms {
    static final int MAX_TERMS = 16;
    static final int MAX_GRAMS = 24;

    /**
     * A selected term, its weight in the source (field weight × frequency), its informativeness
     * (source weight × idf) and whether it carries weight: a word found in more than
     * {@link #COMMON_SHARE} of the listings (once there are {@link #RARITY_FROM} of them) says little about a pair.
     */
    record Weighted(String term, float sourceWeight, float informativeness, boolean carriesWeight) {}

    static final double COMMON_SHARE = 0.2;
    static final int RARITY_FROM = 20;

    /** A source text and its tokens, kept so explanations need not segment the source again. */
    record SourceText(String text, List<ChineseText.Token> tokens) {}

    private final List<Weighted> terms;
    private final List<Weighted> grams;
    private final List<SourceText> sources;
    private final MatchingWeights weights;

    private QueryTerms(List<Weighted> terms, List<Weighted> grams, List<SourceText> sources, MatchingWeights weights) {
        this.terms = List.copyOf(terms);
        this.grams = List.copyOf(grams);
        this.sources = List.copyOf(sources);
        this.weights = weights;
    }

    /** The analysed source texts in display-priority order. */
    List<SourceText> sources() {
        return sources;
    }

    /** The selected words (never stop words or single characters). */
    List<Weighted> terms() {
        return terms;
    }

    boolean isEmpty() {
        return terms.isEmpty() && grams.isEmpty();
    }

    /** The selected bigram, or null. */
    Weighted gram(String term) {
        for (Weighted g : grams) {
            if (g.term().equals(term)) {
                return g;
            }
        }
        return null;
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
    static QueryTerms of(MatchableListing source, MarketSide target, Analyzer analyzer, IndexReader reader,
                         MatchingWeights weights) throws IOException {
        Map<String, Float> words = new LinkedHashMap<>();
        Map<String, Float> grams = new LinkedHashMap<>();
        List<SourceText> sources = new ArrayList<>();
        String gramField = ListingDocument.indexed(ListingDocument.GRAMS, target);
        java.util.Set<String> wholeKeywords = new java.util.HashSet<>(source.keywords());
        for (String field : ListingDocument.TEXT_FIELDS) {
            float weight = weights.field(field);
            String text = ListingDocument.text(source, field);
            List<ChineseText.Token> tokens = ChineseText.tokens(analyzer, field, text);
            sources.add(new SourceText(text, tokens));
            for (ChineseText.Token token : tokens) {
                if (!StopWords.isNoiseWord(token.term()) || isOneCharacterKeyword(token.term(), wholeKeywords)) {
                    words.merge(token.term(), weight, Float::sum);
                }
            }
            // an author's keyword is meant whole (与或图, 等韵), even where it holds a stop word
            addGrams(grams, analyzer, gramField,
                    field.equals(ListingDocument.KEYWORDS) ? text : withoutStopWords(text, tokens), weight);
        }
        return new QueryTerms(select(words, ListingDocument.TEXT_FIELDS, target, reader, MAX_TERMS),
                select(grams, List.of(ListingDocument.GRAMS), target, reader, MAX_GRAMS), sources, weights);
    }

    /** Terms of a free-text query: every occurrence counts the same. */
    static QueryTerms of(String text, MarketSide target, Analyzer analyzer, IndexReader reader,
                         MatchingWeights weights) throws IOException {
        Map<String, Float> words = new LinkedHashMap<>();
        Map<String, Float> grams = new LinkedHashMap<>();
        String safe = text == null ? "" : text;
        List<ChineseText.Token> tokens = ChineseText.tokens(analyzer, ListingDocument.TITLE, safe);
        for (ChineseText.Token token : tokens) {
            if (!StopWords.isNoiseWord(token.term())) {
                words.merge(token.term(), 1f, Float::sum);
            }
        }
        addGrams(grams, analyzer, ListingDocument.indexed(ListingDocument.GRAMS, target), withoutStopWords(safe, tokens), 1f);
        return new QueryTerms(select(words, ListingDocument.TEXT_FIELDS, target, reader, MAX_TERMS),
                select(grams, List.of(ListingDocument.GRAMS), target, reader, MAX_GRAMS),
                List.of(new SourceText(safe, tokens)), weights);
    }

    /** A keyword the author gave as one character (铈, 枣) is meant, unlike a character cut from a word. */
    static boolean isOneCharacterKeyword(String term, java.util.Set<String> wholeKeywords) {
        return wholeKeywords.contains(term) && !StopWords.contains(term) && term.codePoints().anyMatch(Character::isLetter);
    }

    /**
     * The text with its stop words blanked out, so no bigram spans one: 「方面的技术支持」 would otherwise
     * give 面的、的技、术支, which any other form text also contains.
     */
    static String withoutStopWords(String text, List<ChineseText.Token> tokens) {
        char[] chars = text.toCharArray();
        for (ChineseText.Token token : tokens) {
            if (StopWords.contains(token.term())) {
                java.util.Arrays.fill(chars, token.start(), token.end(), ' ');
            }
        }
        return new String(chars);
    }

    /** Bigrams made only of stop-word text (技术, 需要) are as empty as the words themselves. */
    private static void addGrams(Map<String, Float> grams, Analyzer analyzer, String field, String text, float weight) {
        for (ChineseText.Token gram : ChineseText.tokens(analyzer, field, text)) {
            if (!StopWords.contains(gram.term()) && gram.term().codePoints().anyMatch(Character::isLetter)) {
                grams.merge(gram.term(), weight, Float::sum);
            }
        }
    }

    private static List<Weighted> select(Map<String, Float> weights, List<String> fields, MarketSide target,
                                         IndexReader reader, int max) throws IOException {
        int docCount = Math.max(1, reader.getDocCount(ListingDocument.indexed(ListingDocument.GRAMS, target)));
        List<Weighted> candidates = new ArrayList<>();
        for (Map.Entry<String, Float> e : weights.entrySet()) {
            int df = 0;
            for (String field : fields) {
                df = Math.max(df, reader.docFreq(new Term(ListingDocument.indexed(field, target), e.getKey())));
            }
            if (df == 0) {
                continue; // cannot match anything, only costs a clause
            }
            boolean carriesWeight = docCount < RARITY_FROM || df <= COMMON_SHARE * docCount;
            candidates.add(new Weighted(e.getKey(), e.getValue(), e.getValue() * idf(docCount, df), carriesWeight));
        }
        candidates.sort(Comparator.comparing(Weighted::informativeness).reversed().thenComparing(Weighted::term));
        return candidates.subList(0, Math.min(max, candidates.size()));
    }

    /** BM25's rarity of a term found in df of docCount listings. */
    static float idf(int docCount, int df) {
        return (float) Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
    }

    /**
     * One clause per word against the candidates' keywords, and one per bigram against all their text. A word in a
     * candidate's title or description is found through its bigrams, which cover every text field: clauses for
     * words there as well matched the same listings a second time, read about half of all postings and made no
     * difference to the CSL figures, for keyword demands or for long ones (bench/README.md, "Matching latency").
     * In the keywords the whole word counts, as its author chose it. The boost multiplies the target field's weight
     * by the square root of the source weight, so repeated source terms help without drowning the rest; BM25
     * contributes rarity and length normalisation on the candidate side. The search drops clauses that match
     * nothing when it looks their statistics up.
     */
    List<TermAtATimeSearch.WeightedTerm> clauses(MarketSide target) {
        List<TermAtATimeSearch.WeightedTerm> clauses = new ArrayList<>();
        for (Weighted w : terms) {
            Term term = new Term(ListingDocument.indexed(ListingDocument.KEYWORDS, target), w.term());
            clauses.add(new TermAtATimeSearch.WeightedTerm(term, weights.keywords() * (float) Math.sqrt(w.sourceWeight())));
        }
        if (weights.grams() > 0) {
            for (Weighted g : grams) {
                Term term = new Term(ListingDocument.indexed(ListingDocument.GRAMS, target), g.term());
                clauses.add(new TermAtATimeSearch.WeightedTerm(term, weights.grams() * (float) Math.sqrt(g.sourceWeight())));
            }
        }
        return clauses;
    }
}
