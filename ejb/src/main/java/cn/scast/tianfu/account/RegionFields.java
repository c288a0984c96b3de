package cn.scast.tianfu.account;

import cn.scast.tianfu.platform.FieldError;
import cn.scast.tianfu.platform.Text;
import jakarta.persistence.EntityManager;

import java.util.List;

/** The city and county fields of the self-service forms (registration, profile), checked against the reference data. */
final class RegionFields {

    private RegionFields() {
    }

    /** A required, known city code; null (with a field error) otherwise. */
    static String city(EntityManager em, String raw, List<FieldError> errors) {
        String city = Text.strippedOrNull(raw);
        if (city == null) {
            errors.add(new FieldError("cityCode", "请选择所在市州"));
        } else if (count(em, "SELECT COUNT(*) FROM ref_city WHERE code = ?1", city, null) == 0) {
            errors.add(new FieldError("cityCode", "市州代码不存在"));
            return null;
        }
        return city;
    }

    /** An optional county code, which must lie in {@code city} when both are given. */
    static String county(EntityManager em, String raw, String city, List<FieldError> errors) {
        String county = Text.strippedOrNull(raw);
        if (county != null && city != null
                && count(em, "SELECT COUNT(*) FROM ref_county WHERE code = ?1 AND city_code = ?2", county, city) == 0) {
            errors.add(new FieldError("countyCode", "区县不属于所选市州"));
        }
        return county;
    }

    private static long count(EntityManager em, String sql, String first, String second) {
        var query = em.createNativeQuery(sql).setParameter(1, first);
        if (second != null) {
            query.setParameter(2, second);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
