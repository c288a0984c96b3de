package cn.scast.tianfu.volunteering;

import cn.scast.tianfu.membership.CityStaffScope;
import cn.scast.tianfu.membership.UserAccount;
import cn.scast.tianfu.platform.AuditTrail;
import cn.scast.tianfu.platform.Callers;
import cn.scast.tianfu.platform.RecordConflict;
import cn.scast.tianfu.platform.RecordNotFound;
import cn.scast.tianfu.platform.RuleViolation;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 科技志愿服务队: the province office registers teams in every city, city staff in their own; each team has a leader,
 * an account the staff designate. Teams, their leaders and total hours are public. Writes are audited.
 */
@Stateless
@RolesAllowed({"admin", "city-staff"})
public class VolunteerTeams {

    static final String TARGET = "vol_team";
    static final int MAX_ROWS = 2000;

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail audit;

    @EJB
    private CityStaffScope scope;

    @Resource
    private SessionContext session;

    /** The teams the caller manages: every team for the province office, the own city's for city staff. */
    public List<TeamView> editable() {
        return views(scope.confinedCity().orElse(null));
    }

    public TeamView create(TeamForm form) {
        if (form == null) {
            throw new RuleViolation("请填写服务队信息");
        }
        String city = form.cityCode == null || form.cityCode.isBlank() ? null : form.cityCode.strip();
        if (city == null) {
            throw new RuleViolation("请选择服务队所在市州");
        }
        Regions.checkCity(em, city);
        scope.requireMayWorkOn(city, "市州工作人员只能登记本市州的科技志愿服务队");
        Instant now = clock.instant();
        VolunteerTeam team = new VolunteerTeam(city, Callers.name(session), now);
        describe(team, form, now);
        em.persist(team);
        em.flush();
        TeamView view = view(team, Regions.load(em));
        audit.record("VOL_TEAM_CREATED", TARGET, team.getId(), null, view, "登记科技志愿服务队");
        return view;
    }

    public TeamView update(long id, TeamForm form) {
        VolunteerTeam team = find(id);
        scope.requireMayWorkOn(team.getCityCode(), "市州工作人员只能修改本市州的科技志愿服务队");
        if (form == null) {
            throw new RuleViolation("请填写服务队信息");
        }
        Regions regions = Regions.load(em);
        TeamView before = view(team, regions);
        describe(team, form, clock.instant());
        em.flush();
        TeamView after = view(team, regions);
        audit.record("VOL_TEAM_UPDATED", TARGET, id, before, after, "修改科技志愿服务队");
        return after;
    }

    /**
     * The teams whose activities the caller manages: the staff's (as {@link #editable()}), else the teams the caller
     * leads.
     */
    @RolesAllowed({"admin", "city-staff", "society-officer", "jury-member", "worker", "enterprise", "public"})
    public List<TeamView> manageable() {
        if (session.isCallerInRole("admin") || session.isCallerInRole("city-staff")) {
            return editable();
        }
        String me = Callers.name(session);
        return views(null, me);
    }

    /** The public list of a city's teams (every city's without a city). */
    @PermitAll
    public List<TeamView> published(String cityCode) {
        String city = cityCode == null || cityCode.isBlank() ? null : cityCode.strip();
        return views(city).stream().map(TeamView::forPublic).toList();
    }

    @PermitAll
    public TeamView team(long id) {
        return view(find(id), Regions.load(em)).forPublic();
    }

    VolunteerTeam find(long id) {
        VolunteerTeam team = em.find(VolunteerTeam.class, id);
        if (team == null) {
            throw new RecordNotFound("科技志愿服务队 " + id + " 不存在");
        }
        return team;
    }

    private void describe(VolunteerTeam team, TeamForm form, Instant now) {
        Regions.checkCountyOfCity(em, team.getCityCode(), form.countyCode);
        String leader = form.leaderUsername == null ? null : form.leaderUsername.strip();
        if (leader != null && !leader.isEmpty() && account(leader).isEmpty()) {
            throw new RuleViolation("没有账号「" + leader + "」，队长须是平台的注册账号");
        }
        String name = form.name == null ? null : form.name.strip();
        List<Long> sameName = em.createQuery("SELECT t.id FROM VolunteerTeam t WHERE t.cityCode = :c AND t.name = :n",
                        Long.class).setParameter("c", team.getCityCode()).setParameter("n", name)
                .getResultList();
        if (sameName.stream().anyMatch(other -> !other.equals(team.getId()))) {
            throw new RecordConflict("本市州已有名为「" + name + "」的科技志愿服务队");
        }
        team.describe(form.name, form.hostOrg, form.countyCode, form.topics, leader, now);
    }

    private Optional<UserAccount> account(String username) {
        return em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :u", UserAccount.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    private List<TeamView> views(String city) {
        return views(city, null);
    }

    private List<TeamView> views(String city, String leader) {
        TypedQuery<VolunteerTeam> query = em.createQuery("SELECT t FROM VolunteerTeam t WHERE 1 = 1"
                + (city == null ? "" : " AND t.cityCode = :c") + (leader == null ? "" : " AND t.leaderUsername = :l")
                + " ORDER BY t.cityCode, t.name", VolunteerTeam.class);
        if (city != null) {
            query.setParameter("c", city);
        }
        if (leader != null) {
            query.setParameter("l", leader);
        }
        List<VolunteerTeam> teams = query.setMaxResults(MAX_ROWS).getResultList();
        Map<Long, BigDecimal> hours = new HashMap<>();
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT s.activity.team.id, SUM(s.hours) FROM VolunteerSignUp s "
                + "WHERE s.status = cn.scast.tianfu.volunteering.SignUpStatus.ATTENDED GROUP BY s.activity.team.id",
                Object[].class).getResultList()) {
            hours.put((Long) row[0], (BigDecimal) row[1]);
        }
        for (Object[] row : em.createQuery("SELECT a.team.id, COUNT(a) FROM VolunteerActivity a GROUP BY a.team.id",
                Object[].class).getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        Regions regions = Regions.load(em);
        Map<String, String> leaders = leaderNames(teams);
        return teams.stream().map(t -> view(t, regions, leaders.get(t.getLeaderUsername()),
                hours.getOrDefault(t.getId(), BigDecimal.ZERO), counts.getOrDefault(t.getId(), 0L))).toList();
    }

    private Map<String, String> leaderNames(List<VolunteerTeam> teams) {
        List<String> names = teams.stream().map(VolunteerTeam::getLeaderUsername).distinct().toList();
        Map<String, String> result = new HashMap<>();
        if (!names.isEmpty()) {
            for (Object[] row : em.createQuery("SELECT a.username, a.displayName FROM UserAccount a WHERE a.username IN :n",
                    Object[].class).setParameter("n", names).getResultList()) {
                result.put((String) row[0], (String) row[1]);
            }
        }
        return result;
    }

    private TeamView view(VolunteerTeam team, Regions regions) {
        BigDecimal hours = em.createQuery("SELECT SUM(s.hours) FROM VolunteerSignUp s WHERE s.activity.team.id = :t "
                        + "AND s.status = cn.scast.tianfu.volunteering.SignUpStatus.ATTENDED", BigDecimal.class)
                .setParameter("t", team.getId()).getSingleResult();
        long activities = em.createQuery("SELECT COUNT(a) FROM VolunteerActivity a WHERE a.team.id = :t", Long.class)
                .setParameter("t", team.getId()).getSingleResult();
        String leader = account(team.getLeaderUsername()).map(UserAccount::getDisplayName).orElse(null);
        return view(team, regions, leader, hours == null ? BigDecimal.ZERO : hours, activities);
    }

    private static TeamView view(VolunteerTeam t, Regions regions, String leaderName, BigDecimal hours, long activities) {
        return new TeamView(t.getId(), t.getName(), t.getHostOrg(), t.getCityCode(), regions.city(t.getCityCode()),
                t.getCountyCode(), regions.county(t.getCountyCode()), t.getTopics(), t.getLeaderUsername(), leaderName,
                hours.setScale(1, java.math.RoundingMode.HALF_UP), activities);
    }
}
