package cn.scast.tianfu.competition;

import cn.scast.tianfu.evaluation.intake.IntakeTerms;
import cn.scast.tianfu.evaluation.intake.Quota;
import cn.scast.tianfu.evaluation.intake.SubmissionIntake;
import cn.scast.tianfu.platform.Callers;
import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.platform.Text;
import cn.scast.tianfu.reference.City;
import cn.scast.tianfu.reference.County;
import jakarta.ejb.Stateless;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 报名: registers a youth project or a rural entrant into a contest edition, within the city's quota, through the
 * intake every programme shares; this is the contest policy: the youth and rural rules, the city quota, one
 * registration per entrant and title. City staff register for their own city only; roles are checked by the REST
 * resource and the screen.
 */
@Stateless
public class RegistrationService extends
        SubmissionIntake<CompetitionEdition, RegistrationForm, RegistrationClaim, Registration, RegistrationView> {

    public static final String ACTION_REFUSED = "CONTEST_REGISTRATION_REFUSED";
    public static final String TARGET = "cts_edition";

    private static final IntakeTerms TERMS = new IntakeTerms("竞赛", "报名", "项", "cityCode", "city", TARGET,
            ACTION_REFUSED, "cts_registration", "CONTEST_REGISTER", "竞赛报名");

    public RegistrationService() {
        super(CompetitionEdition.class, Registration.class, TERMS);
    }

    public RegistrationView register(long editionId, RegistrationForm form) {
        return register(editionId, form, false);
    }

    /** @param keepSame return an existing registration with the same title and entrant unchanged (imports) */
    public RegistrationView register(long editionId, RegistrationForm form, boolean keepSame) {
        return submit(editionId, form, keepSame);
    }

    /**
     * Checks an entry against its contest's rules without registering it (self-service applications are checked
     * when submitted, and again with the quota when the city office approves them).
     *
     * @return the city whose quota the entry will count against (a rural entrant's from the county)
     */
    public String checkRules(long editionId, RegistrationForm form) {
        return checkClaim(editionId, form).cityCode();
    }

    public List<RegistrationView> registrations(long editionId) {
        List<Long> withReport = em.createQuery("SELECT n.registrationId FROM NoveltyReport n, Registration r "
                + "WHERE r.id = n.registrationId AND r.editionId = :e", Long.class).setParameter("e", editionId)
                .getResultList();
        return em.createQuery("SELECT r FROM Registration r WHERE r.editionId = :e ORDER BY r.id", Registration.class)
                .setParameter("e", editionId).getResultList().stream()
                .map(r -> RegistrationView.of(r, withReport.contains(r.getId()), false)).toList();
    }

    @Override
    protected RegistrationClaim claim(CompetitionEdition contest, RegistrationForm form) {
        return contest.getType() == CompetitionType.YOUTH ? youth(form) : rural(form);
    }

    @Override
    protected void requireOwnUnit(RegistrationClaim claim) {
        if (session.isCallerInRole("admin") || !session.isCallerInRole("city-staff")) {
            return;
        }
        String own = em.createQuery("SELECT s.cityAssociation.cityCode FROM Staff s WHERE s.username = :u",
                String.class).setParameter("u", Callers.name(session)).getResultStream().findFirst().orElse(null);
        if (!claim.cityCode().equals(own)) {
            throw RefusedInput.rule("cityCode", "市州工作人员只能为本市州报名");
        }
    }

    @Override
    protected Optional<Quota> lockQuota(long editionId, RegistrationClaim claim) {
        List<?> quotaRow = em.createNativeQuery("SELECT quota FROM cts_city_quota WHERE edition_id = ? "
                        + "AND city_code = ? FOR UPDATE").setParameter(1, editionId).setParameter(2, claim.cityCode())
                .getResultList();
        return quotaRow.stream().findFirst()
                .map(quota -> new Quota(((Number) quota).intValue(), cityName(claim)));
    }

    @Override
    protected RefusedInput noQuota(RegistrationClaim claim) {
        return RefusedInput.rule("cityCode", "本届没有给「" + cityName(claim) + "」分配报名名额");
    }

    private String cityName(RegistrationClaim claim) {
        return em.find(City.class, claim.cityCode()).getName();
    }

    @Override
    protected RefusedInput unknownCategory(RegistrationClaim claim) {
        return RefusedInput.rule(claim.categoryField(), "本届没有「" + claim.category() + "」组别");
    }

    @Override
    protected Optional<Registration> findSame(long editionId, RegistrationClaim claim) {
        return em.createQuery("SELECT r FROM Registration r WHERE r.editionId = :e AND r.title = :t "
                        + "AND r.entrantName = :n", Registration.class)
                .setParameter("e", editionId).setParameter("t", claim.title())
                .setParameter("n", claim.entrantName()).getResultStream().findFirst();
    }

    @Override
    protected boolean isSame(Registration existing, RegistrationClaim claim) {
        return true; // title and entrant are what makes a registration the same
    }

    @Override
    protected RefusedInput duplicate(CompetitionEdition contest, Registration existing, RegistrationClaim claim) {
        return concurrentDuplicate(claim);
    }

    @Override
    protected RefusedInput concurrentDuplicate(RegistrationClaim claim) {
        return RefusedInput.rule("title", "「" + claim.entrantName() + "」的作品《" + claim.title() + "》本届已报名");
    }

    @Override
    protected Registration submission(long editionId, long entryId, RegistrationClaim c, String submittedBy,
                                      Instant submittedAt) {
        return new Registration(editionId, entryId, c.category(), c.title(), c.entrantName(), c.cityCode(),
                c.countyCode(), c.level(), c.subject(), c.school(), c.tutor(), c.members(), submittedBy, submittedAt);
    }

    @Override
    protected RegistrationView view(Registration registration, boolean created) {
        return RegistrationView.of(registration, false, created);
    }

    /** 青少年科技创新大赛: school level and subject, school, tutor, city; individual or group of at most three. */
    private RegistrationClaim youth(RegistrationForm form) {
        SchoolLevel level = SchoolLevel.parse(form.schoolLevel);
        if (level == null) {
            throw RefusedInput.rule("schoolLevel", "学段须为小学、初中或高中");
        }
        String subject = Text.strippedOrNull(form.subject);
        if (subject == null) {
            throw RefusedInput.rule("subject", "须选择学科");
        }
        if (!CompetitionCatalogue.YOUTH_SUBJECTS.get(level).contains(subject)) {
            throw RefusedInput.rule("subject", level.label() + "组没有「" + subject + "」学科");
        }
        String school = Text.strippedOrNull(form.school);
        if (school == null) {
            throw RefusedInput.rule("school", "须填写学校");
        }
        String tutor = Text.strippedOrNull(form.tutor);
        if (tutor == null) {
            throw RefusedInput.rule("tutor", "须填写指导教师");
        }
        String city = Text.strippedOrNull(form.cityCode);
        if (city == null || em.find(City.class, city) == null) {
            throw RefusedInput.rule("cityCode", city == null ? "须选择所在市州" : "未知的市州代码 " + city);
        }
        return new RegistrationClaim(form.title.strip(), form.entrantName.strip(),
                CompetitionCatalogue.youthCategory(level, subject), "subject", city, null, null, level, subject, school, tutor,
                members(form));
    }

    /** 乡土人才创新创业大赛: an entrant of a county (which fixes the city), in one of the tracks. */
    private RegistrationClaim rural(RegistrationForm form) {
        String countyCode = Text.strippedOrNull(form.countyCode);
        if (countyCode == null) {
            throw RefusedInput.rule("countyCode", "须填写所在区县");
        }
        County county = em.find(County.class, countyCode);
        if (county == null) {
            throw RefusedInput.rule("countyCode", "未知的区县代码 " + countyCode);
        }
        String city = Text.strippedOrNull(form.cityCode);
        if (city != null && !city.equals(county.getCityCode())) {
            throw RefusedInput.rule("cityCode", "「" + county.getName() + "」不属于市州 " + city);
        }
        String track = Text.strippedOrNull(form.track);
        if (track == null) {
            throw RefusedInput.rule("track", "须选择参赛组别");
        }
        return new RegistrationClaim(form.title.strip(), form.entrantName.strip(), track, "track", county.getCityCode(),
                countyCode, county.getName(), null, null, null, Text.strippedOrNull(form.tutor), members(form));
    }

    /** Members in order, the entrant first; an individual project has just the entrant. */
    private static List<String> members(RegistrationForm form) {
        List<String> members = new ArrayList<>();
        members.add(form.entrantName.strip());
        if (form.members != null) {
            for (String m : form.members) {
                String name = Text.strippedOrNull(m);
                if (name != null && name.codePointCount(0, name.length()) > 64) {
                    throw RefusedInput.rule("members", "成员姓名「" + name + "」超过 64 个字");
                }
                if (name != null && !members.contains(name)) {
                    members.add(name);
                }
            }
        }
        if (members.size() > CompetitionCatalogue.MAX_TEAM) {
            throw RefusedInput.rule("members", "集体项目成员不能超过 " + CompetitionCatalogue.MAX_TEAM + " 人（含负责人）");
        }
        return members;
    }
}
