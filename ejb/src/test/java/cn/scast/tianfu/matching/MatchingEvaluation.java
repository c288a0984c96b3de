package cn.scast.tianfu.matching;

import cn.scast.tianfu.listing.ListingState;
import cn.scast.tianfu.listing.ListingType;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The known-item evaluation of bench/matching-eval run in-process (no server): indexes the items of
 * csl-items.tsv as 所能, asks the matcher for a demand made of 1, 2 or all keywords of each item and writes
 * "item TAB size TAB ranked item ids" for bench/matching-eval/evaluate.py to score. Used to tune on the dev
 * half quickly; the published figures come from the REST run of bench/matching-quality.sh.
 *
 * <p>With {@code -Devaluation.demands=halves} the demands are long instead: the first half of each abstract (cut at
 * the sentence end nearest its middle), the 所能 holding the title, the keywords and the other half; rankings are
 * labelled "half" for {@code evaluate.py halves}.
 *
 * <p>Usage: MatchingEvaluation ITEMS.tsv RANKINGS.tsv [WEIGHTS...]; with WEIGHTS ("keywords,title,description,
 * grams,k1,b", see {@link MatchingWeights#parse}) one file RANKINGS.tsv.WEIGHTS per set, from one index.
 */
public final class MatchingEvaluation {
    private static final boolean HALVES = "halves".equals(System.getProperty("evaluation.demands"));
    private static final String SENTENCE_ENDS = "。；！？.;!?";

    private MatchingEvaluation() {}

    public static void main(String[] args) throws IOException {
        List<String[]> items = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                items.add(line.split("\t", -1));
            }
        }
        long started = System.nanoTime();
        try (ListingIndex index = ListingIndex.inMemory()) {
            List<MatchableListing> supplies = new ArrayList<>();
            for (int n = 0; n < items.size(); n++) {
                String[] item = items.get(n);
                supplies.add(new MatchableListing(n + 1, ListingType.ACHIEVEMENT, item[4],
                        HALVES ? halves(item[6])[1] : item[6],
                        Arrays.asList(item[5].split(";")), item[3], null, null, ListingState.PUBLISHED));
            }
            index.rebuild(supplies);
            System.err.printf("indexed %d in %d ms%n", supplies.size(), (System.nanoTime() - started) / 1_000_000);
            List<String> sets = args.length > 2 ? Arrays.asList(args).subList(2, args.length) : List.of("");
            for (String set : sets) {
                ListingMatcher matcher = set.isEmpty() ? new ListingMatcher(index) : new ListingMatcher(index, MatchingWeights.parse(set));
                try (PrintWriter out = new PrintWriter(set.isEmpty() ? args[1] : args[1] + "." + set, StandardCharsets.UTF_8)) {
                    answer(items, matcher, out);
                }
            }
        }
    }

    /** Demands of 1, 2 and all keywords per item; the matcher is thread-safe, so items are answered in parallel. */
    private static void answer(List<String[]> items, ListingMatcher matcher, PrintWriter out) {
        long started = System.nanoTime();
        String only = System.getProperty("evaluation.split", "");
        List<String> lines = java.util.stream.IntStream.range(0, items.size()).parallel()
                .filter(n -> only.isEmpty() || items.get(n)[1].equals(only))
                .mapToObj(n -> answer(items, n, matcher)).toList();
        lines.forEach(out::print);
        System.err.printf("answered %d demands in %d ms%n", lines.size() * (HALVES ? 1 : 3), (System.nanoTime() - started) / 1_000_000);
    }

    private static String answer(List<String[]> items, int n, ListingMatcher matcher) {
        if (HALVES) {
            // the title 技术需求 (all stop words) as in evaluate.py's REST run, where a title is required
            MatchableListing demand = new MatchableListing(100_000 + n, ListingType.REQUIREMENT, "技术需求",
                    halves(items.get(n)[6])[0], List.of(), null, null, null, ListingState.PUBLISHED);
            return items.get(n)[0] + "\thalf\t" + ranked(items, matcher, demand) + "\n";
        }
        StringBuilder lines = new StringBuilder();
        List<String> keywords = Arrays.asList(items.get(n)[5].split(";"));
        for (String size : List.of("1", "2", "all")) {
            List<String> chosen = size.equals("all") ? keywords : keywords.subList(0, Math.min(keywords.size(), Integer.parseInt(size)));
            String text = String.join("、", chosen);
            MatchableListing demand = new MatchableListing(100_000 + n, ListingType.REQUIREMENT, text, text, chosen,
                    null, null, null, ListingState.PUBLISHED);
            lines.append(items.get(n)[0]).append('\t').append(size).append('\t')
                    .append(ranked(items, matcher, demand)).append('\n');
        }
        return lines.toString();
    }

    private static String ranked(List<String[]> items, ListingMatcher matcher, MatchableListing demand) {
        StringBuilder ranked = new StringBuilder();
        try {
            for (Match match : matcher.matchesFor(demand, MatchQuery.top(10))) {
                ranked.append(ranked.isEmpty() ? "" : ",").append(items.get((int) match.listingId() - 1)[0]);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return ranked.toString();
    }

    /** The abstract cut at the sentence end nearest its middle, as evaluate.py cuts it (code points, not chars). */
    static String[] halves(String abstractText) {
        int[] points = abstractText.codePoints().toArray();
        int cut = points.length / 2;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < points.length; i++) {
            int end = i + 1;
            if (SENTENCE_ENDS.indexOf(points[i]) >= 0 && end < points.length
                    && Math.abs(2 * end - points.length) < bestDistance) {
                bestDistance = Math.abs(2 * end - points.length);
                cut = end;
            }
        }
        return new String[] {new String(points, 0, cut), new String(points, cut, points.length - cut)};
    }
}
