package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.RecordNotFound;
import cn.scast.tianfu.platform.RecordAccessRefused;
import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.platform.PagedQuery;
import cn.scast.tianfu.platform.Page;
import cn.scast.tianfu.platform.PageRequest;
import cn.scast.tianfu.platform.AuditTrail;
import cn.scast.tianfu.platform.FieldError;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 科技工作者团队: written by admins and by city staff for teams of their own city, audited with the member
 * ids before and after. A team name is unique within its city (409 otherwise).
 */
@Stateless
@RolesAllowed({"admin", "city-staff"})
public class TeamService {

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private AuditTrail audit;

    @Inject
    private FormValidator validator;

    public TeamView create(TeamForm form) {
        MembershipCaller caller = MembershipCaller.of(session, em);
        Team team = new Team(Instant.now());
        apply(team, form, caller);
        em.persist(team);
        flush();
        audit.record("team.create", "Team", team.getId(), null, snapshot(team), null);
        return TeamView.full(team);
    }

    public TeamView update(long id, TeamForm form) {
        MembershipCaller caller = MembershipCaller.of(session, em);
        Team team = em.find(Team.class, id);
        if (team == null) {
            throw RecordNotFound.orHidden();
        }
        requireCity(caller, team.getCityCode());
        Map<String, Object> before = snapshot(team);
        apply(team, form, caller);
        flush();
        audit.record("team.update", "Team", id, before, snapshot(team), null);
        return TeamView.full(team);
    }

    @RolesAllowed({"admin", "city-staff", "society-officer", "worker"})
    public TeamView find(long id) {
        Team team = em.find(Team.class, id);
        if (team == null) {
            throw RecordNotFound.orHidden();
        }
        return TeamView.full(team);
    }

    @RolesAllowed({"admin", "city-staff", "society-officer", "worker"})
    public Page<TeamView> search(String namePrefix, String cityCode, String disciplineCode, Long memberId, int offset, int limit) {
        Page<Team> page = PagedQuery.of(em, Team.class, "t").orderBy("t.name")
                .fetch("JOIN FETCH t.leader")
                .startsWith("t.name", "prefix", namePrefix)
                .filter("t.cityCode = :city", "city", cityCode)
                .filter("t.disciplineCode = :d", "d", disciplineCode)
                .filter("EXISTS (SELECT m.id FROM Team x JOIN x.members m WHERE x = t AND m.id = :member)", "member", memberId)
                .page(PageRequest.at(offset, limit).clamped(WorkerService.MAX_PAGE), null, t -> t, Team::getId);
        Map<Long, Integer> sizes = memberCounts(page.items().stream().map(Team::getId).toList());
        return new Page<>(page.items().stream().map(t -> TeamView.summary(t, sizes.getOrDefault(t.getId(), 0))).toList(),
                page.total(), page.offset(), page.limit(), page.next());
    }

    private Map<Long, Integer> memberCounts(List<Long> teamIds) {
        Map<Long, Integer> sizes = new HashMap<>();
        if (teamIds.isEmpty()) {
            return sizes;
        }
        List<Object[]> rows = em.createQuery("SELECT t.id, COUNT(m) FROM Team t JOIN t.members m WHERE t.id IN :ids "
                + "GROUP BY t.id", Object[].class).setParameter("ids", teamIds).getResultList();
        rows.forEach(r -> sizes.put((Long) r[0], ((Number) r[1]).intValue()));
        return sizes;
    }

    private void apply(Team team, TeamForm form, MembershipCaller caller) {
        List<FieldError> errors = new ArrayList<>(validator.validate(form));
        String city = WorkerService.trim(form.getCityCode());
        if (city != null && !References.cityExists(em, city)) {
            errors.add(new FieldError("cityCode", FormValidator.message("member.city.unknown")));
        }
        String discipline = WorkerService.trim(form.getDisciplineCode());
        if (discipline != null && !References.disciplineExists(em, discipline)
                && errors.stream().noneMatch(e -> e.field().equals("disciplineCode"))) {
            errors.add(new FieldError("disciplineCode", FormValidator.message("team.discipline.unknown")));
        }
        Worker leader = form.getLeaderId() == null ? null : em.find(Worker.class, form.getLeaderId());
        if (form.getLeaderId() != null && leader == null) {
            errors.add(new FieldError("leaderId", FormValidator.message("team.leader.unknown")));
        }
        Set<Worker> members = new LinkedHashSet<>();
        if (errors.stream().noneMatch(e -> e.field().equals("memberIds"))) {
            for (Long memberId : new LinkedHashSet<>(form.getMemberIds())) {
                Worker member = memberId == null ? null : em.find(Worker.class, memberId);
                if (member == null) {
                    errors.add(new FieldError("memberIds", FormValidator.message("team.members.unknown") + "：" + memberId));
                    break;
                }
                members.add(member);
            }
        }
        if (!errors.isEmpty()) {
            throw RefusedInput.invalid(errors);
        }
        requireCity(caller, city);
        Long clash = em.createQuery("SELECT COUNT(t) FROM Team t WHERE t.cityCode = :c AND t.name = :n AND t.id <> :id", Long.class)
                .setParameter("c", city).setParameter("n", form.getName().strip())
                .setParameter("id", team.getId() == null ? -1L : team.getId()).getSingleResult();
        if (clash > 0) {
            throw duplicate();
        }
        team.update(form.getName().strip(), leader, members, discipline, city);
    }

    private static void requireCity(MembershipCaller caller, String cityCode) {
        if (!caller.admin() && caller.cityStaff() && !cityCode.equals(caller.staffCityCode())) {
            throw RecordAccessRefused.thisRecord();
        }
    }

    private void flush() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (!Constraints.isDuplicateKey(e)) {
                throw e;
            }
            throw duplicate();
        }
    }

    private static RefusedInput duplicate() {
        return RefusedInput.conflicting(List.of(new FieldError("name",
                FormValidator.message("team.name.duplicate"))));
    }

    static Map<String, Object> snapshot(Team t) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", t.getId());
        s.put("name", t.getName());
        s.put("leaderId", t.getLeader() == null ? null : t.getLeader().getId());
        s.put("memberIds", t.getMembers().stream().map(Worker::getId).sorted().toList());
        s.put("disciplineCode", t.getDisciplineCode());
        s.put("cityCode", t.getCityCode());
        return s;
    }
}
