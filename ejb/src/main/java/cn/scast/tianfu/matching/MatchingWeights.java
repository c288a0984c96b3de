package cn.scast.tianfu.matching;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;

/**
 * The tunable numbers of text relevance, chosen on the dev half of the CSL evaluation set
 * (bench/matching-eval, bench/README.md "Matching quality"), not guessed.
 *
 * @param keywords  weight of an author keyword: of the source's keywords, and of the candidates' keyword field
 *                  (the only field a whole word is matched in)
 * @param title     weight of a word or bigram from the source's title
 * @param description weight of a word or bigram from the source's free text
 * @param grams     weight of the character-bigram field, which matches the candidates' whole text (so also words
 *                  the segmenter splits)
 * @param k1        BM25 term-frequency saturation
 * @param b         BM25 length normalisation
 * @param implicitDiscipline how much a source without a discipline code favours the discipline of its best
 *                  matches (0 = not at all)
 */
record MatchingWeights(float keywords, float title, float description, float grams, float k1, float b,
                       float implicitDiscipline) {

    static final MatchingWeights TUNED = new MatchingWeights(5.0f, 2.0f, 1.0f, 10f, 0.9f, 0.75f, 0.5f);

    float field(String field) {
        return switch (field) {
            case ListingDocument.KEYWORDS -> keywords;
            case ListingDocument.TITLE -> title;
            case ListingDocument.DESCRIPTION -> description;
            default -> throw new IllegalArgumentException(field);
        };
    }

    Similarity similarity() {
        return new BM25Similarity(k1, b);
    }

    /** Parses "keywords,title,description,grams,k1,b,implicitDiscipline" (evaluation runs). */
    static MatchingWeights parse(String text) {
        String[] p = text.split(",");
        return new MatchingWeights(Float.parseFloat(p[0]), Float.parseFloat(p[1]), Float.parseFloat(p[2]),
                Float.parseFloat(p[3]), Float.parseFloat(p[4]), Float.parseFloat(p[5]), Float.parseFloat(p[6]));
    }
}
