package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.FieldError;
import cn.scast.tianfu.platform.Page;
import cn.scast.tianfu.platform.PagedQuery;
import cn.scast.tianfu.platform.Text;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;

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
public class TeamService extends RecordService<Team> {

    public TeamService() {
        super(Team.class, Team::getId, "team",
                new FieldError("name", FormValidator.message("team.name.duplicate")));
    }

    public TeamView create(TeamForm form) {
        MembershipCaller caller = caller();
        Team team = new Team(clock.instant());
        apply(team, form, caller);
        return TeamView.full(created(team));
    }

    public TeamView update(long id, TeamForm form) {
        MembershipCaller caller = caller();
        return TeamView.full(updated(id, team -> {
            caller.requireCity(team.getCityCode());
            apply(team, form, caller);
        }));
    }

    @RolesAllowed({"admin", "city-staff", "society-officer", "worker"})
    public TeamView find(long id) {
        return TeamView.full(load(id));
    }

    @RolesAllowed({"admin", "city-staff", "society-officer", "worker"})
    public Page<TeamView> search(String namePrefix, String cityCode, String disciplineCode, Long memberId, int offset, int limit) {
        Page<Team> page = page(PagedQuery.of(em, Team.class, "t").orderBy("t.name")
                .fetch("JOIN FETCH t.leader")
                .startsWith("t.name", "prefix", namePrefix)
                .filter("t.cityCode = :city", "city", cityCode)
                .filter("t.disciplineCode = :d", "d", disciplineCode)
                .filter("EXISTS (SELECT m.id FROM Team x JOIN x.members m WHERE x = t AND m.id = :member)", "member", memberId),
                offset, limit, t -> t);
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
        List<FieldError> errors = validate(form);
        String city = Text.strippedOrNull(form.getCityCode());
        if (city != null && !References.cityExists(em, city)) {
            errors.add(new FieldError("cityCode", FormValidator.message("member.city.unknown")));
        }
        String discipline = Text.strippedOrNull(form.getDisciplineCode());
        if (discipline != null && !References.disciplineExists(em, discipline) && !hasError(errors, "disciplineCode")) {
            errors.add(new FieldError("disciplineCode", FormValidator.message("team.discipline.unknown")));
        }
        Worker leader = form.getLeaderId() == null ? null : em.find(Worker.class, form.getLeaderId());
        if (form.getLeaderId() != null && leader == null) {
            errors.add(new FieldError("leaderId", FormValidator.message("team.leader.unknown")));
        }
        Set<Worker> members = new LinkedHashSet<>();
        if (!hasError(errors, "memberIds")) {
            for (Long memberId : new LinkedHashSet<>(form.getMemberIds())) {
                Worker member = memberId == null ? null : em.find(Worker.class, memberId);
                if (member == null) {
                    errors.add(new FieldError("memberIds", FormValidator.message("team.members.unknown") + "：" + memberId));
                    break;
                }
                members.add(member);
            }
        }
        refuseIfAny(errors);
        caller.requireCity(city);
        if (taken(team, Map.of("cityCode", city, "name", form.getName().strip()))) {
            throw duplicateKey();
        }
        team.update(form.getName().strip(), leader, members, discipline, city);
    }

    @Override
    protected Map<String, Object> snapshot(Team t) {
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
