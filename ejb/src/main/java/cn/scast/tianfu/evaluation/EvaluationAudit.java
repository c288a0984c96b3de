package cn.scast.tianfu.evaluation;

import cn.scast.tianfu.platform.AuditTrail;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Audits refused attempts in their own transaction: the refused action rolls back, the record that it
 * was tried must not.
 */
@Stateless
public class EvaluationAudit {

    public static final String TARGET_SHEET = "evl_score_sheet";
    public static final String TARGET_ATTEMPT = "evl_attempt";

    @EJB
    private AuditTrail audit;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void rejected(String action, String targetType, String targetId, Object attempted, String reason) {
        audit.record(action, targetType, targetId, null, attempted, reason);
    }
}
