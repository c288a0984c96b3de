package cn.scast.tianfu.dashboard;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.List;

/** The figures the dashboard shows; each list is one aggregate query over indexed columns. */
@Stateless
public class DashboardService {

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    public PlatformTotals totals() {
        Object[] orders = (Object[]) em.createNativeQuery(
                "SELECT COUNT(*), COALESCE(SUM(status = 'SIGNED'), 0), COALESCE(SUM(deal_amount_wan_yuan), 0), "
                        + "COUNT(DISTINCT staff_username) FROM concierge_order").getSingleResult();
        return new PlatformTotals(
                count("SELECT COUNT(c) FROM City c"),
                count("SELECT COUNT(c) FROM County c"),
                count("SELECT COUNT(a) FROM UserAccount a"),
                count("SELECT COUNT(t) FROM TaxonomyTerm t"),
                number(orders[0]).longValue(),
                number(orders[1]).longValue(),
                decimal(orders[2]),
                number(orders[3]).longValue());
    }

    /** Every city, including those without orders yet, in the official order. */
    public List<CityFigures> byCity() {
        List<?> rows = em.createNativeQuery(
                "SELECT c.code, c.name, (SELECT COUNT(*) FROM ref_county k WHERE k.city_code = c.code), "
                        + "COUNT(o.id), COALESCE(SUM(o.status = 'SIGNED'), 0), COALESCE(SUM(o.deal_amount_wan_yuan), 0) "
                        + "FROM ref_city c LEFT JOIN concierge_order o ON o.city_code = c.code "
                        + "GROUP BY c.code, c.name, c.sort_order ORDER BY c.sort_order").getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new CityFigures((String) r[0], (String) r[1],
                number(r[2]).longValue(), number(r[3]).longValue(), number(r[4]).longValue(), decimal(r[5]))).toList();
    }

    /** Orders opened and deals signed per month (yyyy-MM), oldest first. */
    public List<MonthFigures> byMonth() {
        List<?> rows = em.createNativeQuery(
                "SELECT DATE_FORMAT(opened_on, '%Y-%m') AS month, COUNT(*), COALESCE(SUM(status = 'SIGNED'), 0), "
                        + "COALESCE(SUM(deal_amount_wan_yuan), 0) FROM concierge_order GROUP BY month ORDER BY month")
                .getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new MonthFigures((String) r[0],
                number(r[1]).longValue(), number(r[2]).longValue(), decimal(r[3]))).toList();
    }

    /** 人单数 per staff member: orders carried, deals signed, conversion and amount; busiest first. */
    public List<StaffFigures> byStaff(int limit) {
        List<?> rows = em.createNativeQuery(
                "SELECT staff_username, COUNT(*), COALESCE(SUM(status = 'SIGNED'), 0), "
                        + "COALESCE(SUM(deal_amount_wan_yuan), 0) FROM concierge_order GROUP BY staff_username "
                        + "ORDER BY COUNT(*) DESC, staff_username LIMIT ?1").setParameter(1, limit).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new StaffFigures((String) r[0],
                number(r[1]).longValue(), number(r[2]).longValue(), decimal(r[3]))).toList();
    }

    public List<KpiSnapshot> documentedFigures() {
        List<?> rows = em.createNativeQuery("SELECT metric, value, unit, as_of, source FROM kpi_snapshot "
                + "ORDER BY as_of DESC, metric").getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new KpiSnapshot((String) r[0], decimal(r[1]),
                (String) r[2], (String) r[3], (String) r[4])).toList();
    }

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }

    private static Number number(Object value) {
        return value == null ? 0 : (Number) value;
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }
}
