package cn.scast.tianfu.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Explains a text match with the words the two listings share, as a reader would write them.
 *
 * <p>smartcn splits some compounds (石墨烯 into 石墨 + 烯, 储能 into 储 + 能). Showing the fragments would
 * puzzle users, so adjacent shared terms are rejoined from the source text into the longest pieces
 * that also occur in the candidate, and fragments already contained in a shown word are dropped.
 */
final class SharedTerms {
    static final int MAX_SHOWN = 8;
    static final String SEPARATOR = "、";

    private SharedTerms() {}

    /**
     * @param candidateTerms the candidate's analysed terms (from term vectors)
     * @param candidateText the candidate's raw texts joined, to check that a rejoined word really occurs in it
     * @return shared words, most informative first; empty if none
     */
    static List<String> between(QueryTerms query, Set<String> candidateTerms, String candidateText) {
        Set<String> shared = new HashSet<>();
        for (QueryTerms.Weighted w : query.terms()) {
            if (candidateTerms.contains(w.term())) {
                shared.add(w.term());
            }
        }
        if (shared.isEmpty()) {
            return List.of();
        }
        String candidateJoined = candidateText;
        // phrase -> informativeness; insertion order breaks ties deterministically
        Map<String, Float> phrases = new LinkedHashMap<>();
        for (QueryTerms.SourceText source : query.sources()) {
            String text = source.text();
            List<ChineseText.Token> run = new ArrayList<>();
            for (ChineseText.Token token : source.tokens()) {
                boolean adjacent = !run.isEmpty() && run.get(run.size() - 1).end() == token.start();
                if (!shared.contains(token.term()) || (!run.isEmpty() && !adjacent)) {
                    flush(run, text, candidateJoined, query, phrases);
                }
                if (shared.contains(token.term())) {
                    run.add(token);
                }
            }
            flush(run, text, candidateJoined, query, phrases);
        }
        dropContainedFragments(phrases);
        List<Map.Entry<String, Float>> ordered = new ArrayList<>(phrases.entrySet());
        ordered.sort(Map.Entry.<String, Float>comparingByValue(Comparator.reverseOrder()));
        return ordered.stream().limit(MAX_SHOWN).map(Map.Entry::getKey).toList();
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
            phrases.merge(text.substring(part.get(0).start(), part.get(part.size() - 1).end()),
                    informativeness(part, query), Math::max);
            from = to + 1;
        }
        run.clear();
    }

    /** A fragment such as 烯 adds nothing once 石墨烯 is shown. */
    private static void dropContainedFragments(Map<String, Float> phrases) {
        List<String> all = new ArrayList<>(phrases.keySet());
        phrases.keySet().removeIf(p -> all.stream().anyMatch(other -> other.length() > p.length() && other.contains(p)));
    }

    private static float informativeness(List<ChineseText.Token> run, QueryTerms query) {
        float sum = 0;
        for (ChineseText.Token token : run) {
            QueryTerms.Weighted w = query.get(token.term());
            sum += w == null ? 0 : w.informativeness();
        }
        return sum;
    }
}
