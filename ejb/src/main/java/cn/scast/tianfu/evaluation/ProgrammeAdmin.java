package cn.scast.tianfu.evaluation;

import cn.scast.tianfu.evaluation.model.Category;
import cn.scast.tianfu.evaluation.model.Edition;
import cn.scast.tianfu.evaluation.model.Entry;
import cn.scast.tianfu.evaluation.model.EvaluationRound;
import cn.scast.tianfu.evaluation.model.Juror;
import cn.scast.tianfu.evaluation.model.Programme;
import cn.scast.tianfu.evaluation.model.ProgrammeKind;
import cn.scast.tianfu.evaluation.ranking.AdvancementPolicy;
import cn.scast.tianfu.evaluation.scoring.Criterion;
import cn.scast.tianfu.evaluation.scoring.FormType;
import cn.scast.tianfu.evaluation.scoring.ScoringForm;
import cn.scast.tianfu.membership.AccountService;
import cn.scast.tianfu.membership.Role;
import cn.scast.tianfu.membership.UserAccount;
import cn.scast.tianfu.platform.AuditTrail;
import cn.scast.tianfu.platform.Text;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The administrator's set-up of programmes (评审项目), editions, categories, rounds, jury panels and entries.
 * Checks the input first and refuses with a Chinese message naming the field, then delegates to
 * {@link EvaluationSetup}; every change is audited.
 */
@Stateless
public class ProgrammeAdmin {

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @EJB
    private EvaluationSetup setup;

    @EJB
    private AccountService accounts;

    @EJB
    private AuditTrail audit;

    public long createProgramme(ProgrammeKind kind, String name) {
        String n = required("name", name, "请填写评审项目名称", 128);
        if (kind == null) {
            throw invalid("kind", "请选择类型（奖项或竞赛）");
        }
        if (count("SELECT COUNT(p) FROM Programme p WHERE p.name = :v", n) > 0) {
            throw invalid("name", "评审项目「" + n + "」已存在");
        }
        long id = setup.createProgramme(kind, n);
        audit.record("EVAL_PROGRAMME_CREATE", "evl_programme", id, null, Map.of("kind", kind.name(), "name", n), "新建评审项目");
        return id;
    }

    public long createEdition(long programmeId, Integer year, String name) {
        Programme p = find(Programme.class, programmeId, "评审项目不存在");
        if (year == null || year < 2000 || year > 2100) {
            throw invalid("year", "年度须在 2000–2100 之间");
        }
        String n = name == null || name.isBlank() ? p.getName() + " " + year : required("name", name, "", 160);
        boolean taken = em.createQuery("SELECT COUNT(e) FROM Edition e WHERE e.programme.id = :p AND e.year = :y", Long.class)
                .setParameter("p", programmeId).setParameter("y", year).getSingleResult() > 0;
        if (taken) {
            throw invalid("year", p.getName() + " 已有 " + year + " 年度");
        }
        long id = setup.createEdition(programmeId, year, n);
        audit.record("EVAL_EDITION_CREATE", "evl_edition", id, null, Map.of("programmeId", programmeId, "year", year), "新建届次");
        return id;
    }

    public long createCategory(long editionId, String code, String name) {
        find(Edition.class, editionId, "届次不存在");
        String c = required("code", code, "请填写类别代码", 32);
        if (!c.matches("[A-Za-z0-9_-]+")) {
            throw invalid("code", "类别代码只能包含字母、数字、下划线和连字符");
        }
        String n = required("name", name, "请填写类别名称", 64);
        boolean taken = em.createQuery("SELECT COUNT(c) FROM Category c WHERE c.edition.id = :e AND c.code = :c", Long.class)
                .setParameter("e", editionId).setParameter("c", c).getSingleResult() > 0;
        if (taken) {
            throw invalid("code", "类别代码「" + c + "」已存在");
        }
        long id = setup.createCategory(editionId, c, n);
        audit.record("EVAL_CATEGORY_CREATE", "evl_category", id, null, Map.of("code", c, "name", n), "新建类别");
        return id;
    }

    /**
     * Adds the next round of an edition.
     *
     * @param criteria for weighted forms; ignored for pass/fail and ranking forms
     * @param tierScheme e.g. {@code QUOTA:一等奖=1;二等奖=3} or {@code BAND_RAW_MEAN:金奖=90;银奖=80}, may be blank
     */
    public long createRound(long editionId, String name, Instant opensAt, Instant closesAt, FormType formType,
                            List<Criterion> criteria, boolean blind, Integer jurorsPerEntry, Integer advancingPlaces,
                            String tierScheme) {
        find(Edition.class, editionId, "届次不存在");
        String n = required("roundName", name, "请填写轮次名称", 32);
        if (opensAt == null) {
            throw invalid("opensAt", "请填写开始时间（格式 2026-12-01 09:00）");
        }
        if (closesAt == null) {
            throw invalid("closesAt", "请填写截止时间（格式 2026-12-01 09:00）");
        }
        if (!closesAt.isAfter(opensAt)) {
            throw invalid("closesAt", "截止时间须晚于开始时间");
        }
        if (formType == null) {
            throw invalid("formType", "请选择评分方式");
        }
        if (jurorsPerEntry == null || jurorsPerEntry < 1 || jurorsPerEntry > 50) {
            throw invalid("jurorsPerEntry", "每件作品评委数须在 1–50 之间");
        }
        if (advancingPlaces == null || advancingPlaces < 0) {
            throw invalid("advancingPlaces", "晋级名额不能为负数");
        }
        List<Criterion> form = formType == FormType.WEIGHTED ? criteria : List.of();
        if (formType == FormType.WEIGHTED && (form == null || form.isEmpty())) {
            throw invalid("criteria", "加权评分表至少需要一个评分项");
        }
        String scheme = tierScheme == null || tierScheme.isBlank() ? null : tierScheme.strip();
        Integer next = em.createQuery("SELECT MAX(r.seq) FROM EvaluationRound r WHERE r.edition.id = :e", Integer.class)
                .setParameter("e", editionId).getSingleResult();
        int seq = next == null ? 1 : next + 1;
        // Checked here: EvaluationSetup would fail with a system exception, which rolls back without a message.
        try {
            new EvaluationRound(null, seq, n, opensAt, closesAt, formType, blind, jurorsPerEntry, advancingPlaces,
                    AdvancementPolicy.INCLUDE_ALL_TIED, "HIGHER_RAW_MEAN", scheme);
        } catch (IllegalArgumentException e) {
            throw invalid("tierScheme", "奖项设置格式不正确，例如 QUOTA:一等奖=1;二等奖=3 或 BAND_RAW_MEAN:金奖=90;银奖=80");
        }
        if (formType == FormType.WEIGHTED) {
            try {
                ScoringForm.weighted(form);
            } catch (IllegalArgumentException e) {
                throw invalid("criteria", "评分项代码不能重复");
            }
        }
        long id = setup.createRound(editionId, new RoundSpec(seq, n, opensAt, closesAt, formType, form, blind,
                jurorsPerEntry, advancingPlaces, AdvancementPolicy.INCLUDE_ALL_TIED, "HIGHER_RAW_MEAN", scheme));
        audit.record("EVAL_ROUND_CREATE", "evl_round", id, null, Map.of("editionId", editionId, "seq", seq, "name", n,
                "formType", formType.name()), "新建评审轮次");
        return id;
    }

    /** Adds a user with the jury-member role to a round's panel. */
    public long addJuror(long roundId, String username, String organisation, String categoryCodes, boolean chair) {
        EvaluationRound round = find(EvaluationRound.class, roundId, "评审轮次不存在");
        String u = required("username", username, "请填写评委用户名", 64);
        UserAccount account = accounts.findByUsername(u).orElseThrow(() -> invalid("username", "用户「" + u + "」不存在"));
        if (!account.getRoles().contains(Role.JURY_MEMBER)) {
            throw invalid("username", "用户「" + u + "」不是评审专家（缺少评委角色）");
        }
        boolean taken = em.createQuery("SELECT COUNT(j) FROM Juror j WHERE j.round.id = :r AND j.username = :u", Long.class)
                .setParameter("r", roundId).setParameter("u", u).getSingleResult() > 0;
        if (taken) {
            throw invalid("username", "「" + u + "」已在本轮评委中");
        }
        List<String> known = categories(round.getEdition().getId()).stream().map(ProgrammeRows.Category::code).toList();
        List<String> codes = categoryCodes == null || categoryCodes.isBlank() ? known
                : Arrays.stream(categoryCodes.split("[,，\\s]+")).filter(s -> !s.isBlank()).toList();
        for (String c : codes) {
            if (!known.contains(c)) {
                throw invalid("jurorCategories", "类别代码「" + c + "」不存在");
            }
        }
        String org = organisation == null || organisation.isBlank() ? null : organisation.strip();
        long id = setup.addJuror(roundId, u, account.getDisplayName(), org, codes, chair);
        audit.record("EVAL_JUROR_ADD", "evl_juror", id, null, Map.of("roundId", roundId, "username", u, "chair", chair),
                "添加评委");
        return id;
    }

    /** Adds an entry to the edition and to its first round. */
    public long createEntry(long editionId, Long categoryId, String title, String entrantName, String organisation,
                            String recommendingUnit) {
        find(Edition.class, editionId, "届次不存在");
        if (categoryId == null) {
            throw invalid("entryCategory", "请选择类别");
        }
        Category category = find(Category.class, categoryId, "类别不存在");
        String t = required("title", title, "请填写作品名称", 255);
        String who = required("entrant", entrantName, "请填写申报人", 128);
        Long first = setup.firstRoundId(editionId).orElseThrow(() -> invalid("title", "请先设置评审轮次"));
        long id = setup.createEntry(editionId, category.getId(), first, t, who, Text.strippedOrNull(organisation),
                Text.strippedOrNull(recommendingUnit));
        audit.record("EVAL_ENTRY_CREATE", "evl_entry", id, null, Map.of("editionId", editionId, "title", t), "登记申报作品");
        return id;
    }

    // ------------------------------------------------------------------ lists

    public List<ProgrammeRows.Programme> programmes() {
        return em.createQuery("SELECT p FROM Programme p ORDER BY p.id", Programme.class).getResultList().stream()
                .map(p -> new ProgrammeRows.Programme(p.getId(), p.getKind().name(), p.getName())).toList();
    }

    public List<ProgrammeRows.Edition> editions(long programmeId) {
        return em.createQuery("SELECT e FROM Edition e WHERE e.programme.id = :p ORDER BY e.year DESC", Edition.class)
                .setParameter("p", programmeId).getResultList().stream()
                .map(e -> new ProgrammeRows.Edition(e.getId(), programmeId, e.getYear(), e.getName())).toList();
    }

    public List<ProgrammeRows.Category> categories(long editionId) {
        return em.createQuery("SELECT c FROM Category c WHERE c.edition.id = :e ORDER BY c.id", Category.class)
                .setParameter("e", editionId).getResultList().stream()
                .map(c -> new ProgrammeRows.Category(c.getId(), c.getCode(), c.getName())).toList();
    }

    public List<ProgrammeRows.Round> rounds(long editionId) {
        return em.createQuery("SELECT r FROM EvaluationRound r WHERE r.edition.id = :e ORDER BY r.seq", EvaluationRound.class)
                .setParameter("e", editionId).getResultList().stream()
                .map(r -> new ProgrammeRows.Round(r.getId(), r.getSeq(), r.getName(), r.getOpensAt(), r.getClosesAt(),
                        r.getFormType().name(), r.isBlind(), r.getJurorsPerEntry(), r.getAdvancingPlaces(),
                        r.getTierScheme(), r.getCriteria().stream().map(c -> c.getName() + "×" + c.getWeight().stripTrailingZeros()
                                .toPlainString() + "（" + c.getMinScore().stripTrailingZeros().toPlainString() + "–"
                                + c.getMaxScore().stripTrailingZeros().toPlainString() + "）").collect(Collectors.joining("、"))))
                .toList();
    }

    public List<ProgrammeRows.Juror> jurors(long roundId) {
        return em.createQuery("SELECT j FROM Juror j WHERE j.round.id = :r ORDER BY j.username", Juror.class)
                .setParameter("r", roundId).getResultList().stream()
                .map(j -> new ProgrammeRows.Juror(j.getId(), j.getUsername(), j.getDisplayName(), j.getOrganisation(),
                        j.getCategories(), j.isChair())).toList();
    }

    public List<ProgrammeRows.Entry> entries(long roundId) {
        return em.createQuery("SELECT re.entry FROM RoundEntry re WHERE re.round.id = :r ORDER BY re.entry.id", Entry.class)
                .setParameter("r", roundId).getResultList().stream()
                .map(e -> new ProgrammeRows.Entry(e.getId(), e.getTitle(), e.getEntrantName(), e.getOrganisation(),
                        e.getCategory().getName())).toList();
    }

    // ------------------------------------------------------------------ helpers

    private <T> T find(Class<T> type, long id, String message) {
        T found = em.find(type, id);
        if (found == null) {
            throw new EvaluationException(EvaluationException.Kind.NOT_FOUND, message);
        }
        return found;
    }

    private long count(String jpql, String value) {
        return em.createQuery(jpql, Long.class).setParameter("v", value).getSingleResult();
    }

    private static String required(String field, String value, String message, int max) {
        if (value == null || value.isBlank()) {
            throw invalid(field, message);
        }
        String v = value.strip();
        if (v.length() > max) {
            throw invalid(field, "内容过长（最多 " + max + " 字）");
        }
        return v;
    }


    private static EvaluationException invalid(String field, String message) {
        return new EvaluationException(EvaluationException.Kind.NOT_ALLOWED, message, field);
    }
}
