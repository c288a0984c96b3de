package cn.scast.tianfu.fair;

import cn.scast.tianfu.platform.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;

/** A major project put forward for the yearly 科创会. Review and signing rules live here. */
@Entity
@Table(name = "fair_project")
public class FairProject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "fair_year", nullable = false)
    private int fairYear;

    @Column(nullable = false, length = 100)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "project_type", nullable = false, length = 24)
    private FairProjectType type;

    @Column(name = "city_code", nullable = false, length = 6)
    private String cityCode;

    @Column(name = "holder_name", nullable = false, length = 64)
    private String holderName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FairProjectStatus status = FairProjectStatus.SUBMITTED;

    @Column(name = "review_note", length = 500)
    private String reviewNote;

    /** The project's entry in the year's expert review (评审引擎), once the review has opened. */
    @Column(name = "evaluation_entry_id")
    private Long evaluationEntryId;

    /** The experts' mean total (百分制) and the project's place within its type by the normalised ranking. */
    @Column(name = "review_score", precision = 6, scale = 2)
    private BigDecimal reviewScore;

    @Column(name = "review_place")
    private Integer reviewPlace;

    @Column(name = "signed_amount_wan_yuan", precision = 14, scale = 2)
    private BigDecimal signedAmountWanYuan;

    @Column(name = "signed_with", length = 64)
    private String signedWith;

    @Version
    private long version;

    protected FairProject() {
    }

    public FairProject(int fairYear, String title, FairProjectType type, String cityCode, String holderName) {
        this.fairYear = fairYear;
        this.title = title;
        this.type = type;
        this.cityCode = cityCode;
        this.holderName = holderName;
    }

    /** Enters the project into the year's expert review; a project is reviewed in one review only. */
    public void enterReview(long entryId) {
        if (evaluationEntryId != null) {
            throw new RuleViolation("项目「" + title + "」已进入专家评审");
        }
        evaluationEntryId = entryId;
    }

    /**
     * Takes the expert review's outcome. It decides once; a project already decided must be re-submitted
     * as a new one next year.
     */
    public void decide(boolean recommended, BigDecimal score, Integer place, String note) {
        if (status != FairProjectStatus.SUBMITTED) {
            throw new RuleViolation("项目「" + title + "」已评审，不能重复评审");
        }
        if (evaluationEntryId == null) {
            throw new RuleViolation("项目「" + title + "」未经专家评审，不能确定是否推荐");
        }
        status = recommended ? FairProjectStatus.RECOMMENDED : FairProjectStatus.NOT_RECOMMENDED;
        reviewScore = score;
        reviewPlace = place;
        reviewNote = note;
    }

    /** Only recommended projects are promoted at the fair, so only they can be signed there. */
    public void sign(String partner, BigDecimal amountWanYuan) {
        if (status != FairProjectStatus.RECOMMENDED) {
            throw new RuleViolation("只有推荐项目可以登记现场签约");
        }
        if (amountWanYuan == null || amountWanYuan.signum() <= 0) {
            throw new RuleViolation("签约金额必须大于 0（万元）");
        }
        status = FairProjectStatus.SIGNED;
        signedWith = partner;
        signedAmountWanYuan = amountWanYuan;
    }

    public Long getId() { return id; }
    public int getFairYear() { return fairYear; }
    public String getTitle() { return title; }
    public FairProjectType getType() { return type; }
    public String getCityCode() { return cityCode; }
    public String getHolderName() { return holderName; }
    public FairProjectStatus getStatus() { return status; }
    public String getReviewNote() { return reviewNote; }
    public Long getEvaluationEntryId() { return evaluationEntryId; }
    public BigDecimal getReviewScore() { return reviewScore; }
    public Integer getReviewPlace() { return reviewPlace; }
    public BigDecimal getSignedAmountWanYuan() { return signedAmountWanYuan; }
    public String getSignedWith() { return signedWith; }
}
