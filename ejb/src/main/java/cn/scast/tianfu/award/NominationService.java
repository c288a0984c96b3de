package cn.scast.tianfu.award;

import cn.scast.tianfu.evaluation.intake.IntakeTerms;
import cn.scast.tianfu.evaluation.intake.Quota;
import cn.scast.tianfu.evaluation.intake.SubmissionIntake;
import cn.scast.tianfu.platform.Callers;
import cn.scast.tianfu.platform.RecordAccessRefused;
import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.platform.Text;
import jakarta.ejb.Stateless;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 推荐: a recommending unit nominates an entry into an award edition, through the intake every programme shares;
 * this is the award policy: the unit's quota, the paper rules, one nomination per person.
 *
 * <p>Society officers may nominate only in their own society's name (another unit is {@link RecordAccessRefused},
 * 403); admins for any unit. Roles are
 * checked by the REST resource and the screen; tests and the import call it directly.
 */
@Stateless
public class NominationService
        extends SubmissionIntake<AwardEdition, NominationForm, NominationClaim, Nomination, NominationView> {

    public static final String ACTION_REFUSED = "AWARD_NOMINATION_REFUSED";
    public static final String TARGET = "awd_edition";

    private static final IntakeTerms TERMS = new IntakeTerms("评奖", "推荐", "个", "unitCode", "unit", TARGET,
            ACTION_REFUSED, "awd_nomination", "AWARD_NOMINATE", "推荐参评");

    public NominationService() {
        super(AwardEdition.class, Nomination.class, TERMS);
    }

    /** Nominates; a second identical nomination is refused. */
    public NominationView nominate(long editionId, NominationForm form) {
        return nominate(editionId, form, false);
    }

    /**
     * @param keepSame when the same person is already nominated with the same title by the same unit, return
     *                 that nomination unchanged instead of refusing (imports: the same file twice changes nothing)
     */
    public NominationView nominate(long editionId, NominationForm form, boolean keepSame) {
        return submit(editionId, form, keepSame);
    }

    public List<QuotaUsage> quotaUsage(long editionId) {
        Map<String, Long> used = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT n.unitCode, COUNT(n) FROM Nomination n WHERE n.editionId = :e "
                + "GROUP BY n.unitCode", Object[].class).setParameter("e", editionId).getResultList()) {
            used.put((String) row[0], (Long) row[1]);
        }
        return em.createQuery("SELECT q FROM NominationQuota q WHERE q.editionId = :e ORDER BY q.unitKind DESC, "
                        + "q.unitCode", NominationQuota.class).setParameter("e", editionId).getResultList().stream()
                .map(q -> new QuotaUsage(q.getUnitCode(), q.getUnitName(), q.getUnitKind(), q.getQuota(),
                        used.getOrDefault(q.getUnitCode(), 0L)))
                .toList();
    }

    public List<NominationView> nominations(long editionId) {
        return em.createQuery("SELECT n FROM Nomination n WHERE n.editionId = :e ORDER BY n.id", Nomination.class)
                .setParameter("e", editionId).getResultList().stream().map(n -> NominationView.of(n, false)).toList();
    }

    /** The society code a society-officer login acts for, if any. */
    public Optional<String> officerUnit(String username) {
        return em.createQuery("SELECT o.society.code FROM SocietyOfficer o WHERE o.username = :u", String.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    @Override
    protected NominationClaim claim(AwardEdition award, NominationForm form) {
        String name = form.nomineeName.strip();
        String unit = form.nomineeUnit.strip();
        return new NominationClaim(form.unitCode.strip(), form.categoryCode.strip(), form.title.strip(), name, unit,
                PersonKey.of(name, unit), AuthorRole.parse(form.authorRole), Text.strippedOrNull(form.regionCode), form.publishedOn,
                Text.strippedOrNull(form.venue));
    }

    @Override
    protected void requireOwnUnit(NominationClaim claim) {
        if (session.isCallerInRole("admin") || !session.isCallerInRole("society-officer")) {
            return;
        }
        String own = officerUnit(Callers.name(session)).orElse(null);
        if (!claim.unitCode().equals(own)) {
            // The role may nominate, but not for this unit: 403, like another city's record for city staff.
            throw new RecordAccessRefused("学会工作人员只能以本学会名义推荐");
        }
    }

    @Override
    protected Optional<Quota> lockQuota(long editionId, NominationClaim claim) {
        return Optional.ofNullable(em.find(NominationQuota.class, new NominationQuota.Key(editionId, claim.unitCode()),
                LockModeType.PESSIMISTIC_WRITE)).map(q -> new Quota(q.getQuota(), q.getUnitName()));
    }

    @Override
    protected RefusedInput noQuota(NominationClaim claim) {
        return RefusedInput.rule("unitCode", "「" + claim.unitCode() + "」不是本届推荐单位");
    }

    @Override
    protected RefusedInput unknownCategory(NominationClaim claim) {
        return RefusedInput.rule("categoryCode", "本届没有学科组「" + claim.category() + "」");
    }

    @Override
    protected void checkEligibility(AwardEdition award, NominationClaim claim) {
        if (award.getType() == AwardType.PAPER) {
            checkPaper(award, claim);
        }
    }

    @Override
    protected Optional<Nomination> findSame(long editionId, NominationClaim claim) {
        return em.createQuery("SELECT n FROM Nomination n WHERE n.editionId = :e AND n.personKey = :k", Nomination.class)
                .setParameter("e", editionId).setParameter("k", claim.personKey()).getResultStream().findFirst();
    }

    @Override
    protected boolean isSame(Nomination existing, NominationClaim claim) {
        return existing.getTitle().equals(claim.title()) && existing.getUnitCode().equals(claim.unitCode());
    }

    @Override
    protected RefusedInput duplicate(AwardEdition award, Nomination existing, NominationClaim claim) {
        return award.getType() == AwardType.PAPER
                ? RefusedInput.rule("nomineeName", "「" + claim.entrantName() + "」（" + claim.organisation()
                + "）本届已有论文被推荐（《" + existing.getTitle() + "》），每人限报一篇")
                : concurrentDuplicate(claim);
    }

    @Override
    protected RefusedInput concurrentDuplicate(NominationClaim claim) {
        return RefusedInput.rule("nomineeName", "「" + claim.entrantName() + "」（" + claim.organisation() + "）本届已被推荐");
    }

    @Override
    protected Nomination submission(long editionId, long entryId, NominationClaim c, String submittedBy,
                                    Instant submittedAt) {
        return new Nomination(editionId, c.unitCode(), entryId, c.category(), c.title(), c.entrantName(),
                c.organisation(), c.regionCode(), c.role(), c.publishedOn(), c.venue(), c.personKey(), submittedBy,
                submittedAt);
    }

    @Override
    protected NominationView view(Nomination nomination, boolean created) {
        return NominationView.of(nomination, created);
    }

    /** 川渝科技学术大会优秀论文: publication window, first or corresponding author, unit in Sichuan. */
    private void checkPaper(AwardEdition award, NominationClaim claim) {
        AuthorRole role = claim.role();
        if (role == null) {
            throw RefusedInput.rule("authorRole", "须注明被推荐人是第一作者还是通讯作者");
        }
        if (role == AuthorRole.OTHER) {
            throw RefusedInput.rule("authorRole", "只能推荐论文的第一作者或通讯作者");
        }
        if (claim.publishedOn() == null) {
            throw RefusedInput.rule("publishedOn", "须填写论文发表日期");
        }
        if (!award.publishedInWindow(claim.publishedOn())) {
            throw RefusedInput.rule("publishedOn", "论文发表日期 " + claim.publishedOn() + " 不在本届征集范围（"
                    + award.getPublicationFrom() + " 至 " + award.getPublicationTo() + "）内");
        }
        String region = claim.regionCode();
        if (region == null) {
            throw RefusedInput.rule("regionCode", "须填写" + role.label() + "单位所在地（行政区划代码）");
        }
        if (!inSichuan(region)) {
            throw RefusedInput.rule("regionCode", role.label() + "单位所在地 " + region + " 不在四川省内，不符合推荐条件");
        }
    }

    /** A 市州 or 区县 code of the reference data: the 21 cities and 183 counties are all in Sichuan. */
    private boolean inSichuan(String region) {
        return em.createQuery("SELECT COUNT(c) FROM City c WHERE c.code = :r", Long.class)
                .setParameter("r", region).getSingleResult() > 0
                || em.createQuery("SELECT COUNT(c) FROM County c WHERE c.code = :r", Long.class)
                .setParameter("r", region).getSingleResult() > 0;
    }
}
