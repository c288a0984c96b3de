package cn.scast.tianfu.competition;

import cn.scast.tianfu.web.Messages;
import cn.scast.tianfu.web.FieldMessages;
import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.platform.RecordConflict;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Backs the 竞赛报名 screen: pick an edition, see the city quotas, register a project or entrant, list them. */
@Named
@ViewScoped
public class RegistrationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CompetitionEditions editions;

    @EJB
    private RegistrationService registrations;

    @EJB
    private PopularVotes votes;

    @EJB
    private CompetitionApplications applications;

    /** Rejection reasons typed per pending application. */
    private final Map<Long, String> reasons = new java.util.HashMap<>();

    private Long editionId;
    private RegistrationForm form = new RegistrationForm();
    /** Group members other than the entrant, separated by commas or 、. */
    private String members;

    @PostConstruct
    void init() {
        List<CompetitionEditionView> all = editions.editions();
        editionId = all.stream().filter(e -> e.type().equals(CompetitionType.YOUTH.name()))
                .map(CompetitionEditionView::editionId).findFirst().orElse(all.isEmpty() ? null : all.get(0).editionId());
    }

    public void register() {
        if (!FieldMessages.callerInAnyRole("admin", "city-staff")) {
            FieldMessages.show("registrationForm", RefusedInput.rule(null, Messages.of("ct", "notice.registerNotAllowed")));
            return;
        }
        form.members = members == null ? List.of() : Arrays.stream(members.split("[,，、]"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        try {
            RegistrationView r = registrations.register(editionId, form);
            FieldMessages.info(Messages.of("ct", "notice.registered", r.title(), String.join("、", r.members())));
            form = new RegistrationForm();
            members = null;
        } catch (RefusedInput refused) {
            FieldMessages.show("registrationForm", refused);
        }
    }

    /** The chosen edition's 人气奖 vote, or null when it has none. */
    public VoteTally getVote() {
        boolean voting = editionId != null && getEditions().stream()
                .anyMatch(e -> e.editionId() == editionId && e.popularVote());
        return voting ? votes.tally(editionId) : null;
    }

    public void openVote() {
        changeVote(true);
    }

    public void closeVote() {
        changeVote(false);
    }

    private void changeVote(boolean open) {
        if (!FieldMessages.callerInAnyRole("admin")) {
            FieldMessages.show("voteForm", RefusedInput.rule(null, Messages.of("ct", "notice.voteAdminOnly")));
            return;
        }
        try {
            VoteTally tally = open ? votes.open(editionId) : votes.close(editionId);
            FieldMessages.info(Messages.of("ct", "notice.vote", tally.statusLabel()));
        } catch (RecordConflict conflict) {
            FieldMessages.show("voteForm", RefusedInput.rule(null, conflict.getMessage()));
        }
    }

    /** Self-service applications of the chosen edition waiting for review (own city for city staff). */
    public List<CompetitionApplicationView> getPending() {
        return editionId == null ? List.of() : applications.pending(editionId);
    }

    public void approve(long applicationId) {
        decide(applicationId, true);
    }

    public void reject(long applicationId) {
        decide(applicationId, false);
    }

    private void decide(long applicationId, boolean approve) {
        try {
            CompetitionApplicationView decided = approve ? applications.approve(applicationId)
                    : applications.reject(applicationId, reasons.get(applicationId));
            FieldMessages.info("《" + decided.title() + "》" + decided.statusLabel());
            reasons.remove(applicationId);
        } catch (RefusedInput refused) {
            FieldMessages.show("applicationsForm", refused);
        } catch (RecordConflict | cn.scast.tianfu.platform.RecordAccessRefused | cn.scast.tianfu.platform.RecordNotFound e) {
            FieldMessages.show("applicationsForm", RefusedInput.rule(null, e.getMessage()));
        }
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public void editionChanged() {
        form = new RegistrationForm();
        members = null;
    }

    public List<CompetitionEditionView> getEditions() {
        return editions.editions();
    }

    public boolean isYouth() {
        return editionId != null && getEditions().stream()
                .anyMatch(e -> e.editionId() == editionId && e.type().equals(CompetitionType.YOUTH.name()));
    }

    public List<String> getLevels() {
        return Arrays.stream(SchoolLevel.values()).map(SchoolLevel::label).toList();
    }

    /** Subjects of the chosen school level (all levels' subjects until one is chosen). */
    public List<String> getSubjects() {
        SchoolLevel level = SchoolLevel.parse(form.schoolLevel);
        return level == null ? List.of() : CompetitionCatalogue.YOUTH_SUBJECTS.get(level);
    }

    public List<String> getTracks() {
        return CompetitionCatalogue.RURAL_TRACKS;
    }

    public List<CityQuotaUsage> getQuotas() {
        return editionId == null ? List.of() : editions.quotaUsage(editionId);
    }

    public List<RegistrationView> getRegistrations() {
        return editionId == null ? List.of() : registrations.registrations(editionId);
    }

    public Map<String, String> getCities() {
        Map<String, String> cities = new java.util.LinkedHashMap<>();
        getQuotas().forEach(q -> cities.put(q.cityCode(), q.cityName()));
        return cities;
    }

    public Long getEditionId() { return editionId; }
    public void setEditionId(Long editionId) { this.editionId = editionId; }
    public RegistrationForm getForm() { return form; }
    public String getMembers() { return members; }
    public void setMembers(String members) { this.members = members; }
}
