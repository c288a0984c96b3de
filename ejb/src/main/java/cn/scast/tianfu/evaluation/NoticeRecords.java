package cn.scast.tianfu.evaluation;

import cn.scast.tianfu.evaluation.model.Notice;
import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;

import java.security.Principal;
import java.util.Map;
import java.util.Optional;

/**
 * What public notices and objections share: finding an edition's notice, and refusing an attempt on it with an
 * audit entry naming the caller. It works in the calling bean's persistence context and transaction.
 */
final class NoticeRecords {

    private final EntityManager em;
    private final EvaluationAudit rejections;
    private final SessionContext session;

    NoticeRecords(EntityManager em, EvaluationAudit rejections, SessionContext session) {
        this.em = em;
        this.rejections = rejections;
        this.session = session;
    }

    Optional<Notice> find(long editionId) {
        return em.createQuery("SELECT n FROM Notice n WHERE n.edition.id = :e", Notice.class)
                .setParameter("e", editionId).getResultStream().findFirst();
    }

    /** The edition's notice; refused (and audited) when the edition has none yet. */
    Notice required(long editionId) {
        return find(editionId).orElseThrow(() -> refuse(editionId, EvaluationException.Kind.NOT_FOUND,
                PublicNotices.MSG_NO_NOTICE));
    }

    EvaluationException refuse(long editionId, EvaluationException.Kind kind, String message) {
        return refuse(editionId, kind, message, null);
    }

    EvaluationException refuse(long editionId, EvaluationException.Kind kind, String message, String field) {
        rejections.rejected("EVAL_NOTICE_REJECTED", PublicNotices.TARGET_NOTICE, "edition/" + editionId,
                Map.of("caller", caller(), "kind", kind.name()), message);
        return new EvaluationException(kind, message, field);
    }

    String caller() {
        Principal p = session.getCallerPrincipal();
        return p == null || p.getName() == null ? "ANONYMOUS" : p.getName();
    }
}
