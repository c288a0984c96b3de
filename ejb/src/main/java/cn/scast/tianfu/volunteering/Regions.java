package cn.scast.tianfu.volunteering;

import cn.scast.tianfu.platform.RuleViolation;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Names of cities and counties for the views, and the check that a county lies in its city. */
final class Regions {

    private final Map<String, String> cities;
    private final Map<String, String> counties;

    private Regions(Map<String, String> cities, Map<String, String> counties) {
        this.cities = cities;
        this.counties = counties;
    }

    static Regions load(EntityManager em) {
        return new Regions(names(em, "SELECT code, name FROM ref_city"), names(em, "SELECT code, name FROM ref_county"));
    }

    String city(String code) {
        return code == null ? null : cities.getOrDefault(code, code);
    }

    String county(String code) {
        return code == null ? null : counties.getOrDefault(code, code);
    }

    String region(String cityCode, String countyCode) {
        return city(cityCode) + (countyCode == null ? "" : county(countyCode));
    }

    static void checkCountyOfCity(EntityManager em, String cityCode, String countyCode) {
        if (countyCode == null || countyCode.isBlank()) {
            return;
        }
        if (em.createNativeQuery("SELECT 1 FROM ref_county WHERE code = ?1 AND city_code = ?2")
                .setParameter(1, countyCode.strip()).setParameter(2, cityCode).getResultList().isEmpty()) {
            throw new RuleViolation("区县应属于所选市州：" + countyCode.strip());
        }
    }

    static void checkCity(EntityManager em, String cityCode) {
        if (cityCode == null || em.createNativeQuery("SELECT 1 FROM ref_city WHERE code = ?1")
                .setParameter(1, cityCode.strip()).getResultList().isEmpty()) {
            throw new RuleViolation("没有这个市州：" + cityCode);
        }
    }

    private static Map<String, String> names(EntityManager em, String sql) {
        List<?> rows = em.createNativeQuery(sql).getResultList();
        return rows.stream().map(Object[].class::cast)
                .collect(Collectors.toMap(r -> String.valueOf(r[0]).strip(), r -> String.valueOf(r[1]), (a, b) -> a));
    }
}
