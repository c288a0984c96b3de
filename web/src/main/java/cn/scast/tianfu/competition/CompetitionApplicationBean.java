package cn.scast.tianfu.competition;

import cn.scast.tianfu.web.Messages;
import cn.scast.tianfu.account.ReferenceLists;
import cn.scast.tianfu.web.FieldMessages;
import cn.scast.tianfu.platform.RefusedInput;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Backs 我的竞赛报名 (/account/contest.xhtml): a school or tutor account applies for a youth contest project with its
 * 查新报告, a rural entrant by county and track, and both follow the review of their applications.
 */
@Named
@ViewScoped
public class CompetitionApplicationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CompetitionEditions editions;

    @EJB
    private CompetitionApplications applications;

    @EJB
    private ReferenceLists references;

    private Long editionId;
    private RegistrationForm form = new RegistrationForm();
    private String members;
    private transient UploadedFile report;

    @PostConstruct
    void init() {
        editionId = getEditions().stream().map(CompetitionEditionView::editionId).findFirst().orElse(null);
    }

    public void submit() {
        if (!FieldMessages.callerInAnyRole("worker", "enterprise")) {
            FieldMessages.show("applicationForm", RefusedInput.rule(null, "只有学校（单位）、辅导教师或参赛者本人的账号可以自行报名"));
            return;
        }
        form.members = members == null ? List.of() : Arrays.stream(members.split("[,，、]"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        boolean withReport = isYouth() && report != null && report.getSize() > 0;
        try {
            CompetitionApplicationView a = applications.submit(editionId == null ? 0 : editionId, form,
                    withReport ? report.getFileName() : null, withReport ? report.getContent() : null);
            FieldMessages.info(Messages.of("ct", "notice.applied", a.title()));
            report = null;
            form = new RegistrationForm();
            members = null;
        } catch (RefusedInput refused) {
            FieldMessages.show("applicationForm", refused);
        }
    }

    /** Competition editions, youth first: the youth contest is where most self-service applications come from. */
    public List<CompetitionEditionView> getEditions() {
        return editions.editions().stream()
                .sorted(Comparator.comparing((CompetitionEditionView e) -> !e.type().equals(CompetitionType.YOUTH.name())))
                .toList();
    }

    public boolean isYouth() {
        return editionId == null || getEditions().stream()
                .anyMatch(e -> e.editionId() == editionId && e.type().equals(CompetitionType.YOUTH.name()));
    }

    /** Counties of the chosen city (rural entrants register by county). */
    public Map<String, String> getCounties() {
        return form.cityCode == null || form.cityCode.isBlank() ? Map.of() : references.counties(form.cityCode);
    }

    public List<String> getTracks() {
        return CompetitionCatalogue.RURAL_TRACKS;
    }

    public List<CompetitionApplicationView> getMine() {
        return applications.mine();
    }

    public List<String> getLevels() {
        return Arrays.stream(SchoolLevel.values()).map(SchoolLevel::label).toList();
    }

    public List<String> getSubjects() {
        SchoolLevel level = SchoolLevel.parse(form.schoolLevel);
        return level == null ? List.of() : CompetitionCatalogue.YOUTH_SUBJECTS.get(level);
    }

    public List<CityQuotaUsage> getCities() {
        return editionId == null ? List.of() : editions.quotaUsage(editionId);
    }

    public Long getEditionId() { return editionId; }
    public void setEditionId(Long editionId) { this.editionId = editionId; }
    public RegistrationForm getForm() { return form; }
    public String getMembers() { return members; }
    public void setMembers(String members) { this.members = members; }
    public UploadedFile getReport() { return report; }
    public void setReport(UploadedFile report) { this.report = report; }
}
