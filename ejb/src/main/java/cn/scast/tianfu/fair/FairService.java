package cn.scast.tianfu.fair;

import cn.scast.tianfu.platform.AuditTrail;
import cn.scast.tianfu.platform.RuleViolation;
import cn.scast.tianfu.reference.City;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * 科创会: cities submit projects, experts review them ({@link FairReviews}), the fair promotes and signs the
 * recommended ones.
 */
@Stateless
@RolesAllowed({"admin", "city-staff"})
public class FairService {

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    public FairProject submit(int year, String title, FairProjectType type, String cityCode, String holderName) {
        if (em.find(City.class, cityCode) == null) {
            throw new RuleViolation("未知的市州代码 " + cityCode);
        }
        if (em.find(FairReview.class, year) != null) {
            throw new RuleViolation(year + " 年科创会已启动专家评审，不再受理项目提交");
        }
        if (!em.createQuery("SELECT p.id FROM FairProject p WHERE p.fairYear = :year AND p.title = :title "
                        + "AND p.holderName = :holder", Long.class).setParameter("year", year).setParameter("title", title)
                .setParameter("holder", holderName).getResultList().isEmpty()) {
            throw new RuleViolation(year + " 年科创会已有「" + holderName + "」的项目「" + title + "」");
        }
        FairProject project = new FairProject(year, title, type, cityCode, holderName);
        em.persist(project);
        em.flush();
        audit.record("fair.submit", "FairProject", project.getId(), null, Map.of("year", year, "title", title,
                "type", type.name(), "city", cityCode, "holder", holderName), null);
        return project;
    }

    public FairProject sign(long projectId, String partner, BigDecimal amountWanYuan) {
        FairProject project = require(projectId);
        project.sign(partner, amountWanYuan);
        audit.record("fair.sign", "FairProject", projectId, null, Map.of("partner", partner,
                "amount", amountWanYuan.toPlainString()), null);
        return project;
    }

    /** The published list: recommended and signed projects of a year and type, by city order then title. */
    @jakarta.annotation.security.PermitAll
    public List<FairProject> recommended(int year, FairProjectType type) {
        return em.createQuery("SELECT p FROM FairProject p, City c WHERE c.code = p.cityCode AND p.fairYear = :year "
                        + "AND p.type = :type AND p.status IN (cn.scast.tianfu.fair.FairProjectStatus.RECOMMENDED, "
                        + "cn.scast.tianfu.fair.FairProjectStatus.SIGNED) ORDER BY c.sortOrder, p.title", FairProject.class)
                .setParameter("year", year).setParameter("type", type).getResultList();
    }

    /** Every project of a year, whatever its status, in city order: the office's working list. */
    public List<FairProject> projects(int year) {
        return em.createQuery("SELECT p FROM FairProject p, City c WHERE c.code = p.cityCode AND p.fairYear = :year "
                + "ORDER BY c.sortOrder, p.type, p.title", FairProject.class).setParameter("year", year).getResultList();
    }

    private FairProject require(long id) {
        FairProject project = em.find(FairProject.class, id);
        if (project == null) {
            throw new RuleViolation("科创会项目 " + id + " 不存在");
        }
        return project;
    }
}
