package cn.scast.tianfu.evaluation.conflict;

import cn.scast.tianfu.evaluation.EntryProfile;
import cn.scast.tianfu.evaluation.JurorProfile;
import java.util.Optional;

/** One reason a juror must not evaluate an entry. */
public interface ConflictRule {

    /** @return the Chinese reason shown to administrators, or empty if this rule finds no conflict */
    Optional<String> conflict(JurorProfile juror, EntryProfile entry);
}
