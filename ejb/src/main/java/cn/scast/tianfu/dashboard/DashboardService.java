package cn.scast.tianfu.dashboard;

import cn.scast.tianfu.membership.CityStaffScope;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.List;

/**
 * The figures the dashboard shows; each list is one aggregate query over indexed columns. The province totals are
 * the same for everyone; the per-city, per-month and per-staff figures of a 科服保姆 are those of their own city.
 */
@Stateless
public class DashboardService {

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @EJB
    private CityStaffScope scope;

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
                        + "WHERE (?1 IS NULL OR c.code = ?1) "
                        + "GROUP BY c.code, c.name, c.sort_order ORDER BY c.sort_order")
                .setParameter(1, confinedCity()).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new CityFigures((String) r[0], (String) r[1],
                number(r[2]).longValue(), number(r[3]).longValue(), number(r[4]).longValue(), decimal(r[5]))).toList();
    }

    /** Orders opened and deals signed per month (yyyy-MM), oldest first. */
    public List<MonthFigures> byMonth() {
        List<?> rows = em.createNativeQuery(
                "SELECT DATE_FORMAT(opened_on, '%Y-%m') AS month, COUNT(*), COALESCE(SUM(status = 'SIGNED'), 0), "
                        + "COALESCE(SUM(deal_amount_wan_yuan), 0) FROM concierge_order WHERE (?1 IS NULL OR city_code = ?1) "
                        + "GROUP BY month ORDER BY month")
                .setParameter(1, confinedCity()).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new MonthFigures((String) r[0],
                number(r[1]).longValue(), number(r[2]).longValue(), decimal(r[3]))).toList();
    }

    /** 人单数 per staff member: orders carried, deals signed, conversion and amount; busiest first. */
    public List<StaffFigures> byStaff(int limit) {
        List<?> rows = em.createNativeQuery(
                "SELECT staff_username, COUNT(*), COALESCE(SUM(status = 'SIGNED'), 0), "
                        + "COALESCE(SUM(deal_amount_wan_yuan), 0) FROM concierge_order WHERE (?2 IS NULL OR city_code = ?2) "
                        + "GROUP BY staff_username ORDER BY COUNT(*) DESC, staff_username LIMIT ?1")
                .setParameter(1, limit).setParameter(2, confinedCity()).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new StaffFigures((String) r[0],
                number(r[1]).longValue(), number(r[2]).longValue(), decimal(r[3]))).toList();
    }

    /** The caller's own city when the caller is a 科服保姆, else null (every city). */
    private String confinedCity() {
        return scope.confinedCity().orElse(null);
    }

    /** City code → name, in the official order (for tables that store only the code). */
    public java.util.Map<String, String> cityNames() {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        for (Object row : em.createNativeQuery("SELECT code, name FROM ref_city ORDER BY sort_order").getResultList()) {
            Object[] r = (Object[]) row;
            names.put((String) r[0], (String) r[1]);
        }
        return names;
    }

    public List<KpiSnapshot> documentedFigures() {
        List<?> rows = em.createNativeQuery("SELECT metric, value, unit, as_of, source FROM kpi_snapshot "
                + "ORDER BY as_of DESC, metric").getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new KpiSnapshot((String) r[0], decimal(r[1]),
                (String) r[2], (String) r[3], (String) r[4])).toList();
    }

    public MarketTotals marketTotals() {
        Object[] listings = (Object[]) em.createNativeQuery("SELECT COALESCE(SUM(side = 'SUPPLY'), 0), "
                + "COALESCE(SUM(side = 'DEMAND'), 0) FROM listing").getSingleResult();
        return new MarketTotals(
                nativeCount("SELECT COUNT(*) FROM mem_worker"),
                nativeCount("SELECT COUNT(*) FROM mem_organisation"),
                number(listings[0]).longValue(),
                number(listings[1]).longValue(),
                nativeCount("SELECT COUNT(*) FROM workstation"),
                nativeCount("SELECT COUNT(*) FROM fair_project WHERE status = 'SIGNED'"));
    }

    /** Workers, organisations and listings of every city (also those with none), in the official order. */
    public List<CityMarketFigures> marketByCity() {
        List<?> rows = em.createNativeQuery(
                "SELECT c.code, c.name, COALESCE(w.n, 0), COALESCE(o.n, 0), COALESCE(l.supplies, 0), COALESCE(l.demands, 0) "
                        + "FROM ref_city c "
                        + "LEFT JOIN (SELECT city_code, COUNT(*) n FROM mem_worker GROUP BY city_code) w ON w.city_code = c.code "
                        + "LEFT JOIN (SELECT city_code, COUNT(*) n FROM mem_organisation GROUP BY city_code) o ON o.city_code = c.code "
                        + "LEFT JOIN (SELECT city_code, SUM(side = 'SUPPLY') supplies, SUM(side = 'DEMAND') demands "
                        + "FROM listing GROUP BY city_code) l ON l.city_code = c.code "
                        + "WHERE (?1 IS NULL OR c.code = ?1) ORDER BY c.sort_order")
                .setParameter(1, confinedCity()).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new CityMarketFigures((String) r[0], (String) r[1],
                number(r[2]).longValue(), number(r[3]).longValue(), number(r[4]).longValue(),
                number(r[5]).longValue())).toList();
    }

    /** Supply and demand listings created per month (yyyy-MM), oldest first. */
    public List<ListingMonthFigures> listingsByMonth() {
        List<?> rows = em.createNativeQuery(
                "SELECT DATE_FORMAT(created_at, '%Y-%m') AS month, COALESCE(SUM(side = 'SUPPLY'), 0), "
                        + "COALESCE(SUM(side = 'DEMAND'), 0) FROM listing GROUP BY month ORDER BY month").getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new ListingMonthFigures((String) r[0],
                number(r[1]).longValue(), number(r[2]).longValue())).toList();
    }

    /**
     * Live figures in the units the documents use, each beside the latest documented figure of the same
     * kind (e.g. 精准联系科技工作者（团队） 136 万人).
     */
    public List<DocumentedComparison> comparedWithDocuments() {
        PlatformTotals totals = totals();
        MarketTotals market = marketTotals();
        return List.of(
                DocumentedComparison.of("平台用户账户", BigDecimal.valueOf(totals.accounts()), 10_000, "万人",
                        latest("天府科技云用户")),
                DocumentedComparison.of("科技工作者（团队）", BigDecimal.valueOf(market.workers()), 10_000, "万人",
                        latest("精准联系科技工作者（团队）")),
                DocumentedComparison.of("企事业单位", BigDecimal.valueOf(market.organisations()), 10_000, "万家",
                        latest("精准服务企事业单位（累计）")),
                DocumentedComparison.of("发布科技供需", BigDecimal.valueOf(market.listings()), 10_000, "万项",
                        latest("发布科技供需")),
                DocumentedComparison.of("“保姆式”服务", BigDecimal.valueOf(totals.orders()), 10_000, "万单",
                        latest("“保姆式”服务")),
                DocumentedComparison.of("科服保姆", BigDecimal.valueOf(totals.staffWithOrders()), 1, "名",
                        latest("科服保姆")),
                DocumentedComparison.of("科技供需交易额", totals.dealAmountWanYuan(), 10_000, "亿元",
                        latest("科技供需交易额")),
                DocumentedComparison.of("院士（专家）工作站", BigDecimal.valueOf(market.workstations()), 1, "个",
                        latest("院士（专家）工作站")),
                DocumentedComparison.of("科创会现场签约项目", BigDecimal.valueOf(market.fairSignings()), 1, "个",
                        latest("科创会现场签约重大科创项目（三届累计）")));
    }

    private KpiSnapshot latest(String metric) {
        List<?> rows = em.createNativeQuery("SELECT metric, value, unit, as_of, source FROM kpi_snapshot "
                + "WHERE metric = ?1 ORDER BY as_of DESC LIMIT 1").setParameter(1, metric).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new KpiSnapshot((String) r[0], decimal(r[1]),
                (String) r[2], (String) r[3], (String) r[4])).findFirst().orElse(null);
    }

    private long nativeCount(String sql) {
        return number(em.createNativeQuery(sql).getSingleResult()).longValue();
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
