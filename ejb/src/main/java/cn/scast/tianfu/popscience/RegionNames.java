package cn.scast.tianfu.popscience;

import cn.scast.tianfu.platform.RefusedInput;
import jakarta.persistence.EntityManager;

import java.util.List;

/** The Chinese name of a region: 四川省, 成都市, 成都市武侯区, 成都市武侯区浆洗街街道. */
public final class RegionNames {

    private RegionNames() {
    }

    public static String of(EntityManager em, Region region) {
        if (region.cityCode() == null) {
            return "四川省";
        }
        String name = name(em, "SELECT name FROM ref_city WHERE code = ?1", region.cityCode());
        if (region.countyCode() != null) {
            name += name(em, "SELECT name FROM ref_county WHERE code = ?1", region.countyCode());
        }
        return region.town() == null ? name : name + region.town();
    }

    private static String name(EntityManager em, String sql, String code) {
        List<?> rows = em.createNativeQuery(sql).setParameter(1, code).getResultList();
        return rows.isEmpty() ? code : String.valueOf(rows.get(0));
    }

    /** The region a form names; a county the reference data does not know is refused on the county field. */
    public static Region known(EntityManager em, String cityCode, String countyCode, String town) {
        Region region = new Region(cityCode, countyCode, town);
        if (region.countyCode() != null && em.createNativeQuery("SELECT 1 FROM ref_county WHERE code = ?1")
                .setParameter(1, region.countyCode()).getResultList().isEmpty()) {
            throw RefusedInput.rule("countyCode", "没有这个区县：" + region.countyCode());
        }
        return region;
    }
}
