package cn.scast.tianfu.popscience;

import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.platform.AuditTrail;
import cn.scast.tianfu.platform.Callers;
import cn.scast.tianfu.platform.RecordAccessRefused;
import cn.scast.tianfu.platform.RecordConflict;
import cn.scast.tianfu.platform.RecordNotFound;
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

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The 科普员 registry: one per town or community. City staff register and edit their own city's (the province
 * office every city's); the public sees the list by county without mobile numbers. Writes are audited.
 */
@Stateless
@RolesAllowed({"admin", "city-staff"})
public class PopScienceVolunteers {

    static final String TARGET = "popsci_volunteer";
    static final int MAX_ROWS = 5000;

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    /** The caller's city's 科普员 (every city's for the province office), by county and town. */
    public List<VolunteerView> editable() {
        String city = staffCity();
        return views(city == null ? null : city);
    }

    /** Registers the 科普员 of a town that has none yet. */
    public VolunteerView register(VolunteerForm form) {
        if (form == null) {
            throw RefusedInput.rule("town", "请填写科普员信息");
        }
        Region town = RegionNames.known(em, form.cityCode, form.countyCode, form.town);
        ownCity(town.cityCode());
        if (!em.createQuery("SELECT v.id FROM PopScienceVolunteer v WHERE v.countyCode = :c AND v.town = :t", Long.class)
                .setParameter("c", town.countyCode()).setParameter("t", town.town()).getResultList().isEmpty()) {
            throw new RecordConflict("「" + town.town() + "」已登记科普员，请修改原记录（一镇一乡一村一社区一科普员）");
        }
        PopScienceVolunteer volunteer = new PopScienceVolunteer(town);
        volunteer.assign(form.name, form.mobile, form.organisation, Callers.name(session), clock.instant());
        link(volunteer, form.accountUsername);
        em.persist(volunteer);
        em.flush();
        VolunteerView view = view(volunteer, countyNames());
        audit.record("POPSCI_VOLUNTEER_REGISTERED", TARGET, volunteer.getId(), null, view, "登记科普员");
        return view;
    }

    /** Changes the person of a town: name, mobile, organisation. */
    public VolunteerView update(long id, VolunteerForm form) {
        PopScienceVolunteer volunteer = em.find(PopScienceVolunteer.class, id);
        if (volunteer == null) {
            throw new RecordNotFound("科普员 " + id + " 不存在");
        }
        ownCity(volunteer.getCityCode());
        Map<String, String> names = countyNames();
        VolunteerView before = view(volunteer, names);
        volunteer.assign(form == null ? null : form.name, form == null ? null : form.mobile,
                form == null ? null : form.organisation, Callers.name(session), clock.instant());
        if (form != null) {
            link(volunteer, form.accountUsername);
        }
        VolunteerView after = view(volunteer, names);
        audit.record("POPSCI_VOLUNTEER_UPDATED", TARGET, id, before, after, "修改科普员");
        return after;
    }

    /** The public list of a city (or all cities), by county and town, without mobile numbers. */
    @PermitAll
    public List<VolunteerView> published(String cityCode) {
        String city = cityCode == null || cityCode.isBlank() ? null : cityCode.strip();
        return views(city).stream().map(VolunteerView::withoutMobile).toList();
    }

    private List<VolunteerView> views(String city) {
        TypedQuery<PopScienceVolunteer> query = em.createQuery("SELECT v FROM PopScienceVolunteer v"
                + (city == null ? "" : " WHERE v.cityCode = :c") + " ORDER BY v.cityCode, v.countyCode, v.town",
                PopScienceVolunteer.class);
        if (city != null) {
            query.setParameter("c", city);
        }
        Map<String, String> names = countyNames();
        return query.setMaxResults(MAX_ROWS).getResultStream().map(v -> view(v, names)).toList();
    }

    /** Links the account that answers 科普问答 as this 科普员: null keeps the link, blank removes it. */
    private void link(PopScienceVolunteer volunteer, String username) {
        if (username == null) {
            return;
        }
        Long accountId = null;
        if (!username.isBlank()) {
            accountId = em.createQuery("SELECT a.id FROM UserAccount a WHERE a.username = :u", Long.class)
                    .setParameter("u", username.strip()).getResultStream().findFirst()
                    .orElseThrow(() -> RefusedInput.rule("accountUsername", "没有这个账号：" + username.strip()));
        }
        volunteer.linkAccount(accountId, Callers.name(session), clock.instant());
    }

    private void ownCity(String cityCode) {
        String city = staffCity();
        if (city != null && !city.equals(cityCode)) {
            throw new RecordAccessRefused("市州工作人员只能登记和修改本市州的科普员");
        }
    }

    private Map<String, String> countyNames() {
        List<?> rows = em.createNativeQuery("SELECT code, name FROM ref_county").getResultList();
        return rows.stream().map(Object[].class::cast)
                .collect(Collectors.toMap(r -> String.valueOf(r[0]).strip(), r -> String.valueOf(r[1]), (a, b) -> a));
    }

    private VolunteerView view(PopScienceVolunteer v, Map<String, String> countyNames) {
        String username = v.getAccountId() == null ? null : em.createQuery(
                "SELECT a.username FROM UserAccount a WHERE a.id = :id", String.class)
                .setParameter("id", v.getAccountId()).getResultStream().findFirst().orElse(null);
        return new VolunteerView(v.getId(), v.getCityCode(), v.getCountyCode(),
                countyNames.getOrDefault(v.getCountyCode(), v.getCountyCode()), v.getTown(), v.getName(), v.getMobile(),
                v.getOrganisation(), username);
    }

    private String staffCity() {
        return StaffCity.of(em, session);
    }
}
