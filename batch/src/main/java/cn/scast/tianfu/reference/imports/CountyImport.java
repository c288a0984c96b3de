package cn.scast.tianfu.reference.imports;

import cn.scast.tianfu.imports.ImportTarget;
import cn.scast.tianfu.imports.RowFields;
import cn.scast.tianfu.imports.file.RowRejectedException;
import cn.scast.tianfu.imports.file.SourceRow;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** counties.csv: code,name,city_code; a county code starts with its city's first four digits. */
@ApplicationScoped
public class CountyImport implements ImportTarget {

    private static final Pattern COUNTY_CODE = Pattern.compile("51\\d{4}");

    @Override
    public String name() {
        return "county";
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("code", "name", "city_code");
    }

    @Override
    public List<Object> toParameters(SourceRow row) throws RowRejectedException {
        RowFields fields = new RowFields(row);
        String code = fields.matching("code", COUNTY_CODE, "四川省区县代码为 51 开头的 6 位数字");
        String name = fields.required("name", 32);
        String cityCode = fields.matching("city_code", CityImport.CITY_CODE, "四川省市州代码为 51xx00");
        if (!code.startsWith(cityCode.substring(0, 4))) {
            throw fields.reject("code", "区县代码 " + code + " 不属于市州 " + cityCode);
        }
        return List.of(code, name, cityCode);
    }

    @Override
    public String upsertSql() {
        return "INSERT INTO ref_county (code, name, city_code) VALUES (?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE name = VALUES(name), city_code = VALUES(city_code)";
    }
}
