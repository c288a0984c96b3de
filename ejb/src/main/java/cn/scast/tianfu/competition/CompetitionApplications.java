package cn.scast.tianfu.competition;

import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.evaluation.EvaluationAudit;
import cn.scast.tianfu.evaluation.model.Edition;
import cn.scast.tianfu.membership.AccountService;
import cn.scast.tianfu.notification.Notifier;
import cn.scast.tianfu.platform.AuditTrail;
import cn.scast.tianfu.platform.Callers;
import cn.scast.tianfu.platform.RecordAccessRefused;
import cn.scast.tianfu.platform.RecordConflict;
import cn.scast.tianfu.platform.RecordNotFound;
import cn.scast.tianfu.platform.Text;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Competition self-service: school and tutor accounts (worker, enterprise) apply for 青少年科技创新大赛 student projects
 * and attach the 查新报告, 乡土人才创新创业大赛 entrants apply by county and track; the city office (its own city's applications; the province office all) approves them, which
 * registers the project through {@link RegistrationService} with its quota and rules, or rejects them with a
 * reason. The applicant follows the status on the own page and is told in the inbox.
 */
@Stateless
public class CompetitionApplications {

    static final String ACTION_REFUSED = "CONTEST_APPLICATION_REFUSED";

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private RegistrationService registrations;

    @EJB
    private NoveltyReports reports;

    @EJB
    private AccountService accounts;

    @EJB
    private Notifier notifier;

    @EJB
    private AuditTrail audit;

    @EJB
    private EvaluationAudit refusals;

    @Resource
    private SessionContext session;

    /** @param report the 查新报告 PDF, or null to attach it later */
    @RolesAllowed({"worker", "enterprise"})
    public CompetitionApplicationView submit(long editionId, RegistrationForm form, String reportName, byte[] report) {
        try {
            return check(editionId, form, reportName, report);
        } catch (RefusedInput refused) {
            refusals.rejected(ACTION_REFUSED, "cts_edition", String.valueOf(editionId), form, refused.getMessage());
            throw refused;
        }
    }

    @RolesAllowed({"worker", "enterprise"})
    public CompetitionApplicationView attachReport(long id, String reportName, byte[] report) {
        CompetitionApplication application = find(id, false);
        if (!application.getApplicant().equals(Callers.name(session))) {
            throw new RecordAccessRefused("只能为本账号提交的报名上传查新报告");
        }
        if (application.getSchoolLevel() == null) {
            throw RefusedInput.rule("file", "只有青少年科技创新大赛的作品需要上传查新报告");
        }
        if (application.getStatus() != CompetitionApplicationStatus.PENDING) {
            throw new RecordConflict("报名已" + application.getStatus().label() + "，不能再上传查新报告");
        }
        NoveltyReports.requirePdf(report);
        application.attachReport(fileName(reportName), report);
        audit.record("CONTEST_APPLICATION_REPORT", "cts_application", id, null,
                Map.of("bytes", report.length), "上传查新报告");
        return view(application);
    }

    /** The caller's own applications, newest first. */
    @RolesAllowed({"worker", "enterprise"})
    public List<CompetitionApplicationView> mine() {
        return em.createQuery("SELECT a FROM CompetitionApplication a WHERE a.applicant = :u ORDER BY a.id DESC",
                        CompetitionApplication.class).setParameter("u", Callers.name(session)).getResultList().stream()
                .map(this::view).toList();
    }

    /** Applications of an edition waiting for review: all for the province office, the own city's for city staff. */
    @RolesAllowed({"admin", "city-staff"})
    public List<CompetitionApplicationView> pending(long editionId) {
        String city = staffCity();
        return em.createQuery("SELECT a FROM CompetitionApplication a WHERE a.editionId = :e AND a.status = :s "
                        + "ORDER BY a.id", CompetitionApplication.class)
                .setParameter("e", editionId).setParameter("s", CompetitionApplicationStatus.PENDING).getResultList().stream()
                .filter(a -> city == null || a.getCityCode().equals(city)).map(this::view).toList();
    }

    /** Registers the project within the city's quota (422 when it is used up); tells the applicant. */
    @RolesAllowed({"admin", "city-staff"})
    public CompetitionApplicationView approve(long id) {
        CompetitionApplication application = reviewable(id);
        RegistrationForm form = new RegistrationForm();
        form.title = application.getTitle();
        form.entrantName = application.getEntrantName();
        form.cityCode = application.getCityCode();
        form.countyCode = application.getCountyCode();
        form.track = application.getTrack();
        form.schoolLevel = application.getSchoolLevel();
        form.subject = application.getSubject();
        form.school = application.getSchool();
        form.tutor = application.getTutor();
        form.members = application.getMembers() == null ? List.of()
                : Arrays.stream(application.getMembers().split("、")).toList();
        RegistrationView registered = registrations.register(application.getEditionId(), form);
        if (application.getReportName() != null) {
            reports.upload(registered.id(), application.getReportName(), application.getReportContent());
        }
        application.approve(registered.id(), Callers.name(session), clock.instant());
        audit.record("CONTEST_APPLICATION_APPROVE", "cts_application", id, Map.of("status", "PENDING"),
                Map.of("status", "APPROVED", "registration", registered.id()), "审核通过竞赛报名");
        tell(application, "您提交的《" + application.getTitle() + "》（" + application.getEntrantName()
                + "）报名已通过审核，进入" + editionName(application) + "评审。");
        return view(application);
    }

    @RolesAllowed({"admin", "city-staff"})
    public CompetitionApplicationView reject(long id, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw RefusedInput.rule("reason", "请填写不通过的原因");
        }
        if (why.length() > 255) {
            throw RefusedInput.rule("reason", "原因最多 255 个字符");
        }
        CompetitionApplication application = reviewable(id);
        application.reject(why, Callers.name(session), clock.instant());
        audit.record("CONTEST_APPLICATION_REJECT", "cts_application", id, Map.of("status", "PENDING"),
                Map.of("status", "REJECTED", "reason", why), "竞赛报名审核不通过");
        tell(application, "您提交的《" + application.getTitle() + "》（" + application.getEntrantName()
                + "）报名未通过审核。原因：" + why);
        return view(application);
    }

    private CompetitionApplicationView check(long editionId, RegistrationForm form, String reportName, byte[] report) {
        String city = registrations.checkRules(editionId, form);
        boolean youth = em.find(CompetitionEdition.class, editionId).getType() == CompetitionType.YOUTH;
        if (report != null) {
            if (!youth) {
                throw RefusedInput.rule("file", "只有青少年科技创新大赛的作品需要上传查新报告");
            }
            NoveltyReports.requirePdf(report);
        }
        String title = form.title.strip();
        String entrant = form.entrantName.strip();
        long same = em.createQuery("SELECT COUNT(a) FROM CompetitionApplication a WHERE a.editionId = :e AND a.title = :t "
                        + "AND a.entrantName = :n AND a.status <> :rejected", Long.class)
                .setParameter("e", editionId).setParameter("t", title).setParameter("n", entrant)
                .setParameter("rejected", CompetitionApplicationStatus.REJECTED).getSingleResult();
        if (same > 0) {
            throw RefusedInput.rule("title", "「" + entrant + "」的作品《" + title + "》本届已报名");
        }
        List<String> others = form.members == null ? List.of() : form.members.stream()
                .map(Text::strippedOrNull).filter(m -> m != null && !m.equals(entrant)).distinct().toList();
        String members = others.isEmpty() ? null : String.join("、", others);
        CompetitionApplication application = youth
                ? new CompetitionApplication(editionId, Callers.name(session), title, entrant, city,
                SchoolLevel.parse(form.schoolLevel).label(), form.subject.strip(), form.school.strip(),
                form.tutor.strip(), members, clock.instant())
                : CompetitionApplication.rural(editionId, Callers.name(session), title, entrant, city,
                form.countyCode.strip(), form.track.strip(), members, clock.instant());
        if (report != null) {
            application.attachReport(fileName(reportName), report);
        }
        em.persist(application);
        em.flush();
        audit.record("CONTEST_APPLICATION_SUBMIT", "cts_application", application.getId(), null,
                Map.of("edition", editionId, "title", title, "city", application.getCityCode(),
                        "report", report != null), "自行报名参赛");
        return view(application);
    }

    /** A pending application in the caller's reach, locked so that two reviewers cannot both decide it. */
    private CompetitionApplication reviewable(long id) {
        CompetitionApplication application = find(id, true);
        String city = staffCity();
        if (city != null && !application.getCityCode().equals(city)) {
            throw new RecordAccessRefused("市州工作人员只能审核本市州的报名");
        }
        if (application.getStatus() != CompetitionApplicationStatus.PENDING) {
            throw new RecordConflict("该报名已" + application.getStatus().label() + "，不能再次审核");
        }
        return application;
    }

    private CompetitionApplication find(long id, boolean lock) {
        CompetitionApplication application = lock
                ? em.find(CompetitionApplication.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(CompetitionApplication.class, id);
        if (application == null) {
            throw new RecordNotFound("报名申请 " + id + " 不存在");
        }
        return application;
    }

    /** The own city of a city-staff caller who is not an admin; null for the province office. */
    private String staffCity() {
        if (session.isCallerInRole("admin") || !session.isCallerInRole("city-staff")) {
            return null;
        }
        return em.createQuery("SELECT s.cityAssociation.cityCode FROM Staff s WHERE s.username = :u", String.class)
                .setParameter("u", Callers.name(session)).getResultStream().findFirst().orElse("");
    }

    private void tell(CompetitionApplication application, String body) {
        accounts.findByUsername(application.getApplicant()).ifPresent(account -> notifier.notify(account,
                "contest.application", "【天府科技云】竞赛报名审核结果：" + application.getStatus().label(), body));
    }

    private String editionName(CompetitionApplication application) {
        Edition edition = em.find(Edition.class, application.getEditionId());
        return edition == null ? "" : edition.getName();
    }

    private CompetitionApplicationView view(CompetitionApplication application) {
        return CompetitionApplicationView.of(application, editionName(application));
    }

    private static String fileName(String name) {
        String clean = name == null || name.isBlank() ? "查新报告.pdf" : name.strip();
        return clean.length() > 255 ? clean.substring(clean.length() - 255) : clean;
    }
}
