package cn.scast.tianfu.competition;

import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.evaluation.EvaluationAudit;
import cn.scast.tianfu.evaluation.EvaluationSetup;
import cn.scast.tianfu.membership.FormValidator;
import cn.scast.tianfu.platform.AuditTrail;
import cn.scast.tianfu.platform.Callers;
import cn.scast.tianfu.platform.FieldError;
import cn.scast.tianfu.reference.City;
import cn.scast.tianfu.reference.County;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 报名: registers a youth project or a rural entrant into a contest edition, within the city's quota.
 * All rules are checked before anything is written; a refusal is audited in its own transaction. The
 * registration becomes an engine entry in the edition's first round. City staff register for their own
 * city only; roles are checked by the REST resource and the screen.
 */
@Stateless
public class RegistrationService {

    public static final String ACTION_REFUSED = "CONTEST_REGISTRATION_REFUSED";
    public static final String TARGET = "cts_edition";

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @EJB
    private EvaluationSetup setup;

    @EJB
    private EvaluationAudit refusals;

    @EJB
    private AuditTrail audit;

    @Inject
    private FormValidator validator;

    @Resource
    private SessionContext session;

    public RegistrationView register(long editionId, RegistrationForm form) {
        return register(editionId, form, false);
    }

    /** @param keepSame return an existing registration with the same title and entrant unchanged (imports) */
    public RegistrationView register(long editionId, RegistrationForm form, boolean keepSame) {
        try {
            return check(editionId, form, keepSame);
        } catch (RefusedInput refused) {
            refusals.rejected(ACTION_REFUSED, TARGET, String.valueOf(editionId), form, refused.getMessage());
            throw refused;
        }
    }

    /**
     * Checks an entry against its contest's rules without registering it (self-service applications are checked
     * when submitted, and again with the quota when the city office approves them).
     *
     * @return the city whose quota the entry will count against (a rural entrant's from the county)
     */
    public String checkRules(long editionId, RegistrationForm form) {
        ContestEdition contest = em.find(ContestEdition.class, editionId);
        if (contest == null) {
            throw RefusedInput.rule(null, "竞赛届次 " + editionId + " 不存在");
        }
        if (form == null) {
            throw RefusedInput.invalid(List.of(new FieldError("body", "缺少报名内容")));
        }
        List<FieldError> errors = validator.validate(form);
        if (!errors.isEmpty()) {
            throw RefusedInput.invalid(errors);
        }
        return (contest.getType() == ContestType.YOUTH ? youth(editionId, form) : rural(editionId, form)).cityCode();
    }

    public List<RegistrationView> registrations(long editionId) {
        List<Long> withReport = em.createQuery("SELECT n.registrationId FROM NoveltyReport n, Registration r "
                + "WHERE r.id = n.registrationId AND r.editionId = :e", Long.class).setParameter("e", editionId)
                .getResultList();
        return em.createQuery("SELECT r FROM Registration r WHERE r.editionId = :e ORDER BY r.id", Registration.class)
                .setParameter("e", editionId).getResultList().stream()
                .map(r -> RegistrationView.of(r, withReport.contains(r.getId()), false)).toList();
    }

    private RegistrationView check(long editionId, RegistrationForm form, boolean keepSame) {
        ContestEdition contest = em.find(ContestEdition.class, editionId);
        if (contest == null) {
            throw RefusedInput.rule(null, "竞赛届次 " + editionId + " 不存在");
        }
        if (form == null) {
            throw RefusedInput.invalid(List.of(new FieldError("body", "缺少报名内容")));
        }
        List<FieldError> errors = validator.validate(form);
        if (!errors.isEmpty()) {
            throw RefusedInput.invalid(errors);
        }
        String title = form.title.strip();
        String entrant = form.entrantName.strip();
        Optional<Registration> same = em.createQuery("SELECT r FROM Registration r WHERE r.editionId = :e "
                        + "AND r.title = :t AND r.entrantName = :n", Registration.class)
                .setParameter("e", editionId).setParameter("t", title).setParameter("n", entrant)
                .getResultStream().findFirst();
        if (same.isPresent()) {
            if (keepSame) {
                return RegistrationView.of(same.get(), false, false);
            }
            throw RefusedInput.rule("title", "「" + entrant + "」的作品《" + title + "》本届已报名");
        }
        Entrant checked = contest.getType() == ContestType.YOUTH ? youth(editionId, form) : rural(editionId, form);
        requireOwnCity(checked.cityCode());
        // The quota row is locked: registrations of one city queue here, so the count below is exact.
        List<?> quotaRow = em.createNativeQuery("SELECT quota FROM cts_city_quota WHERE edition_id = ? "
                        + "AND city_code = ? FOR UPDATE").setParameter(1, editionId).setParameter(2, checked.cityCode())
                .getResultList();
        City city = em.find(City.class, checked.cityCode());
        if (quotaRow.isEmpty()) {
            throw RefusedInput.rule("cityCode", "本届没有给「" + city.getName() + "」分配报名名额");
        }
        int quota = ((Number) quotaRow.get(0)).intValue();
        long used = em.createQuery("SELECT COUNT(r) FROM Registration r WHERE r.editionId = :e AND r.cityCode = :c",
                Long.class).setParameter("e", editionId).setParameter("c", checked.cityCode()).getSingleResult();
        if (used >= quota) {
            throw RefusedInput.rule("cityCode", "「" + city.getName() + "」本届报名名额 " + quota + " 项已用完");
        }
        long categoryId = setup.categoryId(editionId, checked.category())
                .orElseThrow(() -> RefusedInput.rule(checked.categoryField(),
                        "本届没有「" + checked.category() + "」组别"));
        long round = setup.firstRoundId(editionId).orElseThrow();
        String organisation = checked.school() != null ? checked.school() : checked.countyName();
        long entry = setup.createEntry(editionId, categoryId, round, title, entrant, organisation, city.getName());
        Registration r = new Registration(editionId, entry, checked.category(), title, entrant, checked.cityCode(),
                checked.countyCode(), checked.level(), checked.subject(), checked.school(), checked.tutor(),
                checked.members(), Callers.name(session), Instant.now());
        em.persist(r);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw RefusedInput.rule("title", "「" + entrant + "」的作品《" + title + "》本届已报名");
        }
        audit.record("CONTEST_REGISTER", "cts_registration", r.getId(), null,
                Map.of("edition", editionId, "entry", entry, "title", title, "city", checked.cityCode()), "竞赛报名");
        return RegistrationView.of(r, false, true);
    }

    /** What the contest rules made of a form. */
    private record Entrant(String category, String categoryField, String cityCode, String countyCode,
                           String countyName, SchoolLevel level, String subject, String school, String tutor,
                           List<String> members) {
    }

    /** 青少年科技创新大赛: school level and subject, school, tutor, city; individual or group of at most three. */
    private Entrant youth(long editionId, RegistrationForm form) {
        SchoolLevel level = SchoolLevel.parse(form.schoolLevel);
        if (level == null) {
            throw RefusedInput.rule("schoolLevel", "学段须为小学、初中或高中");
        }
        String subject = trim(form.subject);
        if (subject == null) {
            throw RefusedInput.rule("subject", "须选择学科");
        }
        if (!ContestCatalogue.YOUTH_SUBJECTS.get(level).contains(subject)) {
            throw RefusedInput.rule("subject", level.label() + "组没有「" + subject + "」学科");
        }
        String school = trim(form.school);
        if (school == null) {
            throw RefusedInput.rule("school", "须填写学校");
        }
        String tutor = trim(form.tutor);
        if (tutor == null) {
            throw RefusedInput.rule("tutor", "须填写指导教师");
        }
        String city = trim(form.cityCode);
        if (city == null || em.find(City.class, city) == null) {
            throw RefusedInput.rule("cityCode", city == null ? "须选择所在市州" : "未知的市州代码 " + city);
        }
        return new Entrant(ContestCatalogue.youthCategory(level, subject), "subject", city, null, null, level,
                subject, school, tutor, members(form));
    }

    /** 乡土人才创新创业大赛: an entrant of a county (which fixes the city), in one of the tracks. */
    private Entrant rural(long editionId, RegistrationForm form) {
        String countyCode = trim(form.countyCode);
        if (countyCode == null) {
            throw RefusedInput.rule("countyCode", "须填写所在区县");
        }
        County county = em.find(County.class, countyCode);
        if (county == null) {
            throw RefusedInput.rule("countyCode", "未知的区县代码 " + countyCode);
        }
        String city = trim(form.cityCode);
        if (city != null && !city.equals(county.getCityCode())) {
            throw RefusedInput.rule("cityCode", "「" + county.getName() + "」不属于市州 " + city);
        }
        String track = trim(form.track);
        if (track == null) {
            throw RefusedInput.rule("track", "须选择参赛组别");
        }
        return new Entrant(track, "track", county.getCityCode(), countyCode, county.getName(), null, null, null,
                trim(form.tutor), members(form));
    }

    /** Members in order, the entrant first; an individual project has just the entrant. */
    private static List<String> members(RegistrationForm form) {
        List<String> members = new ArrayList<>();
        members.add(form.entrantName.strip());
        if (form.members != null) {
            for (String m : form.members) {
                String name = trim(m);
                if (name != null && name.codePointCount(0, name.length()) > 64) {
                    throw RefusedInput.rule("members", "成员姓名「" + name + "」超过 64 个字");
                }
                if (name != null && !members.contains(name)) {
                    members.add(name);
                }
            }
        }
        if (members.size() > ContestCatalogue.MAX_TEAM) {
            throw RefusedInput.rule("members", "集体项目成员不能超过 " + ContestCatalogue.MAX_TEAM + " 人（含负责人）");
        }
        return members;
    }

    private void requireOwnCity(String cityCode) {
        if (session.isCallerInRole("admin") || !session.isCallerInRole("city-staff")) {
            return;
        }
        String own = em.createQuery("SELECT s.cityAssociation.cityCode FROM Staff s WHERE s.username = :u",
                String.class).setParameter("u", Callers.name(session)).getResultStream().findFirst().orElse(null);
        if (!cityCode.equals(own)) {
            throw RefusedInput.rule("cityCode", "市州工作人员只能为本市州报名");
        }
    }

    static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
