package cn.scast.tianfu.listing.imports;

import cn.scast.tianfu.imports.ImportTarget;
import cn.scast.tianfu.imports.RowFields;
import cn.scast.tianfu.imports.file.RowRejectedException;
import cn.scast.tianfu.imports.file.SourceRow;
import cn.scast.tianfu.listing.Listing;
import cn.scast.tianfu.listing.ListingType;
import cn.scast.tianfu.listing.MarketSide;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * listings.csv: external_id,side,kind,title,description,keywords,discipline_code,industry_code,city_code,
 * amount_wan_yuan,owner_name. Upserts by external_id. New rows are published at once; a re-imported row keeps
 * its status (a closed or matched listing is not reopened by the nightly file), except that a draft is published.
 * Codes must exist in the reference tables loaded before.
 */
@ApplicationScoped
public class ListingImport implements ImportTarget {

    static final Pattern DISCIPLINE = Pattern.compile("\\d{3}(\\d{2}){0,2}");
    static final Pattern INDUSTRY = Pattern.compile("[A-T]|\\d{2,4}");
    static final Pattern CITY = Pattern.compile("51\\d{2}00");
    /** Reference codes are re-read at most this often, so a reference import earlier in the night is seen. */
    static final long CODES_MAX_AGE_MS = 60_000;

    @Inject
    private Clock clock;

    @Resource(lookup = "jdbc/tianfu")
    private DataSource dataSource;

    private volatile KnownCodes codes;

    record KnownCodes(Set<String> disciplines, Set<String> industries, Set<String> cities, long loadedAt) {
    }

    public ListingImport() {
    }

    /** With a clock of the test's choosing; the container injects the China clock. */
    ListingImport(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "listing";
    }

    @Override
    public String inboxFilePrefix() {
        return "listings_";
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("external_id", "side", "kind", "title", "description", "keywords", "discipline_code",
                "industry_code", "city_code", "amount_wan_yuan", "owner_name");
    }

    @Override
    public List<Object> toParameters(SourceRow row) throws RowRejectedException {
        RowFields fields = new RowFields(row);
        String externalId = fields.required("external_id", Listing.EXTERNAL_ID_MAX);
        MarketSide side = side(fields);
        ListingType kind = kind(fields, side);
        String title = fields.required("title", Listing.TITLE_MAX);
        String description = fields.optional("description", Listing.DESCRIPTION_MAX);
        String keywords = Listing.normaliseKeywords(fields.optional("keywords", Listing.KEYWORDS_MAX));
        KnownCodes known = knownCodes();
        String discipline = code(fields, "discipline_code", DISCIPLINE, "GB/T 13745 学科代码为 3、5 或 7 位数字",
                known.disciplines(), "学科代码");
        String industry = code(fields, "industry_code", INDUSTRY, "GB/T 4754 行业代码为门类字母或 2–4 位数字",
                known.industries(), "行业代码");
        String city = code(fields, "city_code", CITY, "四川省市州代码为 51xx00", known.cities(), "市州代码");
        BigDecimal amount = amount(fields);
        String owner = fields.optional("owner_name", Listing.OWNER_MAX);

        List<Object> parameters = new ArrayList<>(12);
        parameters.add(externalId);
        parameters.add(side.name());
        parameters.add(kind.name());
        parameters.add(title);
        parameters.add(description);
        parameters.add(keywords);
        parameters.add(discipline);
        parameters.add(industry);
        parameters.add(city);
        parameters.add(amount);
        parameters.add(owner);
        // Written like the API's timestamps (JVM time zone), not the database server's CURRENT_TIMESTAMP.
        parameters.add(Timestamp.from(clock.instant()));
        return parameters;
    }

    @Override
    public String upsertSql() {
        return "INSERT INTO listing (external_id, side, kind, title, description, keywords, discipline_code, "
                + "industry_code, city_code, amount_wan_yuan, owner_name, status, created_at, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, 0) "
                + "ON DUPLICATE KEY UPDATE side = VALUES(side), kind = VALUES(kind), title = VALUES(title), "
                + "description = VALUES(description), keywords = VALUES(keywords), "
                + "discipline_code = VALUES(discipline_code), industry_code = VALUES(industry_code), "
                + "city_code = VALUES(city_code), amount_wan_yuan = VALUES(amount_wan_yuan), "
                + "owner_name = VALUES(owner_name), status = IF(status = 'DRAFT', 'PUBLISHED', status), "
                + "version = version + 1";
    }

    private static MarketSide side(RowFields fields) throws RowRejectedException {
        String value = fields.required("side", 16);
        try {
            return MarketSide.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw fields.reject("side", "字段「side」的值「" + value + "」无效：应为 SUPPLY（所能）或 DEMAND（所需）");
        }
    }

    private static ListingType kind(RowFields fields, MarketSide side) throws RowRejectedException {
        String value = fields.required("kind", 32);
        ListingType kind;
        try {
            kind = ListingType.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw fields.reject("kind", "字段「kind」的值「" + value + "」无效，可选："
                    + Arrays.stream(ListingType.values()).map(Enum::name).collect(Collectors.joining("、")));
        }
        if (kind.side() != side) {
            throw fields.reject("kind", "类型「" + kind.label() + "」属于「" + kind.side().label() + "」，与 side「"
                    + side.label() + "」不一致");
        }
        return kind;
    }

    private static String code(RowFields fields, String column, Pattern pattern, String expectation, Set<String> known,
                               String what) throws RowRejectedException {
        String value = fields.optional(column, 16);
        if (value == null) {
            return null;
        }
        if (!pattern.matcher(value).matches()) {
            throw fields.reject(column, "字段「" + column + "」的值「" + value + "」格式不正确：" + expectation);
        }
        if (!known.contains(value)) {
            throw fields.reject(column, what + "「" + value + "」不存在于参考数据中");
        }
        return value;
    }

    private static BigDecimal amount(RowFields fields) throws RowRejectedException {
        String value = fields.optional("amount_wan_yuan", 16);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value);
            if (amount.signum() < 0) {
                throw fields.reject("amount_wan_yuan", "金额不能为负数：" + value);
            }
            if (amount.scale() > 2 || amount.precision() - amount.scale() > 10) {
                throw fields.reject("amount_wan_yuan", "金额最多 10 位整数、2 位小数（单位：万元）：" + value);
            }
            return amount;
        } catch (NumberFormatException e) {
            throw fields.reject("amount_wan_yuan", "字段「amount_wan_yuan」的值「" + value + "」不是数字");
        }
    }

    /** For tests: reference codes as if read from the database just now. */
    void useKnownCodes(Set<String> disciplines, Set<String> industries, Set<String> cities) {
        codes = new KnownCodes(Set.copyOf(disciplines), Set.copyOf(industries), Set.copyOf(cities), Long.MAX_VALUE / 2);
    }

    private KnownCodes knownCodes() {
        KnownCodes current = codes;
        if (current == null || System.currentTimeMillis() - current.loadedAt() > CODES_MAX_AGE_MS) {
            current = new KnownCodes(read("SELECT code FROM ref_taxonomy_term WHERE taxonomy = 'DISCIPLINE'"),
                    read("SELECT code FROM ref_taxonomy_term WHERE taxonomy = 'INDUSTRY'"),
                    read("SELECT code FROM ref_city"), System.currentTimeMillis());
            codes = current;
        }
        return current;
    }

    private Set<String> read(String sql) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            Set<String> result = new HashSet<>();
            while (rs.next()) {
                result.add(rs.getString(1));
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read reference codes: " + e.getMessage(), e);
        }
    }
}
