package cn.scast.tianfu.workstation;

import cn.scast.tianfu.platform.AuditTrail;
import cn.scast.tianfu.platform.RuleViolation;
import cn.scast.tianfu.reference.City;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;

/** Registry of academician (expert) workstations and their yearly evaluations. */
@Stateless
@RolesAllowed({"admin", "city-staff"})
public class WorkstationService {

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    public Workstation register(String name, String hostUnit, String cityCode, int establishedYear, String experts) {
        if (em.find(City.class, cityCode) == null) {
            throw new RuleViolation("未知的市州代码 " + cityCode);
        }
        if (!em.createQuery("SELECT w FROM Workstation w WHERE w.name = :name", Workstation.class)
                .setParameter("name", name).getResultList().isEmpty()) {
            throw new RuleViolation("工作站「" + name + "」已登记");
        }
        Workstation workstation = new Workstation(name, hostUnit, cityCode, establishedYear, experts);
        em.persist(workstation);
        em.flush();
        audit.record("workstation.register", "Workstation", workstation.getId(), null, Map.of("name", name,
                "hostUnit", hostUnit, "city", cityCode, "established", establishedYear, "experts", experts), null);
        return workstation;
    }

    @RolesAllowed("admin")
    public Workstation evaluate(long workstationId, int year, EvaluationGrade grade) {
        Workstation workstation = em.find(Workstation.class, workstationId);
        if (workstation == null) {
            throw new RuleViolation("工作站 " + workstationId + " 不存在");
        }
        EvaluationGrade before = workstation.getGrades().get(year);
        workstation.grade(year, grade);
        audit.record("workstation.evaluate", "Workstation", workstationId,
                before == null ? null : Map.of(String.valueOf(year), before.name()),
                Map.of(String.valueOf(year), grade.name()), null);
        return workstation;
    }

    @PermitAll
    public List<Workstation> all() {
        return em.createQuery("SELECT w FROM Workstation w ORDER BY w.cityCode, w.name", Workstation.class)
                .getResultList();
    }
}
