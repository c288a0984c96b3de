package cn.scast.tianfu.concierge.imports;

import cn.scast.tianfu.concierge.ClientType;
import cn.scast.tianfu.concierge.OrderStatus;
import cn.scast.tianfu.imports.ImportTarget;
import cn.scast.tianfu.imports.RowFields;
import cn.scast.tianfu.imports.file.RowRejectedException;
import cn.scast.tianfu.imports.file.SourceRow;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * concierge_orders.csv: order summaries reported by the city associations (order_no is the natural
 * key). A signed order must carry its amount; an open one must not have a closing date.
 */
@ApplicationScoped
public class ConciergeOrderImport implements ImportTarget {

    private static final Pattern CITY = Pattern.compile("51\\d{2}00");

    @Override
    public String name() {
        return "concierge-order";
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("order_no", "client_type", "client_name", "city_code", "staff_username", "title", "status",
                "opened_on", "closed_on", "deal_amount_wan_yuan");
    }

    @Override
    public List<Object> toParameters(SourceRow row) throws RowRejectedException {
        RowFields fields = new RowFields(row);
        String orderNo = fields.required("order_no", 32);
        ClientType clientType = enumOf(fields, "client_type", ClientType.class);
        String clientName = fields.required("client_name", 64);
        String city = fields.matching("city_code", CITY, "四川省市州代码为 51xx00");
        String staff = fields.required("staff_username", 64);
        String title = fields.required("title", 100);
        String policy = fields.optional("policy", 1000);
        OrderStatus status = enumOf(fields, "status", OrderStatus.class);
        LocalDate opened = date(fields, "opened_on", true);
        LocalDate closed = date(fields, "closed_on", false);
        BigDecimal amount = amount(fields);
        if (status.isClosed() != (closed != null)) {
            throw fields.reject("closed_on", status.isClosed() ? "已结单的保姆单必须有结单日期" : "未结单的保姆单不应有结单日期");
        }
        if (closed != null && closed.isBefore(opened)) {
            throw fields.reject("closed_on", "结单日期早于建单日期");
        }
        if ((status == OrderStatus.SIGNED) != (amount != null && amount.signum() > 0)) {
            throw fields.reject("deal_amount_wan_yuan", status == OrderStatus.SIGNED
                    ? "已签约的保姆单必须有大于 0 的签约金额" : "未签约的保姆单不应有签约金额");
        }
        return Arrays.asList(orderNo, clientType.name(), clientName, city, staff, title, policy, status.name(),
                opened, closed, amount);
    }

    @Override
    public String upsertSql() {
        return "INSERT INTO concierge_order (order_no, client_type, client_name, city_code, staff_username, title, "
                + "policy, status, opened_on, closed_on, deal_amount_wan_yuan) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE client_type = VALUES(client_type), client_name = VALUES(client_name), "
                + "city_code = VALUES(city_code), staff_username = VALUES(staff_username), title = VALUES(title), "
                + "policy = VALUES(policy), status = VALUES(status), opened_on = VALUES(opened_on), "
                + "closed_on = VALUES(closed_on), deal_amount_wan_yuan = VALUES(deal_amount_wan_yuan)";
    }

    private static <E extends Enum<E>> E enumOf(RowFields fields, String column, Class<E> type)
            throws RowRejectedException {
        String value = fields.required(column, 32);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw fields.reject(column, "字段「" + column + "」的值「" + value + "」不在允许范围内："
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static LocalDate date(RowFields fields, String column, boolean required) throws RowRejectedException {
        String value = required ? fields.required(column, 10) : fields.optional(column, 10);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw fields.reject(column, "字段「" + column + "」的日期「" + value + "」格式应为 yyyy-MM-dd");
        }
    }

    private static BigDecimal amount(RowFields fields) throws RowRejectedException {
        String value = fields.optional("deal_amount_wan_yuan", 20);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value);
            if (amount.signum() < 0 || amount.scale() > 2) {
                throw fields.reject("deal_amount_wan_yuan", "签约金额应为不小于 0、最多两位小数的数字（万元）");
            }
            return amount;
        } catch (NumberFormatException e) {
            throw fields.reject("deal_amount_wan_yuan", "签约金额「" + value + "」不是数字");
        }
    }
}
