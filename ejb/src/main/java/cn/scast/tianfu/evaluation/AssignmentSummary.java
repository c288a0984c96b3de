package cn.scast.tianfu.evaluation;

import java.util.List;
import java.util.Map;

/** Outcome of an automatic assignment: pairs stored, entries short of jurors, entries per juror. */
public record AssignmentSummary(int assignments, List<String> shortfalls, Map<String, Integer> loads) {

    public AssignmentSummary {
        shortfalls = List.copyOf(shortfalls);
        loads = Map.copyOf(loads);
    }
}
