package cn.scast.tianfu.evaluation.conflict;

import cn.scast.tianfu.evaluation.EntryProfile;
import cn.scast.tianfu.evaluation.JurorProfile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Runs all conflict rules for a pair and collects every reason, so administrators see the full picture. */
public final class ConflictChecker {

    private final List<ConflictRule> rules;

    public ConflictChecker(List<ConflictRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The usual setup: the automatic same-organisation rule plus the jurors' own recusals. */
    public static ConflictChecker standard(Collection<Recusal> recusals) {
        return new ConflictChecker(List.of(new SameOrganisationRule(), new DeclaredRecusalRule(recusals)));
    }

    public ConflictVerdict check(JurorProfile juror, EntryProfile entry) {
        List<String> reasons = new ArrayList<>(1);
        for (ConflictRule rule : rules) {
            rule.conflict(juror, entry).ifPresent(reasons::add);
        }
        return reasons.isEmpty() ? ConflictVerdict.CLEAR : new ConflictVerdict(reasons);
    }

    public boolean isConflicted(JurorProfile juror, EntryProfile entry) {
        for (ConflictRule rule : rules) {
            if (rule.conflict(juror, entry).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
