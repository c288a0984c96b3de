package cn.scast.tianfu.dashboard.imports;

import cn.scast.tianfu.imports.ImportTarget;
import cn.scast.tianfu.imports.RowFields;
import cn.scast.tianfu.imports.file.RowRejectedException;
import cn.scast.tianfu.imports.file.SourceRow;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** kpi_snapshot.csv: metric,value,unit,as_of,source — the figures quoted in the association's documents. */
@ApplicationScoped
public class KpiSnapshotImport implements ImportTarget {

    @Override
    public String name() {
        return "kpi-snapshot";
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("metric", "value", "unit", "as_of", "source");
    }

    @Override
    public List<Object> toParameters(SourceRow row) throws RowRejectedException {
        RowFields fields = new RowFields(row);
        String metric = fields.required("metric", 64);
        String raw = fields.required("value", 20);
        BigDecimal value;
        try {
            value = new BigDecimal(raw);
        } catch (NumberFormatException e) {
            throw fields.reject("value", "指标值「" + raw + "」不是数字");
        }
        return List.of(metric, fields.required("as_of", 16), value, fields.required("unit", 16),
                fields.required("source", 128));
    }

    @Override
    public String upsertSql() {
        return "INSERT INTO kpi_snapshot (metric, as_of, value, unit, source) VALUES (?, ?, ?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE value = VALUES(value), unit = VALUES(unit), source = VALUES(source)";
    }
}
