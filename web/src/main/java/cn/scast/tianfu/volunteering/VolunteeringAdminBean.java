package cn.scast.tianfu.volunteering;

import cn.scast.tianfu.web.Messages;
import cn.scast.tianfu.web.Refusals;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs the 科技志愿服务 screen for staff: register and edit teams, publish and cancel a team's activities, and record
 * attendance and hours of an activity that is over.
 */
@Named
@ViewScoped
public class VolunteeringAdminBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private VolunteerTeams teams;

    @EJB
    private VolunteerActivities activities;

    private TeamForm teamForm = new TeamForm();
    private Long editingTeamId;
    private List<TeamView> teamRows;

    private TeamView team;
    private List<ActivityView> activityRows = List.of();
    private ActivityForm activityForm = new ActivityForm();
    private String cancelReason;

    private ActivityView activity;
    private List<SignUpView> roster = List.of();
    private Map<Long, BigDecimal> hours = new HashMap<>();

    public List<TeamView> getTeams() {
        if (teamRows == null) {
            teamRows = teams.manageable();
        }
        return teamRows;
    }

    public void newTeam() {
        teamForm = new TeamForm();
        editingTeamId = null;
    }

    public void editTeam(TeamView t) {
        teamForm = new TeamForm();
        teamForm.name = t.name();
        teamForm.hostOrg = t.hostOrg();
        teamForm.cityCode = t.cityCode();
        teamForm.countyCode = t.countyCode();
        teamForm.topics = t.topics();
        teamForm.leaderUsername = t.leaderUsername();
        editingTeamId = t.id();
    }

    public void cityChanged() {
        teamForm.countyCode = null;
    }

    public void saveTeam() {
        TeamView[] saved = new TeamView[1];
        if (Refusals.attempt(() -> saved[0] = editingTeamId == null ? teams.create(teamForm)
                : teams.update(editingTeamId, teamForm))) {
            editingTeamId = saved[0].id();
            teamRows = null;
            Messages.info(Messages.of("msg", "volunteering.notice.teamSaved", saved[0].name()));
        }
    }

    public void openTeam(TeamView t) {
        team = t;
        activityForm = new ActivityForm();
        activityForm.teamId = t.id();
        activity = null;
        roster = List.of();
        loadActivities();
    }

    public void publish() {
        activityForm.teamId = team.id();
        ActivityView[] saved = new ActivityView[1];
        if (Refusals.attempt(() -> saved[0] = activities.publish(activityForm))) {
            Messages.info(Messages.of("msg", "volunteering.notice.activityPublished", saved[0].title()));
            activityForm = new ActivityForm();
            activityForm.teamId = team.id();
            loadActivities();
        }
    }

    public void openActivity(ActivityView a) {
        activity = a;
        cancelReason = null;
        loadRoster();
    }

    public void cancelActivity() {
        ActivityView[] cancelled = new ActivityView[1];
        if (Refusals.attempt(() -> cancelled[0] = activities.cancel(activity.id(), cancelReason))) {
            activity = cancelled[0];
            Messages.info(Messages.of("msg", "volunteering.notice.activityCancelled", activity.title()));
            loadActivities();
        }
    }

    public void recordHours() {
        List<HoursEntry> entries = new ArrayList<>();
        for (SignUpView s : roster) {
            if (!"CANCELLED".equals(s.status())) {
                entries.add(new HoursEntry(s.id(), hours.get(s.id())));
            }
        }
        if (Refusals.attempt(() -> activities.record(activity.id(), entries))) {
            Messages.info(Messages.of("msg", "volunteering.notice.hoursRecorded", entries.size()));
            loadRoster();
        }
    }

    private void loadActivities() {
        activityRows = activities.ofTeam(team.id());
    }

    private void loadRoster() {
        roster = activities.roster(activity.id());
        hours = new HashMap<>();
        for (SignUpView s : roster) {
            hours.put(s.id(), s.hours() != null ? s.hours() : activity.hours());
        }
    }

    public TeamForm getTeamForm() { return teamForm; }
    public Long getEditingTeamId() { return editingTeamId; }
    public TeamView getTeam() { return team; }
    public List<ActivityView> getActivities() { return activityRows; }
    public ActivityForm getActivityForm() { return activityForm; }
    public String getCancelReason() { return cancelReason; }
    public void setCancelReason(String cancelReason) { this.cancelReason = cancelReason; }
    public ActivityView getActivity() { return activity; }
    public List<SignUpView> getRoster() { return roster; }
    public Map<Long, BigDecimal> getHours() { return hours; }
}
