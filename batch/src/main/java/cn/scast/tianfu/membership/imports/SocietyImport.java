package cn.scast.tianfu.membership.imports;

import cn.scast.tianfu.imports.ImportTarget;
import cn.scast.tianfu.imports.RowFields;
import cn.scast.tianfu.imports.file.RowRejectedException;
import cn.scast.tianfu.imports.file.SourceRow;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** societies.csv: code,name,discipline_code,supervising_unit,founded_year,member_count (学会), upserted by code. */
@ApplicationScoped
public class SocietyImport implements ImportTarget {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,15}");

    @Override
    public String name() {
        return "society";
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("code", "name", "discipline_code", "supervising_unit");
    }

    @Override
    public List<Object> toParameters(SourceRow row) throws RowRejectedException {
        RowFields fields = new RowFields(row);
        List<Object> parameters = new ArrayList<>(6);
        parameters.add(fields.matching("code", CODE, "大写字母开头的 2–16 位字母或数字，如 S001"));
        parameters.add(fields.required("name", 64));
        parameters.add(fields.optional("discipline_code", 16));
        parameters.add(fields.optional("supervising_unit", 64));
        parameters.add(optionalInteger(fields, row, "founded_year", 1800, 2100));
        parameters.add(optionalInteger(fields, row, "member_count", 0, 10_000_000));
        return parameters;
    }

    private static Integer optionalInteger(RowFields fields, SourceRow row, String column, int min, int max)
            throws RowRejectedException {
        String value = row.values().get(column);
        return value == null || value.isBlank() ? null : fields.integer(column, min, max);
    }

    @Override
    public String upsertSql() {
        return "INSERT INTO mem_society (code, name, discipline_code, supervising_unit, founded_year, member_count) "
                + "VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE name = VALUES(name), "
                + "discipline_code = VALUES(discipline_code), supervising_unit = VALUES(supervising_unit), "
                + "founded_year = VALUES(founded_year), member_count = VALUES(member_count)";
    }
}
