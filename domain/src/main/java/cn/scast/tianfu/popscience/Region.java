package cn.scast.tianfu.popscience;

import cn.scast.tianfu.platform.RuleViolation;
import cn.scast.tianfu.platform.Text;

/**
 * A place at one of four levels: the province (Sichuan, no codes), a city (6-digit code), a county inside it
 * (6-digit code sharing the city's first four digits) and a town or community inside the county (its name).
 * A lower level needs every level above it.
 */
public record Region(String cityCode, String countyCode, String town) {

    public static final Region PROVINCE = new Region(null, null, null);

    public Region {
        cityCode = Text.strippedOrNull(cityCode);
        countyCode = Text.strippedOrNull(countyCode);
        town = Text.strippedOrNull(town);
        if (cityCode != null && !cityCode.matches("51\\d{4}")) {
            throw new RuleViolation("市州代码应为 51 开头的 6 位数字");
        }
        if (countyCode != null && (cityCode == null || !countyCode.matches("\\d{6}")
                || !countyCode.startsWith(cityCode.substring(0, 4)))) {
            throw new RuleViolation("区县应属于所选市州");
        }
        if (town != null && (countyCode == null || town.length() > 64)) {
            throw new RuleViolation(countyCode == null ? "选择乡镇（街道、社区）前请先选择区县" : "乡镇（街道、社区）名称不能超过 64 个字");
        }
    }

    /** Whether every place of {@code other} lies inside this region (province ⊇ city ⊇ county ⊇ town). */
    public boolean contains(Region other) {
        return within(cityCode, other.cityCode) && within(countyCode, other.countyCode) && within(town, other.town);
    }

    /** 1 province, 2 city, 3 county, 4 town. */
    public int level() {
        return town != null ? 4 : countyCode != null ? 3 : cityCode != null ? 2 : 1;
    }

    private static boolean within(String outer, String inner) {
        return outer == null || outer.equals(inner);
    }

}
