package cn.scast.tianfu.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Explains a text match with the words the two listings share, as a reader would write them.
 *
 * <p>Only words that carry weight are shown: never a stop word (的、技术、需要…) or a single character
 * (盐、双), and only words that carry weight by their rarity in the index
 * ({@link QueryTerms.Weighted#carriesWeight}), at most {@link #MAX_SHOWN}, most informative first.
 *
 * <p>smartcn splits some compounds (石墨烯 into 石墨 + 烯, 储能 into 储 + 能). Showing the fragments would
 * puzzle users, so adjacent shared terms are rejoined from the source text into the longest pieces
 * that also occur in the candidate, and fragments already contained in a shown word are dropped.
 */
final class SharedTerms {
    static final int MAX_SHOWN = 5;
    static final String SEPARATOR = "、";

    private SharedTerms() {}

    /**
     * @param candidateTerms the candidate's analysed terms (from term vectors)
     * @param candidateText the candidate's raw texts joined, to check that a rejoined word really occurs in it
     * @return shared words, most informative first; empty if none
     */
    static List<String> between(QueryTerms query, Set<String> candidateTerms, String candidateText) {
        // phrase -> informativeness; insertion order breaks ties deterministically
        Map<String, Float> phrases = new LinkedHashMap<>();
        for (QueryTerms.SourceText source : query.sources()) {
            String text = source.text();
            List<ChineseText.Token> run = new ArrayList<>();
            for (ChineseText.Token token : source.tokens()) {
                // fragments (烯) may join a run, stop words (的) never do
                boolean joinable = candidateTerms.contains(token.term()) && !StopWords.contains(token.term());
                boolean adjacent = !run.isEmpty() && run.get(run.size() - 1).end() == token.start();
                if (!joinable || (!run.isEmpty() && !adjacent)) {
                    flush(run, text, candidateText, query, phrases);
                }
                if (joinable) {
                    run.add(token);
                }
            }
            flush(run, text, candidateText, query, phrases);
        }
        addWordsFoundVerbatim(query, candidateText, phrases);
        phrases.keySet().removeIf(StopWords::isNoiseWord);
        addOneCharacterKeywords(query, candidateText, phrases);
        phrases.values().removeIf(informativeness -> informativeness <= 0);
        dropContainedFragments(phrases);
        List<Map.Entry<String, Float>> ordered = new ArrayList<>(phrases.entrySet());
        ordered.sort(Map.Entry.<String, Float>comparingByValue(Comparator.reverseOrder()));
        return ordered.stream().limit(MAX_SHOWN).map(Map.Entry::getKey).toList();
    }

    /**
     * The segmenter may cut the same word differently in a short keyword and in running text (模态分析 alone,
     * 模态 + 分析 in a sentence), so the term sets miss it although the candidate's text holds it: the
     * source's weighty words and whole keywords that occur verbatim in the candidate are shared words too.
     */
    private static void addWordsFoundVerbatim(QueryTerms query, String candidateText, Map<String, Float> phrases) {
        for (QueryTerms.Weighted w : query.terms()) {
            if (w.carriesWeight() && candidateText.contains(w.term())) {
                phrases.merge(w.term(), w.informativeness(), Math::max);
            }
        }
        if (query.sources().isEmpty()) {
            return;
        }
        for (String keyword : query.sources().get(0).text().split("[，,;；、\\s]+")) {
            if (keyword.codePointCount(0, keyword.length()) >= 2 && candidateText.contains(keyword)) {
                float weight = gramInformativeness(keyword, query);
                if (weight > 0) {
                    phrases.merge(keyword, weight, Math::max);
                }
            }
        }
    }

    /** An author's one-character keyword (铈) is shown when the candidate holds it: it was meant as a word. */
    private static void addOneCharacterKeywords(QueryTerms query, String candidateText, Map<String, Float> phrases) {
        if (query.sources().isEmpty()) {
            return;
        }
        java.util.Set<String> keywords = new java.util.HashSet<>(List.of(query.sources().get(0).text().split("[，,;；、\\s]+")));
        for (String keyword : keywords) {
            QueryTerms.Weighted w = query.get(keyword);
            if (keyword.codePointCount(0, keyword.length()) == 1 && w != null && w.carriesWeight()
                    && QueryTerms.isOneCharacterKeyword(keyword, keywords) && candidateText.contains(keyword)) {
                phrases.merge(keyword, w.informativeness(), Math::max);
            }
        }
    }

    private static float gramInformativeness(String phrase, QueryTerms query) {
        float max = 0;
        int[] chars = phrase.toLowerCase(java.util.Locale.ROOT).codePoints().toArray();
        for (int i = 0; i + 2 <= chars.length; i++) {
            QueryTerms.Weighted g = query.gram(new String(chars, i, 2));
            if (g != null && g.carriesWeight()) {
                max = Math.max(max, g.informativeness());
            }
        }
        return max;
    }

    /** Emits the longest sub-runs, left to right, whose joined text the candidate also contains. */
    private static void flush(List<ChineseText.Token> run, String text, String candidate, QueryTerms query,
                              Map<String, Float> phrases) {
        int from = 0;
        while (from < run.size()) {
            int to = run.size() - 1;
            while (to > from && !candidate.contains(text.substring(run.get(from).start(), run.get(to).end()))) {
                to--;
            }
            List<ChineseText.Token> part = run.subList(from, to + 1);
            String phrase = text.substring(part.get(0).start(), part.get(part.size() - 1).end());
            phrases.merge(phrase, informativeness(part, phrase, query), Math::max);
            from = to + 1;
        }
        run.clear();
    }

    /** A fragment such as 烯 adds nothing once 石墨烯 is shown. */
    private static void dropContainedFragments(Map<String, Float> phrases) {
        List<String> all = new ArrayList<>(phrases.keySet());
        phrases.keySet().removeIf(p -> all.stream().anyMatch(other -> other.length() > p.length() && other.contains(p)));
    }

    /**
     * Sum over the run's weighty words. A run of single-character fragments (储 + 能) is weighed by its
     * weightiest selected bigram (储能) instead; a run of common words scores 0 and is not shown.
     */
    private static float informativeness(List<ChineseText.Token> run, String phrase, QueryTerms query) {
        float sum = 0;
        for (ChineseText.Token token : run) {
            QueryTerms.Weighted w = query.get(token.term());
            if (w != null && w.carriesWeight()) {
                sum += w.informativeness();
            }
        }
        return sum == 0 && run.size() > 1 ? gramInformativeness(phrase, query) : sum;
    }
}
