package cn.scast.tianfu.fair;

import cn.scast.tianfu.platform.ChinaTime;
import cn.scast.tianfu.concierge.ConciergeService;
import cn.scast.tianfu.evaluation.EvaluationException;
import cn.scast.tianfu.platform.RuleViolation;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Backs the 科创会 screen of one year: cities' submissions, the expert review (opened and adopted here,
 * scored by the experts on their jury screen), the published list by type and the signings. The rules
 * live in {@link FairProject}, {@link FairReview} and {@link FairRecommendation}.
 */
@Named
@ViewScoped
public class FairBean implements Serializable {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ChinaTime.ZONE);

    @EJB
    private FairService fair;

    @EJB
    private FairReviews reviews;

    @Inject
    private FacesContext faces;

    @Min(2000)
    @Max(2100)
    private int year = LocalDate.now(ChinaTime.ZONE).getYear();

    @NotBlank
    @Size(max = 100)
    private String title;
    @NotNull
    private FairProjectType type = FairProjectType.ACHIEVEMENT;
    @NotBlank
    private String cityCode;
    @NotBlank
    @Size(max = 64)
    private String holder;

    private Long selectedId;
    @Size(max = 64)
    private String partner;
    @DecimalMin(value = "0", inclusive = false)
    private BigDecimal amount;

    private FairReviewView review;
    private LocalDateTime reviewClosesAt = LocalDate.now(ChinaTime.ZONE).plusDays(14).atTime(17, 0);
    @Min(1)
    private int placesPerType = 10;
    @NotNull
    @DecimalMin("0")
    @DecimalMax("100")
    private BigDecimal passMark = BigDecimal.valueOf(60);
    @Min(1)
    private int jurorsPerEntry = 3;
    @Size(max = 4000)
    private String experts;
    @Size(max = 64)
    private String chair;

    public void submit() {
        try {
            FairProject project = fair.submit(year, title.strip(), type, cityCode, holder.strip());
            selectedId = project.getId();
            info("已提交：" + project.getTitle());
            title = null;
            holder = null;
        } catch (RuleViolation e) {
            error(e.getMessage());
        }
    }

    public void select(long projectId) {
        selectedId = projectId;
        partner = null;
        amount = null;
    }

    /** Opens the year's expert review with the panel typed one expert per line: "用户名 所在单位". */
    public void openReview() {
        List<FairReviewPlan.Panelist> panel = panel();
        if (panel.isEmpty()) {
            error("请填写评审专家（每行一位：用户名 所在单位）");
            return;
        }
        try {
            FairReviewView opened = reviews.open(year, new FairReviewPlan(
                    reviewClosesAt == null ? null : reviewClosesAt.atZone(ChinaTime.ZONE).toInstant(),
                    placesPerType, passMark, jurorsPerEntry, panel));
            review = opened;
            info("已启动专家评审：" + opened.getProjects() + " 个项目，" + opened.getJurors().size() + " 位专家");
        } catch (RuleViolation | EvaluationException e) {
            error(e.getMessage());
        }
    }

    public void adoptReview() {
        try {
            review = reviews.adopt(year);
            info("已采用专家评审结果");
        } catch (RuleViolation e) {
            error(e.getMessage());
        }
    }

    /** The year's review, read once per year shown and after each review action. */
    public FairReviewView getReview() {
        if (review == null || review.getYear() != year) {
            review = reviews.review(year).orElse(null);
        }
        return review;
    }

    /** The scoring window in Beijing time, e.g. "2026-12-01 09:00 — 2026-12-15 17:00". */
    public String getReviewWindow() {
        FairReviewView r = getReview();
        return r == null ? "" : MINUTES.format(r.getOpensAt()) + " — " + MINUTES.format(r.getClosesAt());
    }

    private List<FairReviewPlan.Panelist> panel() {
        String chairName = chair == null ? "" : chair.strip();
        List<FairReviewPlan.Panelist> panel = new ArrayList<>();
        for (String line : (experts == null ? "" : experts).split("\\R")) {
            String[] parts = line.strip().split("\\s+", 2);
            if (!parts[0].isEmpty()) {
                panel.add(new FairReviewPlan.Panelist(parts[0], parts.length > 1 ? parts[1].strip() : null,
                        parts[0].equals(chairName)));
            }
        }
        return panel;
    }

    public void sign() {
        if (partner == null || partner.isBlank()) {
            error("请填写签约方");
            return;
        }
        try {
            FairProject project = fair.sign(selectedId, partner.strip(), amount);
            info("已登记签约：" + project.getTitle() + " " + project.getSignedAmountWanYuan().toPlainString() + " 万元");
        } catch (RuleViolation e) {
            error(e.getMessage());
        }
    }

    public List<FairProject> getProjects() {
        return fair.projects(year);
    }

    /** The published list of one type (recommended and signed projects, city order). */
    public List<FairProject> recommended(String projectType) {
        return fair.recommended(year, FairProjectType.valueOf(projectType));
    }

    /** Signed amount of the year in 万元, over all types. */
    public BigDecimal getSignedAmount() {
        return getProjects().stream().map(FairProject::getSignedAmountWanYuan).filter(a -> a != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public long getSignedCount() {
        return getProjects().stream().filter(p -> p.getStatus() == FairProjectStatus.SIGNED).count();
    }

    public FairProject getSelected() {
        return selectedId == null ? null
                : getProjects().stream().filter(p -> p.getId().equals(selectedId)).findFirst().orElse(null);
    }

    public FairProjectType[] getTypes() {
        return FairProjectType.values();
    }

    private void info(String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private void error(String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public int getYear() { return year; }
    public void setYear(int year) {
        this.year = year;
        this.review = null;
    }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public FairProjectType getType() { return type; }
    public void setType(FairProjectType type) { this.type = type; }
    public String getCityCode() { return cityCode; }
    public void setCityCode(String cityCode) { this.cityCode = cityCode; }
    public String getHolder() { return holder; }
    public void setHolder(String holder) { this.holder = holder; }
    public Long getSelectedId() { return selectedId; }
    public LocalDateTime getReviewClosesAt() { return reviewClosesAt; }
    public void setReviewClosesAt(LocalDateTime reviewClosesAt) { this.reviewClosesAt = reviewClosesAt; }
    public int getPlacesPerType() { return placesPerType; }
    public void setPlacesPerType(int placesPerType) { this.placesPerType = placesPerType; }
    public BigDecimal getPassMark() { return passMark; }
    public void setPassMark(BigDecimal passMark) { this.passMark = passMark; }
    public int getJurorsPerEntry() { return jurorsPerEntry; }
    public void setJurorsPerEntry(int jurorsPerEntry) { this.jurorsPerEntry = jurorsPerEntry; }
    public String getExperts() { return experts; }
    public void setExperts(String experts) { this.experts = experts; }
    public String getChair() { return chair; }
    public void setChair(String chair) { this.chair = chair; }
    public String getPartner() { return partner; }
    public void setPartner(String partner) { this.partner = partner; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
}
