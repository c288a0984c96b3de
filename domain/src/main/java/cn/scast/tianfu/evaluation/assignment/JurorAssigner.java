package cn.scast.tianfu.evaluation.assignment;

import cn.scast.tianfu.evaluation.EntryProfile;
import cn.scast.tianfu.evaluation.JurorProfile;
import cn.scast.tianfu.evaluation.conflict.ConflictChecker;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Assigns k conflict-free jurors of the entry's category to every entry, spreading the work evenly.
 *
 * <p>Each category is handled on its own (a juror's load is balanced per category, because the
 * categories are usually judged in separate sessions). Within a category:
 * <ol>
 *   <li>Entries with the fewest eligible jurors are served first, so scarce jurors are not used up by
 *       entries that had plenty of choice.</li>
 *   <li>Each entry takes its k least-loaded eligible jurors (ties broken by juror id).</li>
 *   <li>While some juror has at least 2 more entries than another juror who could take over work,
 *       an entry is shifted along a chain of eligible jurors from the heavy to the light one. This
 *       minimises the sum of squared loads, so loads differ by at most 1 whenever the conflicts allow.</li>
 * </ol>
 * Every step iterates in id order, so the same input always yields the same plan.
 */
public final class JurorAssigner {

    private final ConflictChecker conflicts;

    public JurorAssigner(ConflictChecker conflicts) {
        this.conflicts = conflicts;
    }

    public AssignmentPlan assign(Collection<EntryProfile> entries, Collection<JurorProfile> jurors,
            int jurorsPerEntry) {
        if (jurorsPerEntry < 1) {
            throw new IllegalArgumentException("jurors per entry must be at least 1: " + jurorsPerEntry);
        }
        requireUniqueIds(entries.stream().map(EntryProfile::id).toList(), "entry");
        requireUniqueIds(jurors.stream().map(JurorProfile::id).toList(), "juror");

        Map<String, List<EntryProfile>> byCategory = new TreeMap<>();
        for (EntryProfile e : entries) {
            byCategory.computeIfAbsent(e.category(), c -> new ArrayList<>()).add(e);
        }
        List<JurorProfile> sortedJurors = new ArrayList<>(jurors);
        sortedJurors.sort(Comparator.comparing(JurorProfile::id));

        List<Assignment> assignments = new ArrayList<>();
        List<Shortfall> shortfalls = new ArrayList<>();
        Map<String, Map<String, Integer>> loads = new TreeMap<>();
        for (Map.Entry<String, List<EntryProfile>> group : byCategory.entrySet()) {
            List<JurorProfile> pool = sortedJurors.stream().filter(j -> j.canJudge(group.getKey())).toList();
            new CategoryAssignment(group.getKey(), group.getValue(), pool, jurorsPerEntry)
                    .run(assignments, shortfalls, loads);
        }
        assignments.sort(Comparator.comparing(Assignment::entryId).thenComparing(Assignment::jurorId));
        shortfalls.sort(Comparator.comparing(Shortfall::entryId));
        return new AssignmentPlan(assignments, shortfalls, loads);
    }

    private static void requireUniqueIds(List<String> ids, String what) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("duplicate " + what + " id " + id);
            }
        }
    }

    /** Working state for one category; jurors and entries are addressed by index into sorted lists. */
    private final class CategoryAssignment {

        private final String category;
        private final List<EntryProfile> entries;
        private final List<JurorProfile> jurors;
        private final int k;
        private final int[][] eligible;          // entry -> eligible juror indices, ascending
        private final List<TreeSet<Integer>> jurorsOfEntry = new ArrayList<>();
        private final List<TreeSet<Integer>> entriesOfJuror = new ArrayList<>();
        private final int[] load;

        CategoryAssignment(String category, List<EntryProfile> entries, List<JurorProfile> jurors, int k) {
            this.category = category;
            this.entries = new ArrayList<>(entries);
            this.entries.sort(Comparator.comparing(EntryProfile::id));
            this.jurors = jurors;
            this.k = k;
            this.eligible = new int[this.entries.size()][];
            for (int e = 0; e < this.entries.size(); e++) {
                List<Integer> ok = new ArrayList<>();
                for (int j = 0; j < jurors.size(); j++) {
                    if (!conflicts.isConflicted(jurors.get(j), this.entries.get(e))) {
                        ok.add(j);
                    }
                }
                eligible[e] = ok.stream().mapToInt(Integer::intValue).toArray();
                jurorsOfEntry.add(new TreeSet<>());
            }
            for (int j = 0; j < jurors.size(); j++) {
                entriesOfJuror.add(new TreeSet<>());
            }
            this.load = new int[jurors.size()];
        }

        void run(List<Assignment> assignments, List<Shortfall> shortfalls, Map<String, Map<String, Integer>> loads) {
            greedy(shortfalls);
            rebalance();
            for (int e = 0; e < entries.size(); e++) {
                for (int j : jurorsOfEntry.get(e)) {
                    assignments.add(new Assignment(entries.get(e).id(), jurors.get(j).id(), category));
                }
            }
            Map<String, Integer> categoryLoads = new LinkedHashMap<>();
            for (int j = 0; j < jurors.size(); j++) {
                categoryLoads.put(jurors.get(j).id(), load[j]);
            }
            loads.put(category, categoryLoads);
        }

        private void greedy(List<Shortfall> shortfalls) {
            List<Integer> order = new ArrayList<>();
            for (int e = 0; e < entries.size(); e++) {
                order.add(e);
            }
            // Entries are already in id order, so index breaks ties by id.
            order.sort(Comparator.comparingInt((Integer e) -> eligible[e].length).thenComparingInt(e -> e));
            for (int e : order) {
                List<Integer> candidates = new ArrayList<>();
                for (int j : eligible[e]) {
                    candidates.add(j);
                }
                candidates.sort(Comparator.comparingInt((Integer j) -> load[j]).thenComparingInt(j -> j));
                for (int i = 0; i < Math.min(k, candidates.size()); i++) {
                    add(e, candidates.get(i));
                }
                if (candidates.size() < k) {
                    shortfalls.add(new Shortfall(entries.get(e).id(), category, k, candidates.size()));
                }
            }
        }

        private void rebalance() {
            boolean moved = true;
            while (moved) {
                moved = false;
                List<Integer> heavyFirst = new ArrayList<>();
                for (int j = 0; j < jurors.size(); j++) {
                    heavyFirst.add(j);
                }
                heavyFirst.sort(Comparator.comparingInt((Integer j) -> -load[j]).thenComparingInt(j -> j));
                for (int heavy : heavyFirst) {
                    if (shiftFrom(heavy)) {
                        moved = true;
                        break;
                    }
                }
            }
        }

        /**
         * Breadth-first search for a chain heavy -e1-> j1 -e2-> j2 ... -> light where each juror can take
         * the entry from the previous one and light has at least 2 entries fewer than heavy. Shifting
         * along the chain lowers heavy by one, raises light by one and leaves the others unchanged.
         */
        private boolean shiftFrom(int heavy) {
            int[] prevJuror = new int[jurors.size()];
            int[] viaEntry = new int[jurors.size()];
            boolean[] visited = new boolean[jurors.size()];
            Deque<Integer> queue = new ArrayDeque<>();
            visited[heavy] = true;
            queue.add(heavy);
            while (!queue.isEmpty()) {
                int from = queue.poll();
                for (int e : entriesOfJuror.get(from)) {
                    for (int to : eligible[e]) {
                        if (visited[to] || jurorsOfEntry.get(e).contains(to)) {
                            continue;
                        }
                        visited[to] = true;
                        prevJuror[to] = from;
                        viaEntry[to] = e;
                        if (load[to] <= load[heavy] - 2) {
                            for (int j = to; j != heavy; j = prevJuror[j]) {
                                remove(viaEntry[j], prevJuror[j]);
                                add(viaEntry[j], j);
                            }
                            return true;
                        }
                        queue.add(to);
                    }
                }
            }
            return false;
        }

        private void add(int entry, int juror) {
            jurorsOfEntry.get(entry).add(juror);
            entriesOfJuror.get(juror).add(entry);
            load[juror]++;
        }

        private void remove(int entry, int juror) {
            jurorsOfEntry.get(entry).remove(juror);
            entriesOfJuror.get(juror).remove(entry);
            load[juror]--;
        }
    }
}
