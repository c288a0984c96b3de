package cn.scast.tianfu.evaluation.conflict;

import cn.scast.tianfu.evaluation.EntryProfile;
import cn.scast.tianfu.evaluation.JurorProfile;
import java.util.Optional;

/**
 * A juror may not judge entries from their own organisation, nor entries recommended by it.
 * Names are compared after trimming; blank or missing names never match, so incomplete
 * profiles do not block every pairing.
 */
public final class SameOrganisationRule implements ConflictRule {

    public static final String SAME_ORGANISATION = "同单位回避";
    public static final String SAME_RECOMMENDING_UNIT = "同单位回避（推荐单位）";

    @Override
    public Optional<String> conflict(JurorProfile juror, EntryProfile entry) {
        if (same(juror.organisation(), entry.organisation())) {
            return Optional.of(SAME_ORGANISATION);
        }
        if (same(juror.organisation(), entry.recommendingUnit())) {
            return Optional.of(SAME_RECOMMENDING_UNIT);
        }
        return Optional.empty();
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && !a.isBlank() && a.strip().equals(b.strip());
    }
}
