package cn.scast.tianfu.evaluation;

import cn.scast.tianfu.platform.ChinaTime;
import cn.scast.tianfu.evaluation.model.ProgrammeKind;
import cn.scast.tianfu.evaluation.scoring.Criterion;
import cn.scast.tianfu.evaluation.scoring.FormType;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The administrator's programme set-up: programme → edition → categories and rounds → panel, entries and
 * assignment, each level chosen from a list. Rules and messages come from {@link ProgrammeAdmin}.
 */
@Named
@ViewScoped
public class ProgrammeAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @EJB
    private ProgrammeAdmin admin;

    @EJB
    private JuryAssignments juryAssignments;

    private boolean allowed;
    private Long programmeId;
    private Long editionId;
    private Long roundId;

    private ProgrammeKind kind = ProgrammeKind.AWARD;
    private String programmeName;
    private Integer year;
    private String editionName;
    private String categoryCode;
    private String categoryName;

    private String roundName;
    private String opensAt;
    private String closesAt;
    private FormType formType = FormType.WEIGHTED;
    private boolean blind;
    private Integer jurorsPerEntry = 3;
    private Integer advancingPlaces = 0;
    private String tierScheme;
    private List<CriterionRow> criteria = new ArrayList<>(List.of(new CriterionRow()));

    private String jurorUsername;
    private String jurorOrganisation;
    private String jurorCategories;
    private boolean jurorChair;

    private Long entryCategoryId;
    private String entryTitle;
    private String entrant;
    private String entryOrganisation;
    private String recommendingUnit;

    private Long assignEntryId;
    private String assignJuror;

    private static FacesContext ctx() {
        return FacesContext.getCurrentInstance();
    }

    @PostConstruct
    void load() {
        allowed = ctx().getExternalContext().isUserInRole("admin");
        if (!allowed) {
            EvaluationTexts.error(ctx(), null, EvaluationTexts.text(ctx(), "pa.forbidden"));
        }
        LocalDateTime now = LocalDateTime.now(ChinaTime.ZONE).withSecond(0).withNano(0);
        opensAt = INPUT.format(now);
        closesAt = INPUT.format(now.plusDays(14));
    }

    // ------------------------------------------------------------------ actions

    public void createProgramme() {
        run(() -> programmeId = admin.createProgramme(kind, programmeName), "pa.programmeCreated", () -> {
            editionId = null;
            roundId = null;
            programmeName = null;
        });
    }

    public void createEdition() {
        if (programmeId != null) {
            run(() -> editionId = admin.createEdition(programmeId, year, editionName), "pa.editionCreated", () -> {
                roundId = null;
                editionName = null;
            });
        }
    }

    public void createCategory() {
        if (editionId != null) {
            run(() -> admin.createCategory(editionId, categoryCode, categoryName), "pa.categoryCreated", () -> {
                categoryCode = null;
                categoryName = null;
            });
        }
    }

    public void addCriterion() {
        criteria.add(new CriterionRow());
    }

    public void removeCriterion(int index) {
        if (index >= 0 && index < criteria.size()) {
            criteria.remove(index);
        }
    }

    public void createRound() {
        if (editionId == null) {
            return;
        }
        Instant opens;
        Instant closes;
        List<Criterion> form = new ArrayList<>();
        try {
            opens = time(opensAt, "pa.opensAt");
            closes = time(closesAt, "pa.closesAt");
            if (formType == FormType.WEIGHTED) {
                for (CriterionRow r : criteria) {
                    form.add(criterion(r));
                }
            }
        } catch (IllegalArgumentException e) {
            EvaluationTexts.error(ctx(), null, e.getMessage());
            ctx().validationFailed();
            return;
        }
        run(() -> roundId = admin.createRound(editionId, roundName, opens, closes, formType, form, blind, jurorsPerEntry,
                advancingPlaces, tierScheme), "pa.roundCreated", () -> {
            roundName = null;
            criteria = new ArrayList<>(List.of(new CriterionRow()));
        });
    }

    public void addJuror() {
        if (roundId != null) {
            run(() -> admin.addJuror(roundId, jurorUsername, jurorOrganisation, jurorCategories, jurorChair),
                    "pa.jurorAdded", () -> {
                        jurorUsername = null;
                        jurorOrganisation = null;
                        jurorChair = false;
                    });
        }
    }

    public void createEntry() {
        if (editionId != null) {
            run(() -> admin.createEntry(editionId, entryCategoryId, entryTitle, entrant, entryOrganisation,
                    recommendingUnit), "pa.entryCreated", () -> {
                entryTitle = null;
                entrant = null;
                entryOrganisation = null;
                recommendingUnit = null;
            });
        }
    }

    public void assignAutomatically() {
        if (roundId == null || !allowed) {
            return;
        }
        try {
            AssignmentSummary s = juryAssignments.assignAutomatically(roundId);
            EvaluationTexts.info(ctx(), null, EvaluationTexts.text(ctx(), "leaderboard.assigned", s.assignments(), s.loads()));
            s.shortfalls().forEach(m -> EvaluationTexts.error(ctx(), null, m));
        } catch (EvaluationException e) {
            EvaluationTexts.error(ctx(), null, e.getMessage());
            ctx().validationFailed();
        }
    }

    public void assignManually() {
        if (roundId != null) {
            if (assignEntryId == null || assignJuror == null) {
                EvaluationTexts.error(ctx(), null, EvaluationTexts.text(ctx(), "pa.chooseBoth"));
                return;
            }
            run(() -> juryAssignments.assign(roundId, assignEntryId, assignJuror), "pa.assigned", () -> { });
        }
    }

    private void run(Runnable action, String doneKey, Runnable reset) {
        if (!allowed) {
            return;
        }
        try {
            action.run();
            EvaluationTexts.info(ctx(), null, EvaluationTexts.text(ctx(), doneKey));
            reset.run();
        } catch (EvaluationException e) {
            EvaluationTexts.error(ctx(), null, e.getMessage());
            ctx().validationFailed();
        }
    }

    private static Instant time(String text, String labelKey) {
        try {
            return text == null || text.isBlank() ? null
                    : LocalDateTime.parse(text.strip(), INPUT).atZone(ChinaTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(EvaluationTexts.text(ctx(), "pa.badTime", EvaluationTexts.text(ctx(), labelKey)));
        }
    }

    private static Criterion criterion(CriterionRow r) {
        if (r.getCode() == null || r.getCode().isBlank() || r.getName() == null || r.getName().isBlank()
                || r.getWeight() == null || r.getMin() == null || r.getMax() == null) {
            throw new IllegalArgumentException(EvaluationTexts.text(ctx(), "pa.criterionIncomplete"));
        }
        if (r.getWeight().signum() <= 0 || r.getMax().compareTo(r.getMin()) <= 0) {
            throw new IllegalArgumentException(EvaluationTexts.text(ctx(), "pa.criterionRange", r.getName().strip()));
        }
        return new Criterion(r.getCode().strip(), r.getName().strip(), r.getWeight(), r.getMin(), r.getMax());
    }

    // ------------------------------------------------------------------ lists and selection

    public void programmeChanged() {
        editionId = null;
        roundId = null;
    }

    public void editionChanged() {
        roundId = null;
    }

    public List<ProgrammeRows.Programme> getProgrammes() { return allowed ? admin.programmes() : List.of(); }
    public List<ProgrammeRows.Edition> getEditions() { return programmeId == null ? List.of() : admin.editions(programmeId); }
    public List<ProgrammeRows.Category> getCategories() { return editionId == null ? List.of() : admin.categories(editionId); }
    public List<ProgrammeRows.Round> getRounds() { return editionId == null ? List.of() : admin.rounds(editionId); }
    public List<ProgrammeRows.Juror> getJurors() { return roundId == null ? List.of() : admin.jurors(roundId); }
    public List<ProgrammeRows.Entry> getEntries() { return roundId == null ? List.of() : admin.entries(roundId); }
    public Map<Long, List<String>> getAssignments() { return roundId == null ? Map.of() : juryAssignments.assignments(roundId); }
    public ProgrammeKind[] getKinds() { return ProgrammeKind.values(); }
    public FormType[] getFormTypes() { return FormType.values(); }

    public String assignedTo(long entryId) {
        List<String> jurors = getAssignments().get(entryId);
        return jurors == null ? "" : String.join("、", jurors);
    }

    public boolean isAllowed() { return allowed; }
    public Long getProgrammeId() { return programmeId; }
    public void setProgrammeId(Long programmeId) { this.programmeId = programmeId; }
    public Long getEditionId() { return editionId; }
    public void setEditionId(Long editionId) { this.editionId = editionId; }
    public Long getRoundId() { return roundId; }
    public void setRoundId(Long roundId) { this.roundId = roundId; }
    public ProgrammeKind getKind() { return kind; }
    public void setKind(ProgrammeKind kind) { this.kind = kind; }
    public String getProgrammeName() { return programmeName; }
    public void setProgrammeName(String programmeName) { this.programmeName = programmeName; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getEditionName() { return editionName; }
    public void setEditionName(String editionName) { this.editionName = editionName; }
    public String getCategoryCode() { return categoryCode; }
    public void setCategoryCode(String categoryCode) { this.categoryCode = categoryCode; }
    public String getCategoryName() { return categoryName; }
    public void setCategoryName(String categoryName) { this.categoryName = categoryName; }
    public String getRoundName() { return roundName; }
    public void setRoundName(String roundName) { this.roundName = roundName; }
    public String getOpensAt() { return opensAt; }
    public void setOpensAt(String opensAt) { this.opensAt = opensAt; }
    public String getClosesAt() { return closesAt; }
    public void setClosesAt(String closesAt) { this.closesAt = closesAt; }
    public FormType getFormType() { return formType; }
    public void setFormType(FormType formType) { this.formType = formType; }
    public boolean isBlind() { return blind; }
    public void setBlind(boolean blind) { this.blind = blind; }
    public Integer getJurorsPerEntry() { return jurorsPerEntry; }
    public void setJurorsPerEntry(Integer jurorsPerEntry) { this.jurorsPerEntry = jurorsPerEntry; }
    public Integer getAdvancingPlaces() { return advancingPlaces; }
    public void setAdvancingPlaces(Integer advancingPlaces) { this.advancingPlaces = advancingPlaces; }
    public String getTierScheme() { return tierScheme; }
    public void setTierScheme(String tierScheme) { this.tierScheme = tierScheme; }
    public List<CriterionRow> getCriteria() { return criteria; }
    public String getJurorUsername() { return jurorUsername; }
    public void setJurorUsername(String jurorUsername) { this.jurorUsername = jurorUsername; }
    public String getJurorOrganisation() { return jurorOrganisation; }
    public void setJurorOrganisation(String jurorOrganisation) { this.jurorOrganisation = jurorOrganisation; }
    public String getJurorCategories() { return jurorCategories; }
    public void setJurorCategories(String jurorCategories) { this.jurorCategories = jurorCategories; }
    public boolean isJurorChair() { return jurorChair; }
    public void setJurorChair(boolean jurorChair) { this.jurorChair = jurorChair; }
    public Long getEntryCategoryId() { return entryCategoryId; }
    public void setEntryCategoryId(Long entryCategoryId) { this.entryCategoryId = entryCategoryId; }
    public String getEntryTitle() { return entryTitle; }
    public void setEntryTitle(String entryTitle) { this.entryTitle = entryTitle; }
    public String getEntrant() { return entrant; }
    public void setEntrant(String entrant) { this.entrant = entrant; }
    public String getEntryOrganisation() { return entryOrganisation; }
    public void setEntryOrganisation(String entryOrganisation) { this.entryOrganisation = entryOrganisation; }
    public String getRecommendingUnit() { return recommendingUnit; }
    public void setRecommendingUnit(String recommendingUnit) { this.recommendingUnit = recommendingUnit; }
    public Long getAssignEntryId() { return assignEntryId; }
    public void setAssignEntryId(Long assignEntryId) { this.assignEntryId = assignEntryId; }
    public String getAssignJuror() { return assignJuror; }
    public void setAssignJuror(String assignJuror) { this.assignJuror = assignJuror; }
}
