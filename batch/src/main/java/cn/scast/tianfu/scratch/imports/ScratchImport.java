package cn.scast.tianfu.scratch.imports;

import cn.scast.tianfu.imports.ImportTarget;
import cn.scast.tianfu.imports.RowFields;
import cn.scast.tianfu.imports.file.RowRejectedException;
import cn.scast.tianfu.imports.file.SourceRow;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * scratch_*.csv: id,code,title,city_code,amount,contact,description — listing-like rows into
 * import_scratch, for restart tests and the import benchmark. A row written twice counts up
 * {@code writes}, so exactly-once loading is visible in the data.
 */
@ApplicationScoped
public class ScratchImport implements ImportTarget {

    private static final Pattern CITY = Pattern.compile("51\\d{4}");

    @Override
    public String name() {
        return "scratch";
    }

    @Override
    public String inboxFilePrefix() {
        return "scratch_";
    }

    @Override
    public int chunkSize() {
        return 10000;
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("id", "code", "title", "city_code");
    }

    @Override
    public List<Object> toParameters(SourceRow row) throws RowRejectedException {
        RowFields fields = new RowFields(row);
        String idText = fields.required("id", 19);
        long id;
        try {
            id = Long.parseLong(idText);
        } catch (NumberFormatException e) {
            throw fields.reject("id", "字段「id」的值「" + idText + "」不是整数");
        }
        if (id <= 0) {
            throw fields.reject("id", "字段「id」必须为正整数");
        }
        String amountText = fields.optional("amount", 20);
        BigDecimal amount = null;
        if (amountText != null) {
            try {
                amount = new BigDecimal(amountText.replace(",", ""));
            } catch (NumberFormatException e) {
                throw fields.reject("amount", "字段「amount」的值「" + amountText + "」不是数字");
            }
        }
        List<Object> parameters = new ArrayList<>(8);
        parameters.add(id);
        parameters.add(row.lineNumber());
        parameters.add(fields.required("code", 32));
        parameters.add(fields.required("title", 200));
        parameters.add(fields.matching("city_code", CITY, "四川省行政区划代码为 51 开头的 6 位数字"));
        parameters.add(amount);
        parameters.add(fields.optional("contact", 64));
        parameters.add(fields.optional("description", 2000));
        return parameters;
    }

    @Override
    public String upsertSql() {
        return "INSERT INTO import_scratch (id, line_number, code, title, city_code, amount, contact, description) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE line_number = VALUES(line_number), "
                + "code = VALUES(code), title = VALUES(title), city_code = VALUES(city_code), amount = VALUES(amount), "
                + "contact = VALUES(contact), description = VALUES(description), writes = writes + 1";
    }
}
