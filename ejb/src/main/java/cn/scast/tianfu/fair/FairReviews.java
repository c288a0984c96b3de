package cn.scast.tianfu.fair;

import cn.scast.tianfu.evaluation.AssignmentSummary;
import cn.scast.tianfu.evaluation.EvaluationSetup;
import cn.scast.tianfu.evaluation.JuryAssignments;
import cn.scast.tianfu.evaluation.Leaderboard;
import cn.scast.tianfu.evaluation.LeaderboardLine;
import cn.scast.tianfu.evaluation.ProgrammeAdmin;
import cn.scast.tianfu.evaluation.RoundResults;
import cn.scast.tianfu.evaluation.RoundSpec;
import cn.scast.tianfu.evaluation.model.EvaluationRound;
import cn.scast.tianfu.evaluation.model.Juror;
import cn.scast.tianfu.evaluation.model.ProgrammeKind;
import cn.scast.tianfu.evaluation.ranking.AdvancementPolicy;
import cn.scast.tianfu.evaluation.scoring.Criterion;
import cn.scast.tianfu.evaluation.scoring.FormType;
import cn.scast.tianfu.platform.AuditTrail;
import cn.scast.tianfu.platform.RuleViolation;
import cn.scast.tianfu.reference.City;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The 科创会's expert review runs in the evaluation engine: opening it sets up, for the year, an edition with
 * one category per project type, one weighted scoring round and the panel, enters every submitted project
 * and assigns experts with the engine's conflict rules. Experts score on their own jury screen. Adopting
 * the results reads the engine's normalised ranking and applies the fair's rule ({@link FairRecommendation}).
 */
@Stateless
@RolesAllowed("admin")
public class FairReviews {

    public static final String PROGRAMME = "科创会重大项目专家评审";

    /** The review form: 100 points over the four things the fair looks for in a major project. */
    static final List<Criterion> CRITERIA = List.of(
            new Criterion("ADVANCED", "技术先进性", 1, 0, 30),
            new Criterion("MATURITY", "技术成熟度", 1, 0, 25),
            new Criterion("MARKET", "市场前景", 1, 0, 25),
            new Criterion("BENEFIT", "带动效益", 1, 0, 20));

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private EvaluationSetup setup;

    @EJB
    private ProgrammeAdmin programmes;

    @EJB
    private JuryAssignments juryAssignments;

    @EJB
    private RoundResults roundResults;

    @EJB
    private AuditTrail audit;

    public FairReviewView open(int year, FairReviewPlan plan) {
        Instant now = clock.instant();
        if (em.find(FairReview.class, year, LockModeType.PESSIMISTIC_WRITE) != null) {
            throw new RuleViolation(year + " 年科创会专家评审已启动");
        }
        if (plan.closesAt() == null || !plan.closesAt().isAfter(now)) {
            throw new RuleViolation("评审截止时间须晚于现在");
        }
        if (plan.jurorsPerEntry() < 1) {
            throw new RuleViolation("每个项目的评审专家数须为正整数");
        }
        if (plan.panel().size() < plan.jurorsPerEntry()) {
            throw new RuleViolation("评审专家 " + plan.panel().size() + " 人，少于每个项目所需的 "
                    + plan.jurorsPerEntry() + " 人");
        }
        List<FairProject> projects = em.createQuery("SELECT p FROM FairProject p WHERE p.fairYear = :y "
                        + "AND p.status = cn.scast.tianfu.fair.FairProjectStatus.SUBMITTED ORDER BY p.id", FairProject.class)
                .setParameter("y", year).getResultList();
        if (projects.isEmpty()) {
            throw new RuleViolation(year + " 年科创会尚无待评审的项目");
        }
        FairReview.checkRule(plan.placesPerType(), plan.passMark());
        long edition = setup.createEdition(programme(), year, year + " 年" + PROGRAMME);
        Map<FairProjectType, Long> categories = new EnumMap<>(FairProjectType.class);
        for (FairProjectType type : FairProjectType.values()) {
            categories.put(type, setup.createCategory(edition, type.name(), type.label()));
        }
        long round = setup.createRound(edition, new RoundSpec(1, "专家评审", now, plan.closesAt(), FormType.WEIGHTED,
                CRITERIA, false, plan.jurorsPerEntry(), 0, AdvancementPolicy.INCLUDE_ALL_TIED, "HIGHER_RAW_MEAN", null));
        for (FairReviewPlan.Panelist p : plan.panel()) {
            programmes.addJuror(round, p.username(), p.organisation(), null, p.chair());
        }
        Map<String, String> cityNames = cityNames();
        for (FairProject p : projects) {
            long entry = setup.createEntry(edition, categories.get(p.getType()), round, p.getTitle(), p.getHolderName(),
                    p.getHolderName(), cityNames.get(p.getCityCode()) + "科协");
            p.enterReview(entry);
        }
        AssignmentSummary assigned = juryAssignments.assignAutomatically(round);
        if (!assigned.shortfalls().isEmpty()) {
            // Rolls the whole set-up back: a project without enough experts would never be fairly scored.
            throw new RuleViolation("评审专家不足：" + String.join("；", assigned.shortfalls()));
        }
        FairReview stored = new FairReview(year, edition, round, plan.placesPerType(), plan.passMark(), now);
        em.persist(stored);
        audit.record("FAIR_REVIEW_OPEN", "fair_review", year, null, Map.of("edition", edition, "round", round,
                "projects", projects.size(), "experts", plan.panel().size(), "placesPerType", plan.placesPerType(),
                "passMark", plan.passMark().toPlainString(), "closesAt", plan.closesAt().toString()), "启动专家评审");
        return view(stored);
    }

    /**
     * Takes the review's outcome for every project of the year. While the scoring window is open this
     * needs every assigned expert's score (and then closes the window); after it, every project needs at
     * least one score.
     */
    public FairReviewView adopt(int year) {
        FairReview review = Optional.ofNullable(em.find(FairReview.class, year, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new RuleViolation(year + " 年科创会尚未启动专家评审"));
        if (review.isAdopted()) {
            throw new RuleViolation(year + " 年科创会专家评审结果已采用，不能重复采用");
        }
        EvaluationRound round = em.find(EvaluationRound.class, review.getRoundId());
        Instant now = clock.instant();
        Leaderboard board = roundResults.leaderboard(review.getRoundId());
        boolean windowOpen = round.getClosesAt().isAfter(now);
        List<String> unfinished = board.lines().stream()
                .filter(l -> windowOpen ? l.submittedSheets() < l.assignedJurors() : l.submittedSheets() == 0)
                .map(l -> "「" + l.title() + "」").toList();
        if (!unfinished.isEmpty()) {
            throw new RuleViolation(windowOpen
                    ? "专家评审尚未结束，" + unfinished.size() + " 个项目还有专家未提交评分：" + String.join("、", unfinished)
                    : unfinished.size() + " 个项目没有专家评分：" + String.join("、", unfinished) + "，请延长评审时间后补评");
        }
        if (windowOpen) {
            setup.reschedule(round.getId(), round.getOpensAt(), now);
        }
        Map<Long, FairProject> byEntry = projectsInReview(year).stream()
                .collect(Collectors.toMap(FairProject::getEvaluationEntryId, p -> p));
        List<FairRecommendation.Candidate> candidates = board.lines().stream()
                .map(l -> new FairRecommendation.Candidate(l.entryId(), byEntry.get(l.entryId()).getType(), l.rank(),
                        BigDecimal.valueOf(l.rawMean())))
                .toList();
        int recommended = 0;
        for (FairRecommendation.Outcome o : new FairRecommendation(review.getPlacesPerType(), review.getPassMark())
                .decide(candidates)) {
            byEntry.get(o.entryId()).decide(o.recommended(), o.meanTotal(), o.placeInType(), o.reason());
            recommended += o.recommended() ? 1 : 0;
        }
        review.adopt(now);
        audit.record("FAIR_REVIEW_ADOPT", "fair_review", year, null, Map.of("projects", candidates.size(),
                "recommended", recommended), "采用专家评审结果");
        return view(review, board, byEntry.values());
    }

    /** The year's review, if one was opened. */
    @RolesAllowed({"admin", "city-staff"})
    public Optional<FairReviewView> review(int year) {
        return Optional.ofNullable(em.find(FairReview.class, year)).map(this::view);
    }

    private FairReviewView view(FairReview review) {
        return view(review, roundResults.leaderboard(review.getRoundId()), projectsInReview(review.getFairYear()));
    }

    private FairReviewView view(FairReview review, Leaderboard board, Collection<FairProject> projects) {
        EvaluationRound round = em.find(EvaluationRound.class, review.getRoundId());
        List<String> jurors = em.createQuery("SELECT j FROM Juror j WHERE j.round.id = :r ORDER BY j.id", Juror.class)
                .setParameter("r", review.getRoundId()).getResultList().stream()
                .map(j -> j.getUsername() + (j.getOrganisation() == null ? "" : "（" + j.getOrganisation() + "）")
                        + (j.isChair() ? " 组长" : ""))
                .toList();
        Map<Long, Long> projectByEntry = new HashMap<>();
        projects.forEach(p -> projectByEntry.put(p.getEvaluationEntryId(), p.getId()));
        Map<Long, String> progress = new LinkedHashMap<>();
        int completed = 0;
        for (LeaderboardLine line : board.lines()) {
            progress.put(projectByEntry.get(line.entryId()), line.submittedSheets() + " / " + line.assignedJurors());
            completed += line.assignedJurors() > 0 && line.submittedSheets() >= line.assignedJurors() ? 1 : 0;
        }
        return new FairReviewView(review.getFairYear(), review.getEditionId(), review.getRoundId(), round.getOpensAt(),
                round.getClosesAt(), review.getPlacesPerType(), review.getPassMark(), round.getJurorsPerEntry(), jurors,
                progress, progress.size(), completed, review.getAdoptedAt());
    }

    private List<FairProject> projectsInReview(int year) {
        return em.createQuery("SELECT p FROM FairProject p WHERE p.fairYear = :y AND p.evaluationEntryId IS NOT NULL",
                FairProject.class).setParameter("y", year).getResultList();
    }

    private long programme() {
        return em.createQuery("SELECT p.id FROM Programme p WHERE p.name = :n", Long.class)
                .setParameter("n", PROGRAMME).getResultStream().findFirst()
                .orElseGet(() -> setup.createProgramme(ProgrammeKind.FAIR_REVIEW, PROGRAMME));
    }

    private Map<String, String> cityNames() {
        return em.createQuery("SELECT c FROM City c", City.class).getResultList().stream()
                .collect(Collectors.toMap(City::getCode, City::getName));
    }
}
