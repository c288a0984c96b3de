package cn.scast.tianfu.popscience.imports;

import cn.scast.tianfu.imports.ImportTarget;
import cn.scast.tianfu.imports.RowFields;
import cn.scast.tianfu.imports.file.RowRejectedException;
import cn.scast.tianfu.imports.file.SourceRow;
import cn.scast.tianfu.popscience.PopScienceVolunteer;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * popsci_volunteers.csv: city_code,county_code,town,name,mobile,organisation. One 科普员 per town or community:
 * upserts by county and town, and a town named twice in one file is rejected at the second line. The county must
 * exist and belong to the city. Mobile numbers are masked in the reject report.
 */
@ApplicationScoped
public class VolunteerImport implements ImportTarget {

    static final long COUNTIES_MAX_AGE_MS = 60_000;

    @Inject
    private Clock clock;

    @Resource(lookup = "jdbc/tianfu")
    private DataSource dataSource;

    private volatile Counties counties;

    record Counties(Map<String, String> cityOfCounty, long loadedAt) {
    }

    @Override
    public String name() {
        return "popsci-volunteer";
    }

    @Override
    public String inboxFilePrefix() {
        return "popsci_volunteers_";
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("city_code", "county_code", "town", "name", "mobile", "organisation");
    }

    @Override
    public List<Object> toParameters(SourceRow row) throws RowRejectedException {
        RowFields fields = new RowFields(row);
        String city = fields.required("city_code", 6);
        String county = fields.required("county_code", 6);
        String knownCity = counties().cityOfCounty().get(county);
        if (knownCity == null) {
            throw fields.reject("county_code", "区县代码「" + county + "」不存在于参考数据中");
        }
        if (!knownCity.equals(city)) {
            throw fields.reject("county_code", "区县「" + county + "」不属于市州「" + city + "」");
        }
        String town = fields.required("town", 64);
        String name = fields.required("name", 64);
        String mobile = fields.optional("mobile", 11);
        if (mobile != null && !PopScienceVolunteer.MOBILE.matcher(mobile).matches()) {
            throw fields.reject("mobile", "手机号应为 1 开头的 11 位数字");
        }
        String organisation = fields.optional("organisation", 128);
        return java.util.Arrays.asList(city, county, town, name, mobile, organisation, Timestamp.from(clock.instant()));
    }

    @Override
    public String upsertSql() {
        return "INSERT INTO popsci_volunteer (city_code, county_code, town, name, mobile, organisation, updated_by, "
                + "updated_at, version) VALUES (?, ?, ?, ?, ?, ?, 'import', ?, 0) "
                + "ON DUPLICATE KEY UPDATE city_code = VALUES(city_code), name = VALUES(name), mobile = VALUES(mobile), "
                + "organisation = VALUES(organisation), updated_by = VALUES(updated_by), updated_at = VALUES(updated_at), "
                + "version = version + 1";
    }

    @Override
    public String uniqueKeyColumn() {
        return "town";
    }

    @Override
    public String uniqueKey(List<Object> parameters) {
        return parameters.get(1) + "/" + parameters.get(2);
    }

    @Override
    public String redact(String originalText) {
        return originalText == null ? null : originalText.replaceAll("(?<!\\d)(1\\d{2})\\d{4}(\\d{4})(?!\\d)", "$1****$2");
    }

    private Counties counties() {
        Counties current = counties;
        if (current == null || System.currentTimeMillis() - current.loadedAt() > COUNTIES_MAX_AGE_MS) {
            current = new Counties(read(), System.currentTimeMillis());
            counties = current;
        }
        return current;
    }

    private Map<String, String> read() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT code, city_code FROM ref_county")) {
            Map<String, String> result = new HashMap<>();
            while (rs.next()) {
                result.put(rs.getString(1).strip(), rs.getString(2).strip());
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the counties: " + e.getMessage(), e);
        }
    }
}
