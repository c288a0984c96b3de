package cn.scast.tianfu.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.LinkedHashMap;
import java.util.Map;

/** Cities and counties for the public registration page (no sign-in needed: reference data is public). */
@Stateless
@PermitAll
public class ReferenceLists {

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    /** Code → name in the official order. */
    public Map<String, String> cities() {
        return codesAndNames(em.createNativeQuery("SELECT code, name FROM ref_city ORDER BY sort_order, code"));
    }

    public Map<String, String> counties(String cityCode) {
        return codesAndNames(em.createNativeQuery("SELECT code, name FROM ref_county WHERE city_code = ? ORDER BY code")
                .setParameter(1, cityCode));
    }

    private static Map<String, String> codesAndNames(jakarta.persistence.Query query) {
        Map<String, String> result = new LinkedHashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            result.put(String.valueOf(columns[0]).strip(), String.valueOf(columns[1]));
        }
        return result;
    }
}
