package cn.scast.tianfu.membership.imports;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the worker and organisation imports check rows against, without a SELECT per row: cities and
 * counties (re-read at most once a minute, so a reference import earlier in the night is seen) and
 * organisation ids by credit code (found ids are kept; an unknown code is asked again, as the
 * organisation file of the same night may have added it).
 */
@ApplicationScoped
public class MembershipLookups {

    static final long MAX_AGE_MS = 60_000;

    @Resource(lookup = "jdbc/tianfu")
    private DataSource dataSource;

    private volatile Regions regions;
    private final Map<String, Long> organisations = new ConcurrentHashMap<>();

    /** County code → its city code, and the known city codes. */
    record Regions(Map<String, String> countyCities, java.util.Set<String> cities, long loadedAt) {
    }

    public boolean cityExists(String cityCode) {
        return regions().cities().contains(cityCode);
    }

    /** Whether the county exists and lies in the city. */
    public boolean countyIn(String countyCode, String cityCode) {
        return cityCode.equals(regions().countyCities().get(countyCode));
    }

    public Optional<Long> organisationId(String creditCode) {
        Long known = organisations.get(creditCode);
        if (known != null) {
            return Optional.of(known);
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT id FROM mem_organisation WHERE credit_code = ?")) {
            select.setString(1, creditCode);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                organisations.put(creditCode, rs.getLong(1));
                return Optional.of(rs.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look up organisation: " + e.getMessage(), e);
        }
    }

    private Regions regions() {
        Regions current = regions;
        if (current == null || System.currentTimeMillis() - current.loadedAt() > MAX_AGE_MS) {
            Map<String, String> counties = read("SELECT code, city_code FROM ref_county");
            current = new Regions(counties, read("SELECT code, code FROM ref_city").keySet(), System.currentTimeMillis());
            regions = current;
        }
        return current;
    }

    private Map<String, String> read(String sql) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            Map<String, String> result = new HashMap<>();
            while (rs.next()) {
                result.put(rs.getString(1).strip(), rs.getString(2).strip());
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read reference codes: " + e.getMessage(), e);
        }
    }
}
