package cn.scast.tianfu.volunteering;

import cn.scast.tianfu.membership.CityStaffScope;
import cn.scast.tianfu.membership.UserAccount;
import cn.scast.tianfu.notification.Notifier;
import cn.scast.tianfu.platform.AuditTrail;
import cn.scast.tianfu.platform.Callers;
import cn.scast.tianfu.platform.ChinaTime;
import cn.scast.tianfu.platform.RecordAccessRefused;
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
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Activities of the 科技志愿服务队 and the sign-ups of accounts. A team's leader or the staff of its city publish and
 * cancel activities and record attendance and hours afterwards; any signed-in account signs up once per activity
 * while places are left and before the start, and may cancel before the start. Participants hear of the sign-up and
 * of their recorded hours in their inbox. Writes are audited.
 */
@Stateless
@RolesAllowed({"admin", "city-staff", "society-officer", "jury-member", "worker", "enterprise", "public"})
public class VolunteerActivities {

    static final String ACTIVITY = "vol_activity";
    static final String SIGN_UP = "vol_signup";
    static final int MAX_ROWS = 500;
    private static final String TAKEN = "SELECT COUNT(s) FROM VolunteerSignUp s WHERE s.activity.id = :a "
            + "AND s.status <> cn.scast.tianfu.volunteering.SignUpStatus.CANCELLED";

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail audit;

    @EJB
    private CityStaffScope scope;

    @EJB
    private Notifier notifier;

    @Resource
    private SessionContext session;

    /** Publishes an activity of a team the caller leads or whose city the caller works for. */
    public ActivityView publish(ActivityForm form) {
        if (form == null || form.teamId == null) {
            throw new RuleViolation("请选择服务队");
        }
        VolunteerTeam team = em.find(VolunteerTeam.class, form.teamId);
        if (team == null) {
            throw new RecordNotFound("科技志愿服务队 " + form.teamId + " 不存在");
        }
        requireManages(team, "只有服务队队长或本市州工作人员可以发布活动");
        if (form.capacity == null) {
            throw new RuleViolation("请填写招募人数");
        }
        Regions.checkCountyOfCity(em, team.getCityCode(), form.countyCode);
        Instant now = clock.instant();
        VolunteerActivity activity = new VolunteerActivity(team, Callers.name(session), now);
        activity.describe(form.title, form.description, form.place, form.countyCode, instant(form.startsAt),
                instant(form.endsAt), form.capacity, form.hours, now);
        em.persist(activity);
        em.flush();
        ActivityView view = view(activity, Regions.load(em), now);
        audit.record("VOL_ACTIVITY_PUBLISHED", ACTIVITY, activity.getId(), null, view, "发布志愿服务活动");
        return view;
    }

    /** Cancels an activity with a reason; everyone signed up hears of it in the inbox. */
    public ActivityView cancel(long id, String reason) {
        VolunteerActivity activity = find(id);
        requireManages(activity.getTeam(), "只有服务队队长或本市州工作人员可以取消活动");
        Instant now = clock.instant();
        Regions regions = Regions.load(em);
        ActivityView before = view(activity, regions, now);
        activity.cancel(reason, now);
        for (Object[] row : participants(id)) {
            VolunteerSignUp signUp = (VolunteerSignUp) row[0];
            if (signUp.getStatus() == SignUpStatus.SIGNED_UP) {
                notifier.notify((UserAccount) row[1], "volunteering.cancelled", "【科技志愿服务】活动已取消：" + cut(activity.getTitle()),
                        "您报名的志愿服务活动「" + activity.getTitle() + "」（" + ChinaTime.MINUTES.format(activity.getStartsAt())
                                + "）已取消。原因：" + activity.getCancelReason() + "\n\n天府科技云");
            }
        }
        ActivityView after = view(activity, regions, now);
        audit.record("VOL_ACTIVITY_CANCELLED", ACTIVITY, id, before, after, "取消志愿服务活动：" + activity.getCancelReason());
        return after;
    }

    /** The activities of a team that have not ended yet, soonest first (public). */
    @PermitAll
    public List<ActivityView> upcoming(long teamId) {
        Instant now = clock.instant();
        Regions regions = Regions.load(em);
        return em.createQuery("SELECT a FROM VolunteerActivity a WHERE a.team.id = :t AND a.endsAt > :now "
                        + "ORDER BY a.startsAt, a.id", VolunteerActivity.class)
                .setParameter("t", teamId).setParameter("now", now).setMaxResults(MAX_ROWS).getResultStream()
                .map(a -> view(a, regions, now)).toList();
    }

    /** One activity with its places left (public). */
    @PermitAll
    public ActivityView activity(long id) {
        return view(find(id), Regions.load(em), clock.instant());
    }

    /** Every activity of a team, newest first, for its leader and the staff. */
    public List<ActivityView> ofTeam(long teamId) {
        VolunteerTeam team = em.find(VolunteerTeam.class, teamId);
        if (team == null) {
            throw new RecordNotFound("科技志愿服务队 " + teamId + " 不存在");
        }
        requireManages(team, "只有服务队队长或本市州工作人员可以查看");
        Instant now = clock.instant();
        Regions regions = Regions.load(em);
        return em.createQuery("SELECT a FROM VolunteerActivity a WHERE a.team.id = :t ORDER BY a.startsAt DESC, a.id DESC",
                        VolunteerActivity.class).setParameter("t", teamId).setMaxResults(MAX_ROWS).getResultStream()
                .map(a -> view(a, regions, now)).toList();
    }

    /** Signs the caller up: once per activity, while a place is left and before the start. */
    public SignUpView signUp(long activityId) {
        VolunteerActivity activity = em.find(VolunteerActivity.class, activityId, LockModeType.PESSIMISTIC_WRITE);
        if (activity == null) {
            throw new RecordNotFound("志愿服务活动 " + activityId + " 不存在");
        }
        if (activity.isCancelled()) {
            throw new RecordConflict("活动已取消，不能报名");
        }
        Instant now = clock.instant();
        ActivityRules.checkSignUpOpen(activity.getStartsAt(), now);
        UserAccount me = caller();
        Optional<VolunteerSignUp> existing = signUpOf(activityId, me.getId());
        if (existing.isPresent() && existing.get().getStatus() != SignUpStatus.CANCELLED) {
            throw new RecordConflict("您已报名该活动，不能重复报名");
        }
        long taken = em.createQuery(TAKEN, Long.class).setParameter("a", activityId).getSingleResult();
        if (!ActivityRules.hasPlaceLeft(activity.getCapacity(), taken)) {
            throw new RecordConflict("活动名额已满（共 " + activity.getCapacity() + " 人）");
        }
        VolunteerSignUp signUp = existing.orElseGet(() -> new VolunteerSignUp(activity, me.getId(), now));
        if (existing.isPresent()) {
            signUp.renew(now);
        } else {
            em.persist(signUp);
        }
        em.flush();
        SignUpView view = view(signUp, me);
        audit.record("VOL_SIGNED_UP", SIGN_UP, signUp.getId(), null, view, "报名志愿服务活动");
        notifier.notify(me, "volunteering.signup", "【科技志愿服务】报名成功：" + cut(activity.getTitle()),
                me.getDisplayName() + "，您好：\n\n您已报名志愿服务活动「" + activity.getTitle() + "」。\n时间："
                        + ChinaTime.MINUTES.format(activity.getStartsAt()) + " 至 "
                        + ChinaTime.MINUTES.format(activity.getEndsAt()) + "\n地点：" + activity.getPlace()
                        + "\n服务队：" + activity.getTeam().getName()
                        + "\n\n如不能参加，请在活动开始前取消报名。\n\n天府科技云");
        return view;
    }

    /** Cancels the caller's own sign-up before the start. */
    public SignUpView cancelSignUp(long activityId) {
        UserAccount me = caller();
        VolunteerSignUp signUp = signUpOf(activityId, me.getId())
                .orElseThrow(() -> new RecordNotFound("您没有报名该活动"));
        SignUpView before = view(signUp, me);
        signUp.cancel(clock.instant());
        SignUpView after = view(signUp, me);
        audit.record("VOL_SIGN_UP_CANCELLED", SIGN_UP, signUp.getId(), before, after, "取消报名志愿服务活动");
        return after;
    }

    /** The caller's sign-up for an activity, if any (for the activity page). */
    public Optional<SignUpView> mySignUp(long activityId) {
        UserAccount me = caller();
        return signUpOf(activityId, me.getId()).map(s -> view(s, me));
    }

    /** Who signed up for an activity, for its team's leader and the staff. */
    public List<SignUpView> roster(long activityId) {
        VolunteerActivity activity = find(activityId);
        requireManages(activity.getTeam(), "只有服务队队长或本市州工作人员可以查看报名名单");
        return participants(activityId).stream()
                .map(row -> view((VolunteerSignUp) row[0], (UserAccount) row[1])).toList();
    }

    /**
     * Records attendance and hours after the activity: each entry names a sign-up of this activity; without hours the
     * activity's own count is credited, zero marks the person absent. Each participant is told in the inbox.
     */
    public List<SignUpView> record(long activityId, List<HoursEntry> entries) {
        VolunteerActivity activity = find(activityId);
        requireManages(activity.getTeam(), "只有服务队队长或本市州工作人员可以记录志愿服务时长");
        if (activity.isCancelled()) {
            throw new RecordConflict("活动已取消，不能记录时长");
        }
        if (entries == null || entries.isEmpty()) {
            throw new RuleViolation("请至少填写一名参与者的时长");
        }
        Instant now = clock.instant();
        List<SignUpView> recorded = new ArrayList<>();
        for (HoursEntry entry : entries) {
            if (entry == null || entry.signUpId == null) {
                throw new RuleViolation("请指明报名记录");
            }
            VolunteerSignUp signUp = em.find(VolunteerSignUp.class, entry.signUpId);
            if (signUp == null || !signUp.getActivity().getId().equals(activityId)) {
                throw new RecordNotFound("该活动没有报名记录 " + entry.signUpId);
            }
            UserAccount person = em.find(UserAccount.class, signUp.getAccountId());
            SignUpView before = view(signUp, person);
            signUp.record(entry.hours == null ? activity.getHours() : entry.hours, Callers.name(session), now);
            SignUpView after = view(signUp, person);
            audit.record("VOL_HOURS_RECORDED", SIGN_UP, signUp.getId(), before, after,
                    "记录志愿服务时长 " + signUp.getHours().toPlainString() + " 小时");
            notifier.notify(person, "volunteering.hours", "【科技志愿服务】已记录志愿服务时长：" + cut(activity.getTitle()),
                    person.getDisplayName() + "，您好：\n\n志愿服务活动「" + activity.getTitle() + "」已为您记录"
                            + (signUp.getStatus() == SignUpStatus.ATTENDED
                            ? "志愿服务时长 " + signUp.getHours().toPlainString() + " 小时。" : "为未出勤。")
                            + "\n您的累计时长可在「我的志愿服务」中查看。\n\n天府科技云");
            recorded.add(after);
        }
        return recorded;
    }

    /** The caller's total hours and every sign-up. */
    public MyVolunteering mine() {
        UserAccount me = caller();
        List<SignUpView> history = em.createQuery("SELECT s FROM VolunteerSignUp s WHERE s.accountId = :me "
                        + "ORDER BY s.activity.startsAt DESC, s.id DESC", VolunteerSignUp.class)
                .setParameter("me", me.getId()).setMaxResults(MAX_ROWS).getResultStream().map(s -> view(s, me)).toList();
        BigDecimal total = em.createQuery("SELECT SUM(s.hours) FROM VolunteerSignUp s WHERE s.accountId = :me "
                + "AND s.status = cn.scast.tianfu.volunteering.SignUpStatus.ATTENDED", BigDecimal.class)
                .setParameter("me", me.getId()).getSingleResult();
        long attended = history.stream().filter(h -> SignUpStatus.ATTENDED.name().equals(h.status())).count();
        return new MyVolunteering(me.getUsername(), (total == null ? BigDecimal.ZERO : total).setScale(1, RoundingMode.HALF_UP),
                attended, history);
    }

    private void requireManages(VolunteerTeam team, String refusal) {
        if (session.isCallerInRole("admin")) {
            return;
        }
        if (session.isCallerInRole("city-staff")
                && scope.confinedCity().map(city -> city.equals(team.getCityCode())).orElse(true)) {
            return;
        }
        if (Callers.name(session).equals(team.getLeaderUsername())) {
            return;
        }
        throw new RecordAccessRefused(refusal);
    }

    private VolunteerActivity find(long id) {
        VolunteerActivity activity = em.find(VolunteerActivity.class, id);
        if (activity == null) {
            throw new RecordNotFound("志愿服务活动 " + id + " 不存在");
        }
        return activity;
    }

    private UserAccount caller() {
        return em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :u", UserAccount.class)
                .setParameter("u", Callers.name(session)).getResultStream().findFirst()
                .orElseThrow(() -> new RecordAccessRefused("请先登录平台账号"));
    }

    private Optional<VolunteerSignUp> signUpOf(long activityId, long accountId) {
        return em.createQuery("SELECT s FROM VolunteerSignUp s WHERE s.activity.id = :a AND s.accountId = :me",
                        VolunteerSignUp.class).setParameter("a", activityId).setParameter("me", accountId)
                .getResultStream().findFirst();
    }

    private List<Object[]> participants(long activityId) {
        return em.createQuery("SELECT s, a FROM VolunteerSignUp s, UserAccount a WHERE a.id = s.accountId "
                + "AND s.activity.id = :act ORDER BY s.signedUpAt, s.id", Object[].class)
                .setParameter("act", activityId).getResultList();
    }

    private ActivityView view(VolunteerActivity a, Regions regions, Instant now) {
        long taken = em.createQuery(TAKEN, Long.class).setParameter("a", a.getId()).getSingleResult();
        return new ActivityView(a.getId(), a.getTeam().getId(), a.getTeam().getName(), a.getTitle(), a.getDescription(),
                a.getPlace(), a.getCityCode(), regions.region(a.getCityCode(), a.getCountyCode()),
                ChinaTime.MINUTES.format(a.getStartsAt()), ChinaTime.MINUTES.format(a.getEndsAt()), a.getCapacity(), taken,
                ActivityRules.placesLeft(a.getCapacity(), taken), a.getHours(), a.getStatus().name(),
                a.getStatus().label(), a.getCancelReason(), !now.isBefore(a.getStartsAt()), !now.isBefore(a.getEndsAt()));
    }

    private static SignUpView view(VolunteerSignUp s, UserAccount person) {
        VolunteerActivity a = s.getActivity();
        return new SignUpView(s.getId(), a.getId(), a.getTitle(), a.getTeam().getName(),
                ChinaTime.MINUTES.format(a.getStartsAt()), person.getUsername(), person.getDisplayName(),
                s.getStatus().name(), s.getStatus().label(), s.getHours());
    }

    private static Instant instant(LocalDateTime time) {
        return time == null ? null : time.atZone(ChinaTime.ZONE).toInstant();
    }

    private static String cut(String title) {
        return title.length() > 60 ? title.substring(0, 60) + "…" : title;
    }
}
