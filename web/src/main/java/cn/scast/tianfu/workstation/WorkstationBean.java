package cn.scast.tianfu.workstation;

import cn.scast.tianfu.platform.ChinaTime;
import cn.scast.tianfu.concierge.ConciergeService;
import cn.scast.tianfu.platform.RuleViolation;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** Backs the 院士(专家)工作站 screen: register a workstation, record its yearly evaluation grade. */
@Named
@ViewScoped
public class WorkstationBean implements Serializable {

    @EJB
    private WorkstationService workstations;

    @Inject
    private FacesContext faces;

    @NotBlank
    @Size(max = 100)
    private String name;
    @NotBlank
    @Size(max = 100)
    private String hostUnit;
    @NotBlank
    private String cityCode;
    @NotNull
    @Min(1990)
    @Max(2100)
    private Integer establishedYear;
    @NotBlank
    @Size(max = 500)
    private String experts;

    private Long gradedId;
    @Min(1990)
    @Max(2100)
    private Integer gradeYear = LocalDate.now(ChinaTime.ZONE).getYear() - 1;
    private EvaluationGrade grade = EvaluationGrade.GOOD;

    public void register() {
        try {
            Workstation created = workstations.register(name.strip(), hostUnit.strip(), cityCode, establishedYear,
                    experts.strip());
            gradedId = created.getId();
            info("已登记：" + created.getName());
            name = null;
            hostUnit = null;
            experts = null;
            establishedYear = null;
        } catch (RuleViolation e) {
            error(e.getMessage());
        }
    }

    public void evaluate() {
        if (gradedId == null || gradeYear == null || grade == null) {
            error("请选择工作站、考评年度和等级");
            return;
        }
        try {
            Workstation graded = workstations.evaluate(gradedId, gradeYear, grade);
            info("已登记考评：" + graded.getName() + " " + gradeYear + " 年");
        } catch (RuleViolation e) {
            error(e.getMessage());
        }
    }

    public List<Workstation> getAll() {
        return workstations.all();
    }

    /** The grades of one workstation, oldest year first, e.g. "2021 优秀；2022 良好". */
    public String gradesOf(Workstation workstation) {
        ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "mk");
        // Sorted here: the persistence provider's map does not keep the entity's TreeMap order.
        return new java.util.TreeMap<>(workstation.getGrades()).entrySet().stream()
                .map(e -> e.getKey() + " " + texts.getString("workstation.grade." + e.getValue().name()))
                .collect(Collectors.joining("；"));
    }

    public EvaluationGrade[] getGrades() {
        return EvaluationGrade.values();
    }

    private void info(String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private void error(String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getHostUnit() { return hostUnit; }
    public void setHostUnit(String hostUnit) { this.hostUnit = hostUnit; }
    public String getCityCode() { return cityCode; }
    public void setCityCode(String cityCode) { this.cityCode = cityCode; }
    public Integer getEstablishedYear() { return establishedYear; }
    public void setEstablishedYear(Integer establishedYear) { this.establishedYear = establishedYear; }
    public String getExperts() { return experts; }
    public void setExperts(String experts) { this.experts = experts; }
    public Long getGradedId() { return gradedId; }
    public void setGradedId(Long gradedId) { this.gradedId = gradedId; }
    public Integer getGradeYear() { return gradeYear; }
    public void setGradeYear(Integer gradeYear) { this.gradeYear = gradeYear; }
    public EvaluationGrade getGrade() { return grade; }
    public void setGrade(EvaluationGrade grade) { this.grade = grade; }
}
