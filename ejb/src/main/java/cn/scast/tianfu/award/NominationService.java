package cn.scast.tianfu.award;

import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.evaluation.EvaluationAudit;
import cn.scast.tianfu.evaluation.EvaluationSetup;
import cn.scast.tianfu.membership.FormValidator;
import cn.scast.tianfu.platform.AuditTrail;
import cn.scast.tianfu.platform.Callers;
import cn.scast.tianfu.platform.FieldError;
import cn.scast.tianfu.platform.RecordAccessRefused;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 推荐: a recommending unit nominates an entry into an award edition. Every rule is checked before
 * anything is written; a refusal is audited in its own transaction and rolls the rest back. An accepted
 * nomination becomes an engine entry in the edition's first round.
 *
 * <p>Society officers may nominate only in their own society's name (another unit is {@link RecordAccessRefused},
 * 403); admins for any unit. Roles are
 * checked by the REST resource and the screen; tests and the import call it directly.
 */
@Stateless
public class NominationService {

    public static final String ACTION_REFUSED = "AWARD_NOMINATION_REFUSED";
    public static final String TARGET = "awd_edition";

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

    /** Nominates; a second identical nomination is refused. */
    public NominationView nominate(long editionId, NominationForm form) {
        return nominate(editionId, form, false);
    }

    /**
     * @param keepSame when the same person is already nominated with the same title by the same unit, return
     *                 that nomination unchanged instead of refusing (imports: the same file twice changes nothing)
     */
    public NominationView nominate(long editionId, NominationForm form, boolean keepSame) {
        try {
            return check(editionId, form, keepSame);
        } catch (RefusedInput | RecordAccessRefused refused) {
            refusals.rejected(ACTION_REFUSED, TARGET, String.valueOf(editionId), form, refused.getMessage());
            throw refused;
        }
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

    private NominationView check(long editionId, NominationForm form, boolean keepSame) {
        AwardEdition award = em.find(AwardEdition.class, editionId);
        if (award == null) {
            throw RefusedInput.rule(null, "评奖届次 " + editionId + " 不存在");
        }
        if (form == null) {
            throw RefusedInput.invalid(List.of(new FieldError("body", "缺少推荐内容")));
        }
        List<FieldError> errors = validator.validate(form);
        if (!errors.isEmpty()) {
            throw RefusedInput.invalid(errors);
        }
        String unitCode = form.unitCode.strip();
        requireOwnUnit(unitCode);
        // The quota row is locked first: nominations of one unit queue here, so the count below is exact.
        NominationQuota quota = em.find(NominationQuota.class, new NominationQuota.Key(editionId, unitCode),
                LockModeType.PESSIMISTIC_WRITE);
        if (quota == null) {
            throw RefusedInput.rule("unitCode", "「" + unitCode + "」不是本届推荐单位");
        }
        String category = form.categoryCode.strip();
        Long categoryId = setup.categoryId(editionId, category)
                .orElseThrow(() -> RefusedInput.rule("categoryCode", "本届没有学科组「" + category + "」"));
        AuthorRole role = AuthorRole.parse(form.authorRole);
        if (award.getType() == AwardType.PAPER) {
            checkPaper(award, form, role);
        }
        String name = form.nomineeName.strip();
        String unit = form.nomineeUnit.strip();
        String personKey = PersonKey.of(name, unit);
        Optional<Nomination> same = em.createQuery("SELECT n FROM Nomination n WHERE n.editionId = :e "
                        + "AND n.personKey = :k", Nomination.class)
                .setParameter("e", editionId).setParameter("k", personKey).getResultStream().findFirst();
        if (same.isPresent()) {
            Nomination existing = same.get();
            if (keepSame && existing.getTitle().equals(form.title.strip()) && existing.getUnitCode().equals(unitCode)) {
                return NominationView.of(existing, false);
            }
            throw RefusedInput.rule("nomineeName", award.getType() == AwardType.PAPER
                    ? "「" + name + "」（" + unit + "）本届已有论文被推荐（《" + existing.getTitle() + "》），每人限报一篇"
                    : "「" + name + "」（" + unit + "）本届已被推荐");
        }
        long used = em.createQuery("SELECT COUNT(n) FROM Nomination n WHERE n.editionId = :e AND n.unitCode = :u",
                Long.class).setParameter("e", editionId).setParameter("u", unitCode).getSingleResult();
        if (used >= quota.getQuota()) {
            throw RefusedInput.rule("unitCode", "「" + quota.getUnitName() + "」本届推荐名额 " + quota.getQuota()
                    + " 个已用完");
        }
        long round = setup.firstRoundId(editionId).orElseThrow();
        long entry = setup.createEntry(editionId, categoryId, round, form.title.strip(), name, unit,
                quota.getUnitName());
        Nomination n = new Nomination(editionId, unitCode, entry, category, form.title.strip(), name, unit,
                blankToNull(form.regionCode), role, form.publishedOn, blankToNull(form.venue), personKey, Callers.name(session),
                Instant.now());
        em.persist(n);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // Another unit nominated the same person at the same moment: the unique key decided.
            throw RefusedInput.rule("nomineeName", "「" + name + "」（" + unit + "）本届已被推荐");
        }
        audit.record("AWARD_NOMINATE", "awd_nomination", n.getId(), null,
                Map.of("edition", editionId, "unit", unitCode, "entry", entry, "title", n.getTitle()), "推荐参评");
        return NominationView.of(n, true);
    }

    /** 川渝科技学术大会优秀论文: publication window, first or corresponding author, unit in Sichuan. */
    private void checkPaper(AwardEdition award, NominationForm form, AuthorRole role) {
        if (role == null) {
            throw RefusedInput.rule("authorRole", "须注明被推荐人是第一作者还是通讯作者");
        }
        if (role == AuthorRole.OTHER) {
            throw RefusedInput.rule("authorRole", "只能推荐论文的第一作者或通讯作者");
        }
        if (form.publishedOn == null) {
            throw RefusedInput.rule("publishedOn", "须填写论文发表日期");
        }
        if (!award.publishedInWindow(form.publishedOn)) {
            throw RefusedInput.rule("publishedOn", "论文发表日期 " + form.publishedOn + " 不在本届征集范围（"
                    + award.getPublicationFrom() + " 至 " + award.getPublicationTo() + "）内");
        }
        String region = blankToNull(form.regionCode);
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

    private void requireOwnUnit(String unitCode) {
        if (session.isCallerInRole("admin") || !session.isCallerInRole("society-officer")) {
            return;
        }
        String own = officerUnit(Callers.name(session)).orElse(null);
        if (!unitCode.equals(own)) {
            // The role may nominate, but not for this unit: 403, like another city's record for city staff.
            throw new RecordAccessRefused("学会工作人员只能以本学会名义推荐");
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
