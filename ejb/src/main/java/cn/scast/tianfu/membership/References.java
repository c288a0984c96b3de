package cn.scast.tianfu.membership;

import jakarta.persistence.EntityManager;

/** Checks codes against the reference tables (ref_city, ref_taxonomy_term) loaded from the seeds. */
final class References {

    private References() {
    }

    static boolean cityExists(EntityManager em, String cityCode) {
        return exists(em, "SELECT COUNT(*) FROM ref_city WHERE code = ?", cityCode);
    }

    static boolean disciplineExists(EntityManager em, String code) {
        return exists(em, "SELECT COUNT(*) FROM ref_taxonomy_term WHERE taxonomy = 'DISCIPLINE' AND code = ?", code);
    }

    private static boolean exists(EntityManager em, String sql, String code) {
        return em.createNativeQuery(sql).setParameter(1, code).getSingleResult() instanceof Number n && n.longValue() > 0;
    }
}
