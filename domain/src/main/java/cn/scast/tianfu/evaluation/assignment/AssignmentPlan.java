package cn.scast.tianfu.evaluation.assignment;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The outcome of an automatic assignment.
 *
 * @param assignments     every juror–entry pair, sorted by entry id then juror id
 * @param shortfalls      entries that got fewer than k jurors, sorted by entry id; empty when complete
 * @param loadsByCategory category -> juror id -> number of entries of that category, including
 *                        zeros for jurors of the category who received none
 */
public record AssignmentPlan(List<Assignment> assignments, List<Shortfall> shortfalls,
        Map<String, Map<String, Integer>> loadsByCategory) {

    public AssignmentPlan {
        assignments = List.copyOf(assignments);
        shortfalls = List.copyOf(shortfalls);
        loadsByCategory = Map.copyOf(loadsByCategory);
    }

    public boolean isComplete() {
        return shortfalls.isEmpty();
    }

    public Set<String> jurorsOf(String entryId) {
        Set<String> result = new TreeSet<>();
        for (Assignment a : assignments) {
            if (a.entryId().equals(entryId)) {
                result.add(a.jurorId());
            }
        }
        return result;
    }

    public Map<String, Integer> loads(String category) {
        return loadsByCategory.getOrDefault(category, Map.of());
    }
}
