package cn.scast.tianfu.reference.imports;

import cn.scast.tianfu.imports.ImportTarget;
import cn.scast.tianfu.imports.RowFields;
import cn.scast.tianfu.imports.file.RowRejectedException;
import cn.scast.tianfu.imports.file.SourceRow;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** cities.csv: code,name,sort_order (GB/T 2260 codes of the 21 市州). */
@ApplicationScoped
public class CityImport implements ImportTarget {

    static final Pattern CITY_CODE = Pattern.compile("51\\d{2}00");

    @Override
    public String name() {
        return "city";
    }

    @Override
    public String inboxFilePrefix() {
        return "cities_";
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("code", "name", "sort_order");
    }

    @Override
    public List<Object> toParameters(SourceRow row) throws RowRejectedException {
        RowFields fields = new RowFields(row);
        return List.of(
                fields.matching("code", CITY_CODE, "四川省市州代码为 51xx00"),
                fields.required("name", 32),
                fields.integer("sort_order", 1, 999));
    }

    @Override
    public String upsertSql() {
        return "INSERT INTO ref_city (code, name, sort_order) VALUES (?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE name = VALUES(name), sort_order = VALUES(sort_order)";
    }
}
