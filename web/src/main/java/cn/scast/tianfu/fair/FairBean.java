package cn.scast.tianfu.fair;

import cn.scast.tianfu.concierge.ConciergeService;
import cn.scast.tianfu.platform.RuleViolation;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Backs the 科创会 screen of one year: cities' submissions, the review, the published list by type and
 * the signings. The rules (review once, sign only recommended projects) live in {@link FairProject}.
 */
@Named
@ViewScoped
public class FairBean implements Serializable {

    @EJB
    private FairService fair;

    @Inject
    private FacesContext faces;

    @Min(2000)
    @Max(2100)
    private int year = LocalDate.now(ConciergeService.CHINA).getYear();

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
    @Size(max = 500)
    private String reviewNote;
    @Size(max = 64)
    private String partner;
    @DecimalMin(value = "0", inclusive = false)
    private BigDecimal amount;

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
        reviewNote = null;
        partner = null;
        amount = null;
    }

    public void recommend() {
        review(true);
    }

    public void reject() {
        review(false);
    }

    private void review(boolean recommended) {
        try {
            FairProject project = fair.review(selectedId, recommended, blankToNull(reviewNote));
            info("已评审：" + project.getTitle());
        } catch (RuleViolation e) {
            error(e.getMessage());
        }
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

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private void info(String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private void error(String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public FairProjectType getType() { return type; }
    public void setType(FairProjectType type) { this.type = type; }
    public String getCityCode() { return cityCode; }
    public void setCityCode(String cityCode) { this.cityCode = cityCode; }
    public String getHolder() { return holder; }
    public void setHolder(String holder) { this.holder = holder; }
    public Long getSelectedId() { return selectedId; }
    public String getReviewNote() { return reviewNote; }
    public void setReviewNote(String reviewNote) { this.reviewNote = reviewNote; }
    public String getPartner() { return partner; }
    public void setPartner(String partner) { this.partner = partner; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
}
