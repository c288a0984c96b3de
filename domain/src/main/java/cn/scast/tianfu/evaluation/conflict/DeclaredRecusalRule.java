package cn.scast.tianfu.evaluation.conflict;

import cn.scast.tianfu.evaluation.EntryProfile;
import cn.scast.tianfu.evaluation.JurorProfile;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Honours recusals the jurors declared themselves (本人申请回避). */
public final class DeclaredRecusalRule implements ConflictRule {

    public static final String PREFIX = "本人申请回避：";

    private final Map<String, String> reasonByPair = new HashMap<>();

    public DeclaredRecusalRule(Collection<Recusal> recusals) {
        for (Recusal r : recusals) {
            // A juror may declare twice (e.g. re-submitted form); keep the first reason.
            reasonByPair.putIfAbsent(key(r.jurorId(), r.entryId()), r.reason().strip());
        }
    }

    @Override
    public Optional<String> conflict(JurorProfile juror, EntryProfile entry) {
        String reason = reasonByPair.get(key(juror.id(), entry.id()));
        return reason == null ? Optional.empty() : Optional.of(PREFIX + reason);
    }

    private static String key(String jurorId, String entryId) {
        return jurorId + '\u0000' + entryId;
    }
}
