package cn.scast.tianfu.popscience;

import jakarta.persistence.TypedQuery;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@link AudienceRule} as JPQL conditions on a subscriber {@code s} with its {@code choice}: who an item reaches
 * is counted and paged by the database instead of loading every subscriber of a region and filtering in Java.
 * Topics and groups are stored comma-joined, so a chosen value is found as {@code ,NAME,} in the padded column.
 */
final class AudienceQuery {

    private final StringBuilder where = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private AudienceQuery() {
    }

    static AudienceQuery reaching(AudienceRule.Target target) {
        AudienceQuery query = new AudienceQuery();
        Region region = target.region();
        query.equal("s.choice.cityCode", "city", region.cityCode());
        query.equal("s.choice.countyCode", "county", region.countyCode());
        query.equal("s.choice.town", "town", region.town());
        if (target.topics().isEmpty()) {
            query.where.append(" AND 1 = 0"); // no topic in common with anyone
        } else {
            query.where.append(" AND (");
            int n = 0;
            for (PopScienceTopic topic : target.topics()) {
                query.where.append(n == 0 ? "" : " OR ").append(query.chosen("s.choice.topics", "topic" + n, topic));
                n++;
            }
            query.where.append(')');
        }
        if (target.audience() != Audience.PUBLIC) {
            query.where.append(" AND ").append(query.chosen("s.choice.groups", "group", target.audience()));
        }
        return query;
    }

    /** Conditions to append after a WHERE clause, each starting with AND. */
    String where() {
        return where.toString();
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private void equal(String path, String name, String value) {
        if (value != null) {
            where.append(" AND ").append(path).append(" = :").append(name);
            parameters.put(name, value);
        }
    }

    private String chosen(String column, String name, Enum<?> value) {
        parameters.put(name, "," + value.name() + ",");
        return "LOCATE(:" + name + ", CONCAT(',', " + column + ", ',')) > 0";
    }
}
