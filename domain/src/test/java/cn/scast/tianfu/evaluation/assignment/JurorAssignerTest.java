package cn.scast.tianfu.evaluation.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.scast.tianfu.evaluation.EntryProfile;
import cn.scast.tianfu.evaluation.JurorProfile;
import cn.scast.tianfu.evaluation.conflict.ConflictChecker;
import cn.scast.tianfu.evaluation.conflict.Recusal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JurorAssignerTest {

    private static JurorProfile juror(String id, String org, String... categories) {
        return new JurorProfile(id, id, org, Set.of(categories));
    }

    private static EntryProfile entry(String id, String category, String org) {
        return new EntryProfile(id, category, org, null);
    }

    private static int spread(Map<String, Integer> loads) {
        return Collections.max(loads.values()) - Collections.min(loads.values());
    }

    private static List<EntryProfile> entries(int n, String category) {
        List<EntryProfile> list = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            list.add(entry(String.format("%s-%02d", category, i), category, "单位" + i));
        }
        return list;
    }

    @Test
    void evenSplitWithoutConflicts() {
        List<JurorProfile> jurors = List.of(juror("J1", "甲", "信息"), juror("J2", "乙", "信息"),
                juror("J3", "丙", "信息"), juror("J4", "丁", "信息"));
        AssignmentPlan plan = new JurorAssigner(ConflictChecker.standard(List.of()))
                .assign(entries(10, "信息"), jurors, 2);
        assertTrue(plan.isComplete());
        assertEquals(20, plan.assignments().size());
        assertEquals(Map.of("J1", 5, "J2", 5, "J3", 5, "J4", 5), plan.loads("信息"));
        for (int i = 1; i <= 10; i++) {
            assertEquals(2, plan.jurorsOf(String.format("信息-%02d", i)).size());
        }
    }

    @Test
    void unevenTotalsDifferByAtMostOne() {
        List<JurorProfile> jurors = List.of(juror("J1", "甲", "信息"), juror("J2", "乙", "信息"),
                juror("J3", "丙", "信息"));
        AssignmentPlan plan = new JurorAssigner(ConflictChecker.standard(List.of()))
                .assign(entries(7, "信息"), jurors, 2);
        // 14 assignments over 3 jurors → 5, 5, 4
        assertEquals(1, spread(plan.loads("信息")));
        assertEquals(14, plan.loads("信息").values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void conflictedPairsAreNeverAssignedAndLoadStillBalanced() {
        // J1 works at 单位1, the organisation of 信息-01..03; a recusal keeps J2 off 信息-04.
        // Forced: 01–03 → {J2, J3}, 04 → {J1, J3}, so J1 1, J2 3, J3 4 before 05 and 06.
        // Best completion gives J1 both of 05/06 and splits the other two slots: loads 3, 4, 5
        // (spread 2 is the minimum: J1 can never exceed 3 of the 12 assignments).
        List<JurorProfile> jurors = List.of(juror("J1", "单位1", "信息"), juror("J2", "乙", "信息"),
                juror("J3", "丙", "信息"));
        List<EntryProfile> list = new ArrayList<>(entries(6, "信息"));
        list.set(1, entry("信息-02", "信息", "单位1"));
        list.set(2, entry("信息-03", "信息", "单位1"));
        ConflictChecker checker = ConflictChecker.standard(List.of(new Recusal("J2", "信息-04", "合作者")));
        AssignmentPlan plan = new JurorAssigner(checker).assign(list, jurors, 2);
        assertTrue(plan.isComplete());
        Map<String, JurorProfile> jurorById = new HashMap<>();
        jurors.forEach(j -> jurorById.put(j.id(), j));
        Map<String, EntryProfile> entryById = new HashMap<>();
        list.forEach(e -> entryById.put(e.id(), e));
        for (Assignment a : plan.assignments()) {
            assertFalse(checker.isConflicted(jurorById.get(a.jurorId()), entryById.get(a.entryId())), a.toString());
        }
        assertEquals(Set.of("J2", "J3"), plan.jurorsOf("信息-01"));
        assertEquals(Set.of("J1", "J3"), plan.jurorsOf("信息-04"));
        assertTrue(plan.jurorsOf("信息-05").contains("J1"));
        assertTrue(plan.jurorsOf("信息-06").contains("J1"));
        assertEquals(Map.of("J1", 3, "J2", 5, "J3", 4), plan.loads("信息"));
    }

    @Test
    void underAssignmentIsReportedAndEligibleJurorsStillAssigned() {
        List<JurorProfile> jurors = List.of(juror("J1", "甲", "信息"), juror("J2", "乙", "信息"),
                juror("J3", "丙", "信息"));
        List<EntryProfile> list = List.of(entry("P1", "信息", "甲"), entry("P2", "信息", "丁"));
        ConflictChecker checker = ConflictChecker.standard(List.of(new Recusal("J2", "P1", "亲属关系")));
        AssignmentPlan plan = new JurorAssigner(checker).assign(list, jurors, 2);
        assertFalse(plan.isComplete());
        assertEquals(List.of(new Shortfall("P1", "信息", 2, 1)), plan.shortfalls());
        assertEquals("作品「P1」（信息）需要 2 名评委，仅有 1 名无回避的评委可分配", plan.shortfalls().get(0).message());
        assertEquals(Set.of("J3"), plan.jurorsOf("P1"));
        assertEquals(2, plan.jurorsOf("P2").size());
    }

    @Test
    void categoryWithoutJurorsIsReported() {
        AssignmentPlan plan = new JurorAssigner(ConflictChecker.standard(List.of()))
                .assign(List.of(entry("P1", "生物", "甲")), List.of(juror("J1", "乙", "信息")), 1);
        assertEquals(List.of(new Shortfall("P1", "生物", 1, 0)), plan.shortfalls());
        assertTrue(plan.assignments().isEmpty());
    }

    @Test
    void jurorsOnlyJudgeTheirCategoriesAndLoadsAreBalancedPerCategory() {
        List<JurorProfile> jurors = List.of(juror("J1", "甲", "信息", "生物"), juror("J2", "乙", "信息"),
                juror("J3", "丙", "生物"), juror("J4", "丁", "生物"));
        List<EntryProfile> list = new ArrayList<>(entries(4, "信息"));
        list.addAll(entries(6, "生物"));
        AssignmentPlan plan = new JurorAssigner(ConflictChecker.standard(List.of())).assign(list, jurors, 2);
        assertTrue(plan.isComplete());
        for (Assignment a : plan.assignments()) {
            JurorProfile j = jurors.stream().filter(x -> x.id().equals(a.jurorId())).findFirst().orElseThrow();
            assertTrue(j.canJudge(a.category()), a.toString());
        }
        assertEquals(Map.of("J1", 4, "J2", 4), plan.loads("信息"));
        assertEquals(Map.of("J1", 4, "J3", 4, "J4", 4), plan.loads("生物"));
    }

    @Test
    void sameInputInAnyOrderGivesSamePlan() {
        Random random = new Random(7);
        List<JurorProfile> jurors = new ArrayList<>();
        for (int j = 0; j < 9; j++) {
            jurors.add(juror("J" + j, "单位" + random.nextInt(12), "信息", j % 2 == 0 ? "生物" : "化学"));
        }
        List<EntryProfile> list = new ArrayList<>();
        for (int e = 0; e < 40; e++) {
            list.add(entry("P" + e, List.of("信息", "生物", "化学").get(e % 3), "单位" + random.nextInt(12)));
        }
        JurorAssigner assigner = new JurorAssigner(ConflictChecker.standard(List.of(new Recusal("J3", "P5", "合作"))));
        AssignmentPlan first = assigner.assign(list, jurors, 3);
        for (int round = 0; round < 5; round++) {
            Collections.shuffle(list, random);
            Collections.shuffle(jurors, random);
            assertEquals(first, assigner.assign(list, jurors, 3));
        }
    }

    @Test
    void mediumRoundWithOrganisationConflictsIsCompleteAndBalanced() {
        // 400 entries in 2 categories from 40 organisations; 24 jurors from 30 organisations, so about one
        // entry in 40 is blocked per juror — enough conflicts to disturb a naive split, few enough to stay feasible.
        Random random = new Random(99);
        List<JurorProfile> jurors = new ArrayList<>();
        for (int j = 0; j < 24; j++) {
            jurors.add(juror(String.format("J%02d", j), "单位" + random.nextInt(30), j < 12 ? "信息" : "生物"));
        }
        List<EntryProfile> list = new ArrayList<>();
        for (int e = 0; e < 400; e++) {
            list.add(new EntryProfile(String.format("P%03d", e), e % 2 == 0 ? "信息" : "生物",
                    "单位" + random.nextInt(40), "单位" + random.nextInt(40)));
        }
        ConflictChecker checker = ConflictChecker.standard(List.of());
        AssignmentPlan plan = new JurorAssigner(checker).assign(list, jurors, 5);
        assertTrue(plan.isComplete(), plan.shortfalls().toString());
        assertEquals(2000, plan.assignments().size());
        assertTrue(spread(plan.loads("信息")) <= 1, plan.loads("信息").toString());
        assertTrue(spread(plan.loads("生物")) <= 1, plan.loads("生物").toString());
        Map<String, JurorProfile> jurorById = new HashMap<>();
        jurors.forEach(j -> jurorById.put(j.id(), j));
        Map<String, EntryProfile> entryById = new HashMap<>();
        list.forEach(e -> entryById.put(e.id(), e));
        long conflictedPairs = 0;
        for (JurorProfile j : jurors) {
            for (EntryProfile e : list) {
                if (j.canJudge(e.category()) && checker.isConflicted(j, e)) {
                    conflictedPairs++;
                }
            }
        }
        assertTrue(conflictedPairs > 50, "fixture should contain conflicts: " + conflictedPairs);
        for (Assignment a : plan.assignments()) {
            assertFalse(checker.isConflicted(jurorById.get(a.jurorId()), entryById.get(a.entryId())), a.toString());
        }
    }

    @Test
    void invalidInputIsRejected() {
        JurorAssigner assigner = new JurorAssigner(ConflictChecker.standard(List.of()));
        List<JurorProfile> jurors = List.of(juror("J1", "甲", "信息"));
        assertThrows(IllegalArgumentException.class, () -> assigner.assign(entries(1, "信息"), jurors, 0));
        assertThrows(IllegalArgumentException.class,
                () -> assigner.assign(List.of(entry("P", "信息", "a"), entry("P", "信息", "b")), jurors, 1));
        assertThrows(IllegalArgumentException.class,
                () -> assigner.assign(entries(1, "信息"), List.of(juror("J", "a", "信息"), juror("J", "b", "信息")), 1));
    }

    /**
     * Compares with exhaustive search on many small random instances: the plan must reach the
     * smallest possible sum of squared loads, and therefore a spread ≤ 1 whenever one exists.
     */
    @Test
    void balanceMatchesExhaustiveOptimumOnSmallInstances() {
        Random random = new Random(20261124L);
        int checkedFeasible = 0;
        for (int instance = 0; instance < 300; instance++) {
            int entryCount = 3 + random.nextInt(4);
            int jurorCount = 3 + random.nextInt(3);
            int k = 1 + random.nextInt(2);
            List<JurorProfile> jurors = new ArrayList<>();
            for (int j = 0; j < jurorCount; j++) {
                jurors.add(juror("J" + j, "评委单位" + j, "信息"));
            }
            List<EntryProfile> list = entries(entryCount, "信息");
            List<Recusal> recusals = new ArrayList<>();
            for (EntryProfile e : list) {
                for (JurorProfile j : jurors) {
                    if (random.nextDouble() < 0.3) {
                        recusals.add(new Recusal(j.id(), e.id(), "随机回避"));
                    }
                }
            }
            ConflictChecker checker = ConflictChecker.standard(recusals);
            AssignmentPlan plan = new JurorAssigner(checker).assign(list, jurors, k);

            List<List<Integer>> eligible = new ArrayList<>();
            for (EntryProfile e : list) {
                List<Integer> ok = new ArrayList<>();
                for (int j = 0; j < jurorCount; j++) {
                    if (!checker.isConflicted(jurors.get(j), e)) {
                        ok.add(j);
                    }
                }
                eligible.add(ok);
                assertEquals(Math.min(k, ok.size()), plan.jurorsOf(e.id()).size(), "instance " + instance);
                for (String jid : plan.jurorsOf(e.id())) {
                    assertTrue(ok.contains(Integer.parseInt(jid.substring(1))), "conflicted pair assigned");
                }
                assertEquals(ok.size() < k, plan.shortfalls().stream().anyMatch(s -> s.entryId().equals(e.id())));
            }
            int[] best = exhaustive(eligible, k, 0, new int[jurorCount]);
            Map<String, Integer> loads = plan.loads("信息");
            int squares = loads.values().stream().mapToInt(v -> v * v).sum();
            assertEquals(best[0], squares, "sum of squared loads, instance " + instance);
            if (best[1] <= 1) {
                checkedFeasible++;
                assertTrue(spread(loads) <= 1, "spread " + loads + " in instance " + instance);
            }
        }
        assertTrue(checkedFeasible > 100, "too few feasible instances: " + checkedFeasible);
    }

    /** @return {min Σload², min spread} over all ways to give each entry min(k, eligible) jurors */
    private static int[] exhaustive(List<List<Integer>> eligible, int k, int entry, int[] load) {
        if (entry == eligible.size()) {
            int squares = 0;
            int max = Integer.MIN_VALUE;
            int min = Integer.MAX_VALUE;
            for (int l : load) {
                squares += l * l;
                max = Math.max(max, l);
                min = Math.min(min, l);
            }
            return new int[] {squares, max - min};
        }
        List<Integer> ok = eligible.get(entry);
        int take = Math.min(k, ok.size());
        int[] best = {Integer.MAX_VALUE, Integer.MAX_VALUE};
        for (List<Integer> subset : subsets(ok, take)) {
            subset.forEach(j -> load[j]++);
            int[] r = exhaustive(eligible, k, entry + 1, load);
            subset.forEach(j -> load[j]--);
            best[0] = Math.min(best[0], r[0]);
            best[1] = Math.min(best[1], r[1]);
        }
        return best;
    }

    private static List<List<Integer>> subsets(List<Integer> items, int size) {
        List<List<Integer>> out = new ArrayList<>();
        collect(items, size, 0, new ArrayList<>(), out);
        return out;
    }

    private static void collect(List<Integer> items, int size, int from, List<Integer> current, List<List<Integer>> out) {
        if (current.size() == size) {
            out.add(new ArrayList<>(current));
            return;
        }
        for (int i = from; i < items.size(); i++) {
            current.add(items.get(i));
            collect(items, size, i + 1, current, out);
            current.remove(current.size() - 1);
        }
    }
}
