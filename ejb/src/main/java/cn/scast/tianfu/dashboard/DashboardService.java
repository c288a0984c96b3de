package cn.scast.tianfu.dashboard;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The figures the dashboard shows, each one query. */
@Stateless
public class DashboardService {

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    public PlatformTotals totals() {
        return new PlatformTotals(
                count("SELECT COUNT(c) FROM City c"),
                count("SELECT COUNT(c) FROM County c"),
                count("SELECT COUNT(a) FROM UserAccount a"),
                count("SELECT COUNT(t) FROM TaxonomyTerm t"));
    }

    public List<CityFigures> byCity() {
        return em.createQuery("SELECT NEW cn.scast.tianfu.dashboard.CityFigures(c.code, c.name, "
                        + "(SELECT COUNT(k) FROM County k WHERE k.cityCode = c.code)) "
                        + "FROM City c ORDER BY c.sortOrder", CityFigures.class)
                .getResultList();
    }

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }
}
